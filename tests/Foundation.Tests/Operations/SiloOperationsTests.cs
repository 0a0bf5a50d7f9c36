using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Tests.Shared;
using WebGateway.Auth;
using WebGateway.Health;

namespace Foundation.Tests.Operations;

/// <summary>
/// The real silo process on a fresh database: its <c>/metrics</c>, and the grain statistics it publishes to the
/// Orleans Dashboard that a gateway serves. TestCluster silos serve no HTTP, so this starts <c>Silo.dll</c> itself.
/// </summary>
public sealed class SiloOperationsTests : IAsyncLifetime
{
    private const string ScrapeToken = "silo-scrape-token-0123456789";
    private const string OperatorPassword = "operator-password-1";

    private readonly string _clusterId = "ops-" + Guid.NewGuid().ToString("N")[..8];
    private readonly int _httpPort = FreePort();
    private Process? _silo;
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _connectionString = await TestPostgres.CreateDatabaseAsync("silo_ops");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Silo.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                ["ConnectionStrings__Orleans"] = _connectionString,
                ["Orleans__ClusterId"] = _clusterId,
                ["Orleans__ServiceId"] = _clusterId,
                ["Orleans__SiloPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Orleans__GatewayPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Orleans__AdvertisedIP"] = "127.0.0.1",
                ["Security__EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                ["Metrics__ScrapeToken"] = ScrapeToken,
                ["Logging__LogLevel__Default"] = "Warning",
                ["Urls"] = $"http://127.0.0.1:{_httpPort}",
            },
        };
        _silo = Process.Start(start)!;

        // Drained so a chatty silo never blocks on a full pipe.
        _silo.OutputDataReceived += (_, _) => { };
        _silo.ErrorDataReceived += (_, _) => { };
        _silo.BeginOutputReadLine();
        _silo.BeginErrorReadLine();
        using var http = SiloHttp();
        await Wait.UntilAsync(
            async () => !_silo.HasExited && await IsOkAsync(http, "/health/ready"),
            TimeSpan.FromSeconds(90),
            "the silo process to become ready");
    }

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            if (!_silo.HasExited)
            {
                _silo.Kill(entireProcessTree: true);
                await _silo.WaitForExitAsync();
            }

            _silo.Dispose();
        }
    }

    [Fact]
    public async Task TheSiloServesPrometheusTextWithOrleansAndSmartStoreInstrumentsToItsScraper()
    {
        using var http = SiloHttp();
        using var anonymous = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var text = "";
        await Wait.UntilAsync(
            async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ScrapeToken);
                using var response = await http.SendAsync(request);
                text = await response.Content.ReadAsStringAsync();
                return response.StatusCode == HttpStatusCode.OK && text.Contains("orleans_", StringComparison.Ordinal);
            },
            TimeSpan.FromSeconds(30),
            "Orleans instruments in the silo's /metrics");

        Assert.Contains("onchannel_smartstore_governor_queue{", text, StringComparison.Ordinal);
        Assert.Contains("api=\"LastChangedStatuses\"", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_", text, StringComparison.Ordinal);
        Assert.Contains("service_name=\"onchannel-silo\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSiloPublishesGrainStatisticsToTheDashboardOnTheGateway()
    {
        await using var gateway = new WebApplicationFactory<ClusterReadyHealthCheck>().WithWebHostBuilder(web => web
            .UseSetting("ConnectionStrings:Orleans", _connectionString)
            .UseSetting("Orleans:ClusterId", _clusterId)
            .UseSetting("Orleans:ServiceId", _clusterId)
            .UseSetting("Security:SigningKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))
            .UseSetting("Operator:LoginId", "operator")
            .UseSetting("Operator:Password", OperatorPassword)
            .UseSetting("Logging:LogLevel:Default", "Warning"));
        using var http = gateway.CreateClient();
        await Wait.UntilAsync(() => IsOkAsync(http, "/health/ready"), TimeSpan.FromSeconds(30), "the gateway to reach the silo");
        string? token = null;
        await Wait.UntilAsync(
            async () =>
            {
                using var login = await http.PostAsJsonAsync("/api/auth/token", new { loginId = "operator", password = OperatorPassword });
                token = login.IsSuccessStatusCode ? (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString() : null;
                return token is not null;
            },
            TimeSpan.FromSeconds(30),
            "the operator account to be created and log in");

        JsonElement counters = default;
        await Wait.UntilAsync(
            async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/orleans-dashboard/DashboardCounters");
                request.Headers.Add("Cookie", $"{AuthExtensions.TokenCookie}={token}");
                using var response = await http.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    return false;
                }

                counters = await response.Content.ReadFromJsonAsync<JsonElement>();
                return counters.GetProperty("totalActiveHostCount").GetInt32() == 1
                    && counters.GetProperty("simpleGrainStats").GetArrayLength() > 0;
            },
            TimeSpan.FromSeconds(30),
            "the dashboard to show the silo and its grain statistics");

        Assert.Contains(
            counters.GetProperty("simpleGrainStats").EnumerateArray(),
            stat => stat.GetProperty("grainType").GetString()?.Contains("ClusterProbeGrain", StringComparison.Ordinal) == true);
    }

    private HttpClient SiloHttp() => new() { BaseAddress = new Uri($"http://127.0.0.1:{_httpPort}/"), Timeout = TimeSpan.FromSeconds(10) };

    private static async Task<bool> IsOkAsync(HttpClient http, string path)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

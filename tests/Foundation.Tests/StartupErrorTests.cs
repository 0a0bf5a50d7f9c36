using System.Diagnostics;
using Infrastructure.Hosting;
using Microsoft.Extensions.Configuration;

namespace Foundation.Tests;

public sealed class StartupErrorTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.GroupBy(v => v.Key).Select(g => new KeyValuePair<string, string?>(g.Key, g.Last().Value))).Build();

    [Fact]
    public void AMissingConnectionStringNamesTheKey()
    {
        var error = Assert.Throws<StartupConfigurationException>(() => ClusterSettings.Read(Configuration(("Orleans:ClusterId", "c"), ("Orleans:ServiceId", "s"))));

        Assert.Contains("ConnectionStrings__Orleans", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMalformedConnectionStringIsRejected()
    {
        var error = Assert.Throws<StartupConfigurationException>(() => ClusterSettings.ReadConnectionString(Configuration(("ConnectionStrings:Orleans", "Host=x;Bogus Key=1"))));

        Assert.Contains("not a valid PostgreSQL connection string", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Orleans:SiloPort", "70000", "Orleans__SiloPort")]
    [InlineData("Orleans:AdvertisedIP", "not-an-ip", "Orleans__AdvertisedIP")]
    [InlineData("Orleans:ClusterId", "", "Orleans__ClusterId")]
    public void AWrongClusterSettingNamesItsKey(string key, string value, string expectedKey)
    {
        var configuration = Configuration(
            ("ConnectionStrings:Orleans", "Host=127.0.0.1;Database=x"), ("Orleans:ClusterId", "c"), ("Orleans:ServiceId", "s"), (key, value));

        var error = Assert.Throws<StartupConfigurationException>(() => ClusterSettings.Read(configuration));

        Assert.Contains(expectedKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASiloPointedAtNoDatabaseExitsWithOneClearLine()
    {
        var silo = Path.Combine(AppContext.BaseDirectory, "Silo.dll");
        var start = new ProcessStartInfo("dotnet", [silo])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                // Port 1 on loopback: nothing listens there, so the connection is refused at once.
                ["ConnectionStrings__Orleans"] = "Host=127.0.0.1;Port=1;Database=nowhere;Username=u;Password=secret-pw;Timeout=5",
                ["Orleans__ClusterId"] = "c",
                ["Orleans__ServiceId"] = "s",
                ["Urls"] = "http://127.0.0.1:0",
            },
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        var errorText = (await stderr).Trim();
        Assert.NotEqual(0, process.ExitCode);
        Assert.StartsWith("Silo cannot start: Cannot use PostgreSQL at 127.0.0.1:1/nowhere", errorText, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', errorText);
        Assert.DoesNotContain("secret-pw", errorText + await stdout, StringComparison.Ordinal);
    }
}

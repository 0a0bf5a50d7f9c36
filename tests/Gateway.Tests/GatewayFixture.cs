using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Grains.Interfaces.ReadModel;
using Infrastructure.Accounts;
using Infrastructure.ReadModel;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.TestingHost;
using SmartStoreSimulator;
using SmartStoreSimulator.Client;
using Tests.Shared;
using WebGateway.Auth;
using WebGateway.Contracts;

namespace Gateway.Tests;

/// <summary>
/// A SmartStore simulator over HTTP, a fresh PostgreSQL database, a cluster of <see cref="SiloCount"/> silos
/// configured like production, and <see cref="GatewayCount"/> gateways (the real <c>Program</c> on Kestrel), shared by
/// the tests of a collection. Tests create their own accounts, so they never share a seller.
/// </summary>
public class GatewayFixture : IAsyncLifetime
{
    public const string OperatorLoginId = "operator";
    public const string OperatorPassword = "operator-password-1";

    private readonly List<GatewayHost> _gateways = [];
    private SimulatorHost? _simulator;
    private NpgsqlDataSource? _dataSource;
    private int _nextAccount;

    /// <summary>How many silos the cluster has.</summary>
    protected virtual short SiloCount => 1;

    /// <summary>How many gateways are started.</summary>
    protected virtual int GatewayCount => 1;

    /// <summary>Settings of every gateway beyond the fixture's own (e.g. lower login limits).</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraGatewaySettings { get; } = new Dictionary<string, string?>();

    public string ConnectionString { get; private set; } = "";

    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public SimulatorClient Simulator { get; private set; } = null!;

    public IReadOnlyList<GatewayHost> Gateways => _gateways;

    /// <summary>The first gateway.</summary>
    public GatewayHost Gateway => _gateways[0];

    public IAccountStore Accounts { get; private set; } = null!;

    public IOrderReadModel ReadModel { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _simulator = await SimulatorHost.StartAsync(0);
        Simulator = new SimulatorClient(_simulator.BaseUrl);
        var (clientId, clientSecret) = await Simulator.CreateApplicationAsync();

        ConnectionString = await TestPostgres.CreateMigratedDatabaseAsync("gateway");
        Cluster = await PostgresCluster.DeployAsync(ConnectionString, SiloCount, settings: new Dictionary<string, string>
        {
            ["SmartStore:BaseUrl"] = _simulator.BaseUrl.ToString(),
            ["SmartStore:ClientId"] = clientId,
            ["SmartStore:ClientSecret"] = clientSecret,
            ["SmartStore:DefaultStartingRatePerSecond"] = "500",
            ["SmartStore:RetryBaseDelay"] = "00:00:00.050",
            ["SmartStore:RetryMaxDelay"] = "00:00:00.200",
            ["Security:EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Collection:AutoCollectPeriod"] = "00:00:01",
            ["Collection:Overlap"] = "00:00:05",
        });

        _dataSource = NpgsqlDataSource.Create(ConnectionString);
        Accounts = new PostgresAccountStore(_dataSource);
        ReadModel = new PostgresOrderReadModel(_dataSource);
        for (var i = 0; i < GatewayCount; i++)
        {
            StartGateway();
        }

        // The operator account is created by each gateway at start; wait for it so tests can log in at once.
        await Wait.UntilAsync(async () => await Accounts.FindAsync(OperatorLoginId) is not null, TimeSpan.FromSeconds(30), "the gateway to create the operator account");
    }

    /// <summary>Starts one more gateway on the same cluster (the caller disposes it, or the fixture does at the end).</summary>
    public GatewayHost StartGateway(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Orleans"] = ConnectionString,
            ["Orleans:ClusterId"] = Cluster.Options.ClusterId,
            ["Orleans:ServiceId"] = Cluster.Options.ServiceId,
            ["Security:SigningKey"] = SigningKey,
            ["Operator:LoginId"] = OperatorLoginId,
            ["Operator:Password"] = OperatorPassword,
            ["Auth:AccountCheckInterval"] = "00:00:00.200",
            // Every test logs in from 127.0.0.1; the limiter tests start gateways of their own with low limits.
            ["Auth:LoginAttemptsPerAddress"] = "100000",
            ["Auth:LoginAttemptsPerLogin"] = "10000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in ExtraGatewaySettings.Concat(extra ?? new Dictionary<string, string?>()))
        {
            settings[key] = value;
        }

        var gateway = new GatewayHost(settings).Start();
        _gateways.Add(gateway);
        return gateway;
    }

    /// <summary>A fresh login id: 3-32 of <c>[a-z0-9_-]</c>, unique in the run.</summary>
    public string NewLoginId(string prefix) =>
        $"{prefix}-{Interlocked.Increment(ref _nextAccount)}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Creates an account directly in the store (not through the operator API) and returns its password.</summary>
    public async Task<(string LoginId, string Password)> CreateAccountAsync(string role, string? loginId = null)
    {
        loginId ??= NewLoginId(role);
        var password = "pw-" + Guid.NewGuid().ToString("N");
        var hashing = Gateway.Services.GetRequiredService<PasswordHashing>();
        var created = await Accounts.CreateAsync(hashing.NewAccount(loginId, role, role + " " + loginId, password, DateTimeOffset.UtcNow));
        Assert.True(created, $"account {loginId} exists already");
        return (loginId, password);
    }

    /// <summary>Logs in on <paramref name="gateway"/> (the first by default); fails the test when refused.</summary>
    public async Task<TokenResponse> LoginAsync(string loginId, string password, GatewayHost? gateway = null)
    {
        using var http = (gateway ?? Gateway).Anonymous();
        using var response = await http.PostAsJsonAsync("/api/auth/token", new { loginId, password });
        Assert.True(response.IsSuccessStatusCode, $"login of {loginId} refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<TokenResponse>(Json.Options))!;
    }

    /// <summary>An HTTP client of <paramref name="gateway"/> sending <paramref name="token"/>.</summary>
    public static HttpClient Authorized(GatewayHost gateway, string token)
    {
        var http = gateway.Anonymous();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>A new account of <paramref name="role"/>, logged in: its id, token and a client of the first gateway.</summary>
    public async Task<TestUser> NewUserAsync(string role)
    {
        var (loginId, password) = await CreateAccountAsync(role);
        var token = await LoginAsync(loginId, password);
        return new TestUser(loginId, password, token.AccessToken, Authorized(Gateway, token.AccessToken));
    }

    /// <summary>The operator, logged in on the first gateway.</summary>
    public async Task<TestUser> OperatorAsync()
    {
        var token = await LoginAsync(OperatorLoginId, OperatorPassword);
        return new TestUser(OperatorLoginId, OperatorPassword, token.AccessToken, Authorized(Gateway, token.AccessToken));
    }

    public async Task DisposeAsync()
    {
        foreach (var gateway in _gateways)
        {
            await gateway.DisposeAsync();
        }

        if (Cluster is not null)
        {
            await Cluster.StopAllSilosAsync();
            await Cluster.DisposeAsync();
        }

        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        Simulator?.Dispose();
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewayFixture>
{
    public const string Name = "gateway with one silo";
}

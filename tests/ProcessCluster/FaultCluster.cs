using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using SmartStoreSimulator;
using SmartStoreSimulator.Client;

namespace ProcessCluster;

/// <summary>
/// A cluster of real processes for fault tests: silos and gateways started as <c>dotnet Silo.dll</c> and
/// <c>dotnet WebGateway.dll</c> with their own ports, the SmartStore simulator in this process (it survives every
/// kill), and a <see cref="BalancingProxy"/> in front of the gateways. Disposing it kills every process it started.
/// </summary>
public sealed class FaultCluster : IAsyncDisposable
{
    public const string OperatorLoginId = "operator";

    /// <summary>How long a node may take to answer <c>/health/ready</c> (two cores shared with other work).</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly List<NodeProcess> _silos = [];
    private readonly List<NodeProcess> _gateways = [];
    private SimulatorHost? _simulatorHost;
    private BalancingProxy? _balancer;

    private FaultCluster(ClusterOptions options)
    {
        Options = options;
    }

    public ClusterOptions Options { get; }

    /// <summary>The simulator's control client.</summary>
    public SimulatorClient Simulator { get; private set; } = null!;

    /// <summary>The platform application the silos use (the faults are armed for it).</summary>
    public string SimulatorClientId { get; private set; } = "";

    public IReadOnlyList<NodeProcess> Silos => _silos;

    public IReadOnlyList<NodeProcess> Gateways => _gateways;

    /// <summary>The load balancer in front of the gateways.</summary>
    public BalancingProxy Balancer => _balancer!;

    /// <summary>The operator's password (the first operator account each gateway creates at start).</summary>
    public string OperatorPassword { get; } = "op-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));

    /// <summary>Starts the simulator, the silos (the first one alone, so it migrates and founds the cluster), then the gateways.</summary>
    public static async Task<FaultCluster> StartAsync(ClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(options.LogDirectory);
        var cluster = new FaultCluster(options);
        try
        {
            await cluster.StartAllAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>kill -9 of silo <paramref name="index"/> (0-based).</summary>
    public void KillSilo(int index) => _silos[index].Kill();

    /// <summary>Starts silo <paramref name="index"/> again on its ports and waits until it is ready.</summary>
    public async Task RestartSiloAsync(int index)
    {
        _silos[index].Start();
        await _silos[index].WaitReadyAsync(StartTimeout);
    }

    /// <summary>kill -9 of silo <paramref name="index"/>, then the same silo started again (as an orchestrator would).</summary>
    public async Task KillAndRestartSiloAsync(int index)
    {
        KillSilo(index);
        await RestartSiloAsync(index);
    }

    /// <summary>kill -9 of gateway <paramref name="index"/> (0-based).</summary>
    public void KillGateway(int index) => _gateways[index].Kill();

    /// <summary>A client of the HTTP API through the balancer (or straight to one gateway).</summary>
    public GatewayApi Api(NodeProcess? gateway = null) => new(gateway?.HealthBase ?? Balancer.BaseAddress);

    private async Task StartAllAsync()
    {
        _simulatorHost = await SimulatorHost.StartAsync(0, new Dictionary<string, string?> { ["Simulator:DefaultRatePerSecond"] = "1000" });
        Simulator = new SimulatorClient(_simulatorHost.BaseUrl);
        var (clientId, clientSecret) = await Simulator.CreateApplicationAsync(1000);
        SimulatorClientId = clientId;

        var clusterId = "faults-" + Guid.NewGuid().ToString("N")[..8];
        var common = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Orleans"] = Options.ConnectionString,
            ["Orleans__ClusterId"] = clusterId,
            ["Orleans__ServiceId"] = clusterId,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            ["Metrics__AllowAnonymous"] = "true",
        };

        var encryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var siloDll = AppBinaries.Find("Silo", Options.Configuration);
        for (var i = 1; i <= Options.Silos; i++)
        {
            var http = FreePort();
            var environment = new Dictionary<string, string>(common)
            {
                ["Orleans__SiloPort"] = Invariant(FreePort()),
                ["Orleans__GatewayPort"] = Invariant(FreePort()),
                ["Orleans__AdvertisedIP"] = "127.0.0.1",
                ["Urls"] = $"http://127.0.0.1:{http}",
                ["SmartStore__BaseUrl"] = _simulatorHost.BaseUrl.ToString(),
                ["SmartStore__ClientId"] = clientId,
                ["SmartStore__ClientSecret"] = clientSecret,
                ["SmartStore__DefaultStartingRatePerSecond"] = "200",
                ["SmartStore__RetryBaseDelay"] = "00:00:00.050",
                ["SmartStore__RetryMaxDelay"] = "00:00:00.400",
                ["Security__EncryptionKey"] = encryptionKey,
                ["Collection__AutoCollectPeriod"] = "00:00:02",
                ["Collection__Overlap"] = "00:00:30",
                ["Collection__FeedLag"] = "00:00:01",
                ["Collection__RepairInterval"] = "00:00:05",
                ["Logging__LogLevel__Orleans.Runtime.Silo"] = "Information",
            };
            foreach (var (key, value) in Options.SiloSettings ?? new Dictionary<string, string>())
            {
                environment[key] = value;
            }

            _silos.Add(new NodeProcess($"silo{i}", siloDll, new Uri($"http://127.0.0.1:{http}/"), Path.Combine(Options.LogDirectory, $"silo{i}.log"), environment));
        }

        _silos[0].Start();
        await _silos[0].WaitReadyAsync(StartTimeout);
        foreach (var silo in _silos.Skip(1))
        {
            silo.Start();
        }

        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var gatewayDll = AppBinaries.Find("WebGateway", Options.Configuration);
        for (var i = 1; i <= Options.Gateways; i++)
        {
            var http = FreePort();
            var environment = new Dictionary<string, string>(common)
            {
                ["Urls"] = $"http://127.0.0.1:{http}",
                ["Security__SigningKey"] = signingKey,
                ["Operator__LoginId"] = OperatorLoginId,
                ["Operator__Password"] = OperatorPassword,
                ["Auth__LoginAttemptsPerAddress"] = "100000",
                ["Auth__LoginAttemptsPerLogin"] = "10000",
            };
            var gateway = new NodeProcess($"gateway{i}", gatewayDll, new Uri($"http://127.0.0.1:{http}/"), Path.Combine(Options.LogDirectory, $"gateway{i}.log"), environment);
            _gateways.Add(gateway);
            gateway.Start();
        }

        await Task.WhenAll(_silos.Skip(1).Concat(_gateways).Select(node => node.WaitReadyAsync(StartTimeout)));
        _balancer = new BalancingProxy(_gateways.Select(g => g.HealthBase));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        // Every process first, even when something below fails: no orphan outlives the run.
        foreach (var node in _gateways.Concat(_silos))
        {
            node.Dispose();
        }

        if (_balancer is not null)
        {
            await _balancer.DisposeAsync();
        }

        Simulator?.Dispose();
        if (_simulatorHost is not null)
        {
            await _simulatorHost.DisposeAsync();
        }
    }
}

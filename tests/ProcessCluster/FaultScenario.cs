using System.Globalization;
using System.Security.Cryptography;
using SmartStoreSimulator.Domain;

namespace ProcessCluster;

/// <summary>
/// The business set-up of a fault run, made through the gateway's HTTP API as the operator, sellers and a supplier
/// make it: a supplier, a product per seller, sellers registered on the simulator, applied for sale and topped up.
/// Every call retries while a node restarts, so the set-up itself survives a kill.
/// </summary>
public sealed class FaultScenario : IDisposable
{
    /// <summary>Price of each order: supply price plus shipping, charged once per placed order.</summary>
    public const long SupplyPrice = 9_000;
    public const long ShippingFee = 1_000;
    public const long OrderPrice = SupplyPrice + ShippingFee;

    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(90);

    private static int s_nextCode = RandomNumberGenerator.GetInt32(1_000_000, 8_000_000);

    private readonly FaultCluster _cluster;
    private readonly List<ShopSeller> _sellers = [];
    private readonly string _password;

    private FaultScenario(FaultCluster cluster, string password, GatewayApi operatorApi, string supplierId, GatewayApi supplierApi)
    {
        _cluster = cluster;
        _password = password;
        Operator = operatorApi;
        SupplierId = supplierId;
        Supplier = supplierApi;
    }

    public GatewayApi Operator { get; }

    public string SupplierId { get; }

    /// <summary>The supplier of every product, logged in.</summary>
    public GatewayApi Supplier { get; }

    public IReadOnlyList<ShopSeller> Sellers => _sellers;

    /// <summary>Logs the operator in and creates the supplier.</summary>
    public static async Task<FaultScenario> CreateAsync(FaultCluster cluster, string name)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var api = cluster.Api();
        var operatorApi = api.As(await api.LoginAsync(FaultCluster.OperatorLoginId, cluster.OperatorPassword));
        var supplierId = $"sup-{name}-{Guid.NewGuid():N}"[..24];
        var password = "pw-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        await Call(() => operatorApi.CreateSupplierAsync(supplierId, password), $"creating supplier {supplierId}");
        var supplierApi = api.As(await api.LoginAsync(supplierId, password));
        api.Dispose();
        return new FaultScenario(cluster, password, operatorApi, supplierId, supplierApi);
    }

    /// <summary>
    /// Adds <paramref name="count"/> sellers, each registered on a fresh simulator account, applied for a product of
    /// its own, topped up with <paramref name="points"/> and with auto collection as given.
    /// </summary>
    public async Task<IReadOnlyList<ShopSeller>> AddSellersAsync(int count, long points, bool autoCollect)
    {
        var added = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => AddSellerAsync(points, autoCollect)));
        lock (_sellers)
        {
            _sellers.AddRange(added);
        }

        return added;
    }

    /// <summary>
    /// Adds orders paid now to the seller's simulator account; returns their ids. (The simulator dates a new order's
    /// change by its payment: one paid in the past would appear behind an automatic collection's checkpoint, which
    /// SmartStore never does beyond its feed lag.)
    /// </summary>
    public Task<List<string>> AddOrdersAsync(ShopSeller seller, int count)
    {
        ArgumentNullException.ThrowIfNull(seller);
        return _cluster.Simulator.AddOrdersAsync(seller.AccountId, count, seller.ProductCode, "", 1, DateTimeOffset.UtcNow);
    }

    /// <summary>
    /// Arms every kind of SmartStore fault for the platform application: 429s, 503s, latency, dropped connections,
    /// malformed bodies and answers lost after the request was applied (a 500 in place of a write's result),
    /// <paramref name="each"/> of each on every API in <paramref name="apis"/>.
    /// </summary>
    public async Task ArmFaultsAsync(IEnumerable<string> apis, int each)
    {
        var clientId = _cluster.SimulatorClientId;
        foreach (var api in apis)
        {
            await _cluster.Simulator.InjectFaultAsync(new(clientId, api, FaultKind.RateLimit, each));
            await _cluster.Simulator.InjectFaultAsync(new(clientId, api, FaultKind.ServerError, each, Status: 503, Code: "GW.BLOCK.01"));
            await _cluster.Simulator.InjectFaultAsync(new(clientId, api, FaultKind.Latency, each, LatencyMs: 300));
            await _cluster.Simulator.InjectFaultAsync(new(clientId, api, FaultKind.DropConnection, each));
            await _cluster.Simulator.InjectFaultAsync(new(clientId, api, FaultKind.MalformedJson, each));
            await _cluster.Simulator.InjectFaultAsync(new(clientId, api, FaultKind.ServerError, each, Status: 500, AfterProcessing: true));
        }
    }

    /// <summary>A call that retries while nodes restart and throws when the gateway refuses it.</summary>
    public static Task<ApiAnswer> Call(Func<Task<ApiAnswer>> send, string what) => GatewayApi.RetryTransientAsync(send, CallTimeout, what);

    private async Task<ShopSeller> AddSellerAsync(long points, bool autoCollect)
    {
        var sellerId = $"s-{Guid.NewGuid():N}"[..20];
        await Call(() => Operator.CreateSellerAsync(sellerId, _password), $"creating seller {sellerId}");
        var api = Operator.As(await Operator.LoginAsync(sellerId, _password));
        var accountId = await _cluster.Simulator.CreateSellerAsync();
        await Call(() => api.RegisterSmartStoreAsync(accountId), $"registering {sellerId} for {accountId}");

        var code = "CH" + Interlocked.Increment(ref s_nextCode).ToString("D7", CultureInfo.InvariantCulture);
        await Call(() => Operator.UpsertProductAsync(code, SupplierId, SupplyPrice, ShippingFee), $"product {code}");
        await Call(() => api.ApplyForSaleAsync([code]), $"{sellerId} applying for {code}");
        if (points > 0)
        {
            var requestId = "fund-" + sellerId;
            await Call(() => Operator.TopUpAsync(sellerId, points, requestId), $"topping up {sellerId}");
        }

        if (autoCollect)
        {
            await Call(() => api.UpdateSettingsAsync(autoCollect: true, autoOrder: false), $"{sellerId} turning auto collection on");
        }

        return new ShopSeller(sellerId, api, accountId, code);
    }

    public void Dispose()
    {
        Operator.Dispose();
        Supplier.Dispose();
        foreach (var seller in _sellers)
        {
            seller.Api.Dispose();
        }
    }
}

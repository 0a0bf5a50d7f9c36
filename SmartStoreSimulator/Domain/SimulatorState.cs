using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SmartStoreSimulator.Generator;

namespace SmartStoreSimulator.Domain;

/// <summary>All simulated state, in memory: applications, sellers, orders, tokens. Thread-safe.</summary>
internal sealed class SimulatorState
{
    private readonly ConcurrentDictionary<string, SimApplication> _applications = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SimSeller> _sellers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SimToken> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SimSeller> _orderIndex = new(StringComparer.Ordinal);
    private readonly IOptions<SimulatorOptions> _options;
    private readonly SimClock _time;
    private long _sequence;
    private long _feedLagTicks;

    public SimulatorState(IOptions<SimulatorOptions> options, SimClock time)
    {
        _options = options;
        _time = time;
        _feedLagTicks = options.Value.ChangeFeedLag.Ticks;

        // A restarted simulator must not hand out the ids of the orders its previous run created: a platform that keeps
        // its data (./run.sh on an existing database) would take the new orders for ones it already collected. Starting
        // at a thousand per second since midnight (KST) keeps every restart above the ids of the runs before it.
        _sequence = (long)time.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).TimeOfDay.TotalSeconds * 1000;
        var settings = options.Value;
        if (!string.IsNullOrWhiteSpace(settings.PlatformClientId))
        {
            CreateApplication(settings.PlatformClientId, settings.PlatformClientSecret, null, null, null);
        }
    }

    public SimClock Time => _time;

    /// <summary>How long a change takes to appear in <c>last-changed-statuses</c>; query and listing see it at once.</summary>
    public TimeSpan FeedLag
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _feedLagTicks));
        set => Interlocked.Exchange(ref _feedLagTicks, value.Ticks);
    }

    public SimulatorOptions Options => _options.Value;

    public SimApplication CreateApplication(string? clientId, string? clientSecret, string? ownerAccountId, double? ratePerSecond, TimeSpan? tokenLifetime)
    {
        var id = string.IsNullOrWhiteSpace(clientId) ? RandomToken(11) : clientId;
        var secret = string.IsNullOrWhiteSpace(clientSecret) ? BCrypt.Net.BCrypt.GenerateSalt(4) : clientSecret;
        if (ownerAccountId is not null)
        {
            GetOrCreateSeller(ownerAccountId);
        }

        var application = new SimApplication(id, secret, ownerAccountId, ratePerSecond ?? Options.DefaultRatePerSecond, tokenLifetime ?? Options.TokenLifetime);
        return _applications.TryAdd(id, application)
            ? application
            : throw new InvalidOperationException($"Application {id} already exists");
    }

    public SimApplication? FindApplication(string? clientId) =>
        clientId is not null && _applications.TryGetValue(clientId, out var application) ? application : null;

    public SimSeller GetOrCreateSeller(string accountId) => _sellers.GetOrAdd(accountId, static id => new SimSeller(id));

    public SimSeller? FindSeller(string? accountId) =>
        accountId is not null && _sellers.TryGetValue(accountId, out var seller) ? seller : null;

    public SimSeller? FindSellerOfOrder(string productOrderId) =>
        _orderIndex.TryGetValue(productOrderId, out var seller) ? seller : null;

    /// <summary>Returns the current token when at least the reuse threshold is left, else issues a new one.</summary>
    public SimToken IssueToken(SimApplication application, string type, string? accountId)
    {
        var now = _time.GetUtcNow();
        lock (application.TokenGate)
        {
            if (application.CurrentTokens.TryGetValue((type, accountId), out var current)
                && current.ExpiresAt - now >= Options.TokenReuseThreshold
                && _tokens.ContainsKey(current.AccessToken))
            {
                return current;
            }

            // The previous token stays valid until it expires, as at Naver.
            var token = new SimToken(RandomToken(32), application.ClientId, type, accountId, now + application.TokenLifetime);
            _tokens[token.AccessToken] = token;
            application.CurrentTokens[(type, accountId)] = token;
            return token;
        }
    }

    public SimToken? FindValidToken(string accessToken) =>
        _tokens.TryGetValue(accessToken, out var token) && token.ExpiresAt > _time.GetUtcNow() ? token : null;

    public void RevokeTokens(string clientId)
    {
        foreach (var token in _tokens.Values.Where(t => t.ClientId == clientId))
        {
            _tokens.TryRemove(token.AccessToken, out _);
        }
    }

    public List<SimOrder> AddOrders(SimSeller seller, OrderSpec spec, Random random)
    {
        var now = _time.GetUtcNow();
        var from = spec.PaymentFrom ?? now;
        var to = spec.PaymentTo ?? from;
        var created = new List<SimOrder>(spec.Count);
        for (var i = 0; i < spec.Count; i++)
        {
            var paymentDate = SimTime.Truncate(spec.Count == 1 ? from : from + ((to - from) * i / (spec.Count - 1)));
            var product = SampleData.Product(random);
            var recipient = SampleData.Recipient(random);
            var order = new SimOrder
            {
                ProductOrderId = NextId(paymentDate),
                OrderId = NextId(paymentDate),
                OrderDate = paymentDate.AddMinutes(-random.Next(1, 10)),
                PaymentDate = paymentDate,
                ProductId = product.ProductId,
                ProductName = spec.ProductName ?? product.Name,
                ProductOption = spec.ProductOption ?? product.Option,
                SellerProductCode = spec.SellerProductCode ?? SampleData.SellerProductCode(random, product.Code),
                Quantity = spec.Quantity ?? SampleData.Quantity(random),
                UnitPrice = product.UnitPrice,
                DeliveryFee = product.DeliveryFee,
                OrdererName = recipient.Name,
                ReceiverName = recipient.Name,
                ReceiverTel = recipient.Tel,
                ZipCode = recipient.ZipCode,
                BaseAddress = recipient.BaseAddress,
                DetailedAddress = recipient.DetailedAddress,
                ShippingMemo = recipient.Memo,
                LastChangedDate = paymentDate,
                ShippingDueDate = paymentDate.AddDays(3),
            };
            created.Add(order);
        }

        lock (seller.Gate)
        {
            foreach (var order in created)
            {
                seller.Orders[order.ProductOrderId] = order;
                _orderIndex[order.ProductOrderId] = seller;
            }
        }

        return created;
    }

    /// <summary>16-digit ids like Naver's: the KST date and a global sequence.</summary>
    private string NextId(DateTimeOffset at)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        return string.Create(CultureInfo.InvariantCulture, $"{at.ToOffset(TimeSpan.FromHours(9)):yyyyMMdd}{sequence % 100_000_000:D8}");
    }

    private static string RandomToken(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).Replace('+', 'A').Replace('/', 'B').TrimEnd('=');
}

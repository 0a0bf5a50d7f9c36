using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;
using SmartStoreSimulator.Client;
using SmartStoreSimulator.Control;

namespace Bench;

/// <summary>
/// Paid orders added to the simulator at a steady rate, each to a random seller of a group and paid now, and the
/// moment each one's row appears in <c>order_read</c> (polled every <see cref="PollEvery"/>): payment to visible.
/// </summary>
internal sealed class SellersFeed : IAsyncDisposable
{
    public const string ProductCode = "CH0000001";

    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(500);

    private readonly SimulatorClient _simulator;
    private readonly NpgsqlDataSource _dataSource;
    private readonly IReadOnlyList<BenchSeller> _group;
    private readonly double _ordersPerSecond;
    private readonly ConcurrentDictionary<string, FedOrder> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<FedOrder> _visible = [];
    private readonly CancellationTokenSource _stopFeeding = new();
    private readonly CancellationTokenSource _stopWatching = new();
    private Task _feeding = Task.CompletedTask;
    private Task _watching = Task.CompletedTask;
    private int _fed;

    public SellersFeed(SimulatorClient simulator, NpgsqlDataSource dataSource, IReadOnlyList<BenchSeller> group, double ordersPerSecond)
    {
        _simulator = simulator;
        _dataSource = dataSource;
        _group = group;
        _ordersPerSecond = ordersPerSecond;
    }

    /// <summary>Orders added so far.</summary>
    public int Fed => Volatile.Read(ref _fed);

    /// <summary>Orders added and not visible yet.</summary>
    public int Pending => _pending.Count;

    /// <summary>Adds one order paid a minute ago for each of <paramref name="sellers"/>, so that their first poll finds a change.</summary>
    public async Task SeedAsync(IEnumerable<BenchSeller> sellers, int parallelism)
    {
        var paidAt = DateTimeOffset.UtcNow.AddMinutes(-1);
        await Parallel.ForEachAsync(sellers, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (seller, _) => await AddAsync(seller, paidAt));
    }

    public void Start()
    {
        _feeding = Task.Run(FeedAsync);
        _watching = Task.Run(WatchAsync);
    }

    /// <summary>Stops adding orders; the watch goes on.</summary>
    public async Task StopFeedingAsync()
    {
        await _stopFeeding.CancelAsync();
        await _feeding;
    }

    /// <summary>Waits until every order added is visible, or <paramref name="patience"/> passed; true when none is left.</summary>
    public async Task<bool> DrainAsync(TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        while (!_pending.IsEmpty && clock.Elapsed < patience)
        {
            await Task.Delay(PollEvery);
        }

        return _pending.IsEmpty;
    }

    /// <summary>Payment-to-visible lags in seconds of the orders paid inside [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public double[] LagsPaidBetween(DateTimeOffset from, DateTimeOffset to) =>
        [.. _visible.Where(o => o.PaidAt >= from && o.PaidAt < to).Select(o => (o.VisibleAt!.Value - o.PaidAt).TotalSeconds).Order()];

    /// <summary>Every order id added, visible or not.</summary>
    public IReadOnlyCollection<string> AllIds => [.. _visible.Select(o => o.ProductOrderId), .. _pending.Keys];

    public async ValueTask DisposeAsync()
    {
        await _stopFeeding.CancelAsync();
        await _stopWatching.CancelAsync();
        await Task.WhenAll(_feeding, _watching);
        _stopFeeding.Dispose();
        _stopWatching.Dispose();
    }

    private async Task FeedAsync()
    {
        // Orders owed by the clock so far are added each step, so the rate holds whatever one request costs.
        var clock = Stopwatch.StartNew();
        var added = 0;
        while (!_stopFeeding.IsCancellationRequested)
        {
            var due = (int)(clock.Elapsed.TotalSeconds * _ordersPerSecond);
            for (; added < due; added++)
            {
                await AddAsync(_group[Random.Shared.Next(_group.Count)], DateTimeOffset.UtcNow);
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), _stopFeeding.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task AddAsync(BenchSeller seller, DateTimeOffset paidAt)
    {
        var ids = await _simulator.AddOrdersAsync(seller.AccountId, new AddOrdersRequest(1, paidAt, paidAt, ProductCode, "벤치 상품", "", 1));
        foreach (var id in ids)
        {
            _pending[id] = new FedOrder(id, paidAt, null);
            Interlocked.Increment(ref _fed);
        }
    }

    private async Task WatchAsync()
    {
        while (!_stopWatching.IsCancellationRequested)
        {
            var pending = _pending.Keys.ToArray();
            if (pending.Length > 0)
            {
                await using var command = _dataSource.CreateCommand("SELECT product_order_id FROM order_read WHERE product_order_id = ANY(@ids)");
                command.Parameters.AddWithValue("ids", pending);
                await using var reader = await command.ExecuteReaderAsync();
                var now = DateTimeOffset.UtcNow;
                while (await reader.ReadAsync())
                {
                    if (_pending.TryRemove(reader.GetString(0), out var order))
                    {
                        _visible.Add(order with { VisibleAt = now });
                    }
                }
            }

            try
            {
                await Task.Delay(PollEvery, _stopWatching.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private sealed record FedOrder(string ProductOrderId, DateTimeOffset PaidAt, DateTimeOffset? VisibleAt);
}

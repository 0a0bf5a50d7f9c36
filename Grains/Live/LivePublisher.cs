using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Grains.Interfaces.Live;
using Grains.Interfaces.Orders;
using Grains.Interfaces.Sellers;
using Grains.Orders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Grains.Live;

/// <summary>
/// The silo's <see cref="IOrderEvents"/>: logs each announcement, queues it and returns at once; one pump takes the
/// queue in batches (at most <see cref="LivePushOptions.MaxBatch"/>, after an optional <see cref="LivePushOptions.FlushDelay"/>)
/// and hands each batch to every registered gateway's <see cref="GatewayLane"/>, which call the gateways in parallel.
/// The queue is bounded: when it is full the oldest event is dropped and counted (<c>onchannel.live.dropped</c>).
/// </summary>
public sealed partial class LivePublisher : BackgroundService, IOrderEvents
{
    public const string MeterName = "OnChannel.Live";

    private readonly LoggingOrderEvents _log;
    private readonly TimeProvider _time;
    private readonly LivePushOptions _options;
    private readonly ILogger<LivePublisher> _logger;
    private readonly Channel<LiveEvent> _queue;
    private readonly LiveGatewayRoster _roster;
    private readonly Counter<long> _droppedCounter;
    private long _dropped;
    private long _reportedDropped;

    public LivePublisher(
        LoggingOrderEvents log,
        IGrainFactory grains,
        TimeProvider time,
        IOptions<LivePushOptions> options,
        IMeterFactory meters,
        ILogger<LivePublisher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(meters);
        _log = log;
        _time = time;
        _options = options.Value;
        _logger = logger;
        _droppedCounter = meters.Create(MeterName).CreateCounter<long>(
            "onchannel.live.dropped", description: "Live events a silo dropped: its queue or a gateway's was full, or the gateway failed");
        _queue = Channel.CreateBounded<LiveEvent>(
            new BoundedChannelOptions(_options.QueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            _ => CountDropped(1));
        _roster = new LiveGatewayRoster(grains, time, _options, CountDropped, logger);
    }

    /// <summary>Events dropped since the silo started.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>True while this silo leaves out <paramref name="gatewayId"/> after a failed call, until it renews.</summary>
    public bool IsSuspended(string gatewayId) => _roster.IsSuspended(gatewayId);

    public async Task OrderChangedAsync(string sellerId, OrderView order)
    {
        await _log.OrderChangedAsync(sellerId, order);
        Enqueue(LiveEvent.OrderChanged(sellerId, order, _time.GetUtcNow()));
    }

    public async Task CollectionFinishedAsync(string sellerId, CollectionRun run)
    {
        await _log.CollectionFinishedAsync(sellerId, run);
        Enqueue(LiveEvent.CollectionFinished(sellerId, run, _time.GetUtcNow()));
    }

    public async Task PointsChangedAsync(string sellerId, long balance)
    {
        await _log.PointsChangedAsync(sellerId, balance);
        Enqueue(LiveEvent.PointsChanged(sellerId, balance, _time.GetUtcNow()));
    }

    public async Task SettingsChangedAsync(string sellerId, SellerSettings settings)
    {
        await _log.SettingsChangedAsync(sellerId, settings);
        Enqueue(LiveEvent.SettingsChanged(sellerId, settings, _time.GetUtcNow()));
    }

    // A bounded channel in DropOldest mode always accepts the write at once.
    private void Enqueue(LiveEvent e) => _queue.Writer.TryWrite(e);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _queue.Reader;
        var batch = new List<LiveEvent>(_options.MaxBatch);
        while (await reader.WaitToReadAsync(stoppingToken))
        {
            if (_options.FlushDelay > TimeSpan.Zero)
            {
                await Task.Delay(_options.FlushDelay, _time, stoppingToken);
            }

            while (reader.TryRead(out var next))
            {
                batch.Add(next);
                if (batch.Count == _options.MaxBatch)
                {
                    await PublishAsync(batch);
                }
            }

            if (batch.Count > 0)
            {
                await PublishAsync(batch);
            }

            ReportDrops();
        }
    }

    private async Task PublishAsync(List<LiveEvent> batch)
    {
        try
        {
            foreach (var lane in await _roster.CurrentAsync())
            {
                lane.Post(batch);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The pump must outlive any one batch: a dead pump would silence every gateway until the silo restarts.
            LogPublishFailed(_logger, e, batch.Count);
            CountDropped(batch.Count);
        }
        finally
        {
            batch.Clear();
        }
    }

    private void CountDropped(int count)
    {
        Interlocked.Add(ref _dropped, count);
        _droppedCounter.Add(count);
    }

    private void ReportDrops()
    {
        var dropped = Interlocked.Read(ref _dropped);
        if (dropped > _reportedDropped)
        {
            LogDropped(_logger, dropped - _reportedDropped, dropped);
            _reportedDropped = dropped;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped {Count} live events ({Total} since start); their browsers catch up when they read again")]
    private static partial void LogDropped(ILogger logger, long count, long total);

    [LoggerMessage(Level = LogLevel.Error, Message = "Publishing a batch of {Count} live events failed")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, int count);
}

using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Grains.Diagnostics;
using Grains.Interfaces.Orders;

namespace Gateway.Tests.Operations;

[Collection(GatewayCollection.Name)]
public sealed class OrderMetricsTests(GatewayFixture fixture)
{
    [Fact]
    public async Task ARefusedPlacingIsCountedByStageAndReasonWithoutTheSeller()
    {
        var measurements = new ConcurrentQueue<(string Instrument, long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, meters) =>
            {
                if (instrument.Meter.Name == OrderMetrics.MeterName)
                {
                    meters.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value))));
        listener.Start();
        var sellerId = fixture.NewLoginId("metrics");

        // Never collected: the order grain refuses it as not found.
        var outcome = await fixture.Grains.GetGrain<IOrderGrain>(OrderKey.For("never-" + Guid.NewGuid().ToString("N"))).PlaceAsync(sellerId);

        Assert.Equal(TransitionErrorCode.NotFound, outcome.Error?.Code);
        var failed = Assert.Single(measurements, m => m.Instrument == "onchannel.orders.failed" && Equals(m.Tags["reason"], nameof(TransitionErrorCode.NotFound)));
        Assert.Equal(1, failed.Value);
        Assert.Equal("place", failed.Tags["stage"]);
        Assert.DoesNotContain(measurements.SelectMany(m => m.Tags.Values), value => Equals(value, sellerId));
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Tests.Shared;

namespace Gateway.Tests.Operations;

[Collection(GatewayCollection.Name)]
public sealed class TraceTests(GatewayFixture fixture)
{
    [Fact]
    public async Task AGrainCallMadeForARequestRunsInTheRequestsTrace()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var started = new ConcurrentQueue<Activity>();

        // Observes only: sampling is left to the processes' own OpenTelemetry listeners, so activities exist here
        // only because the gateway and the silo register the Orleans sources and propagate the context themselves.
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.None,
            ActivityStarted = activity =>
            {
                if (activity.TraceId == traceId)
                {
                    started.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        using var http = fixture.Gateway.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/ready");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        // /health/ready asks IClusterProbeGrain which silo answers.
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Wait.UntilAsync(
            () => Task.FromResult(started.Any(IsProbeCallInTheGrain)),
            TimeSpan.FromSeconds(10),
            $"the silo to run IClusterProbeGrain.GetSiloAsync in trace {traceId}");
        var client = Assert.Single(started, activity => activity.Kind == ActivityKind.Client && IsProbe(activity));
        var server = started.First(IsProbeCallInTheGrain);
        Assert.Equal(client.SpanId, server.ParentSpanId);
    }

    private static bool IsProbeCallInTheGrain(Activity activity) => activity.Kind == ActivityKind.Server && IsProbe(activity);

    private static bool IsProbe(Activity activity) =>
        activity.GetTagItem("rpc.method") is string method && method.Contains("IClusterProbeGrain", StringComparison.Ordinal);
}

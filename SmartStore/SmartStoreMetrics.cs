using System.Diagnostics.Metrics;
using SmartStore.Governor;

namespace SmartStore;

/// <summary>
/// The SmartStore client's instruments (meter <see cref="MeterName"/>): calls by API and outcome, and the rate
/// governor's queue and waits. Tags stay low-cardinality: the API, the lane, a status class and the client's or
/// gateway's own error codes; never a seller or an application id.
/// </summary>
public sealed class SmartStoreMetrics
{
    public const string MeterName = "OnChannel.SmartStore";

    private readonly Counter<long> _calls;
    private readonly Histogram<double> _wait;

    internal SmartStoreMetrics(IMeterFactory meters, RateGovernor governor)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(governor);
        var meter = meters.Create(MeterName);
        _calls = meter.CreateCounter<long>(
            "onchannel.smartstore.calls", unit: "{call}",
            description: "SmartStore requests after their retries, by API, status class and error code");
        _wait = meter.CreateHistogram<double>(
            "onchannel.smartstore.governor.wait", unit: "s",
            description: "Time an attempt waited for the rate governor's permit, by API and lane",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] });
        meter.CreateObservableGauge(
            "onchannel.smartstore.governor.queue", () => governor.QueueLengths().Select(queue =>
                new Measurement<int>(queue.Waiting, new KeyValuePair<string, object?>("api", ApiTag(queue.Api)))),
            unit: "{request}", description: "Requests waiting in this process's rate governor, by API");
    }

    internal void Called(SmartStoreApi api, SmartStoreError? error)
    {
        var (statusClass, code) = error is null
            ? ("2xx", "none")
            : (error.HttpStatus == 0 ? "none" : $"{error.HttpStatus / 100}xx", KnownCode(error.Code));
        _calls.Add(
            1,
            new KeyValuePair<string, object?>("api", ApiTag(api)),
            new KeyValuePair<string, object?>("outcome", error is null ? "success" : "failure"),
            new KeyValuePair<string, object?>("status_class", statusClass),
            new KeyValuePair<string, object?>("error_code", code));
    }

    internal void Waited(SmartStoreApi api, SmartStorePriority priority, TimeSpan wait) =>
        _wait.Record(
            wait.TotalSeconds,
            new KeyValuePair<string, object?>("api", ApiTag(api)),
            new KeyValuePair<string, object?>("lane", priority == SmartStorePriority.Interactive ? "interactive" : "background"));

    private static string ApiTag(SmartStoreApi api) => api.ToString();

    // Naver's own codes are many and undocumented; only the client's and the gateway's codes name a series.
    private static string KnownCode(string code) =>
        code.StartsWith("CLIENT.", StringComparison.Ordinal) || code.StartsWith("GW.", StringComparison.Ordinal) ? code : "other";
}

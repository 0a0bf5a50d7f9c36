using SmartStore.Internal;

namespace SmartStore.Governor;

/// <summary>
/// Sits inside the retry pipeline so that every attempt, including retries, waits for a permit and feeds the
/// gateway's rate-limit headers back to the governor.
/// </summary>
internal sealed class GovernorHandler(RateGovernor governor, SmartStoreMetrics metrics, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(GovernorTicket.Key, out var ticket))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var queued = time.GetTimestamp();
        await governor.AcquireAsync(ticket, cancellationToken);
        metrics.Waited(ticket.Api, ticket.Caller.Priority, time.GetElapsedTime(queued));
        var response = await base.SendAsync(request, cancellationToken);
        governor.Observe(ticket, response);
        return response;
    }
}

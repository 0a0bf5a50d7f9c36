using SmartStore.Internal;

namespace SmartStore.Governor;

/// <summary>
/// Sits inside the retry pipeline so that every attempt, including retries, waits for a permit and feeds the
/// gateway's rate-limit headers back to the governor.
/// </summary>
internal sealed class GovernorHandler(RateGovernor governor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(GovernorTicket.Key, out var ticket))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        await governor.AcquireAsync(ticket, cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        governor.Observe(ticket, response);
        return response;
    }
}

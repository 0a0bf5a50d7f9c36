namespace SmartStore.Internal;

/// <summary>
/// Signs token requests at send time. It sits after the rate governor and inside the retry pipeline, so every attempt,
/// retries included, carries a timestamp taken after its permit was granted: Naver refuses a timestamp older than five
/// minutes, and a request signed before queueing behind hundreds of others would be refused again on every retry.
/// </summary>
internal sealed class TokenSigningHandler(TimeProvider time) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(TokenRequest.Key, out var token))
        {
            request.Content?.Dispose();
            request.Content = token.SignedForm(time.GetUtcNow().ToUnixTimeMilliseconds());
        }

        return base.SendAsync(request, cancellationToken);
    }
}

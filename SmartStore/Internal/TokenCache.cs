using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SmartStore.Models;

namespace SmartStore.Internal;

/// <summary>
/// One token per (application, type, account), renewed when less than the renewal margin is left and dropped
/// after a <c>401 GW.AUTHN</c>. Concurrent callers for the same key share one token request.
/// </summary>
internal sealed class TokenCache(
    SmartStoreTransport transport,
    IOptions<SmartStoreOptions> options,
    TimeProvider time,
    ILogger<TokenCache> logger)
{
    private readonly ConcurrentDictionary<ResolvedApplication, CachedToken> _tokens = new();
    private readonly ConcurrentDictionary<(ResolvedApplication, SmartStorePriority), SemaphoreSlim> _locks = new();

    public async Task<SmartStoreResult<CachedToken>> GetAsync(
        ResolvedApplication application, SmartStoreCaller caller, bool forceNew, CancellationToken cancellationToken)
    {
        if (!forceNew && TryGetFresh(application, out var cached))
        {
            return SmartStoreResult<CachedToken>.Success(cached, null);
        }

        // One gate per lane: an interactive caller must not wait for a background token request that is queued in
        // the Token API's background lane. At worst both lanes ask at once, and both answers are valid tokens.
        var gate = _locks.GetOrAdd((application, caller.Priority), static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have renewed it while this one waited.
            if (!forceNew && TryGetFresh(application, out cached))
            {
                return SmartStoreResult<CachedToken>.Success(cached, null);
            }

            var issued = await IssueAsync(application, caller, cancellationToken);
            if (issued.IsSuccess)
            {
                _tokens[application] = issued.Value;
            }

            return issued;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="rejected"/> unless a newer token has already replaced it.</summary>
    public void Invalidate(ResolvedApplication application, CachedToken rejected) =>
        _tokens.TryRemove(new KeyValuePair<ResolvedApplication, CachedToken>(application, rejected));

    private bool TryGetFresh(ResolvedApplication application, out CachedToken token) =>
        _tokens.TryGetValue(application, out token!)
        && token.ExpiresAt - time.GetUtcNow() > options.Value.TokenRenewalMargin;

    private async Task<SmartStoreResult<CachedToken>> IssueAsync(
        ResolvedApplication application, SmartStoreCaller caller, CancellationToken cancellationToken)
    {
        // The Token API has its own bucket per application, so a token request never queues behind data calls, and
        // the request holds no lock a data call waits on: only callers needing this same token wait for it (above).
        var ticket = new GovernorTicket(application.ClientId, application.Shared, SmartStoreApi.Token, caller);
        if (!SmartStoreSignature.IsSalt(application.ClientSecret))
        {
            return SmartStoreResult<CachedToken>.Failure(new SmartStoreError(
                0, SmartStoreErrorCodes.InvalidSecret, "The client secret is not a bcrypt salt ($2a$..)", null));
        }

        // Signed by TokenSigningHandler after the governor's permit, on every attempt.
        var form = new TokenRequest(application.ClientId, application.ClientSecret, application.TokenType, application.AccountId);
        var response = await transport.SendAsync(
            ticket,
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "v1/oauth2/token");
                request.Options.Set(TokenRequest.Key, form);
                return request;
            },
            accessToken: null,
            write: false,
            cancellationToken);
        if (!response.IsSuccess)
        {
            return SmartStoreResult<CachedToken>.Failure(response.Error);
        }

        try
        {
            var (accessToken, expiresIn, tokenType) = ResponseParser.ParseToken(response.Value);
            var token = new CachedToken(accessToken, tokenType, time.GetUtcNow().AddSeconds(expiresIn));
            SmartStoreLog.TokenIssued(logger, application.ClientId, application.TokenType, application.AccountId, token.ExpiresAt);
            return SmartStoreResult<CachedToken>.Success(token, response.TraceId);
        }
        catch (MalformedResponseException ex)
        {
            return transport.Malformed<CachedToken>(ticket, 200, ex.Message, response.TraceId);
        }
    }

    public static TokenGrant ToGrant(CachedToken token) => new(token.TokenType, token.ExpiresAt);
}

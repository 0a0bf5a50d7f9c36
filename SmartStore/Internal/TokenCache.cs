using System.Collections.Concurrent;
using System.Globalization;
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
    private readonly ConcurrentDictionary<ResolvedApplication, SemaphoreSlim> _locks = new();

    public async Task<SmartStoreResult<CachedToken>> GetAsync(
        ResolvedApplication application, string sellerKey, bool forceNew, CancellationToken cancellationToken)
    {
        if (!forceNew && TryGetFresh(application, out var cached))
        {
            return SmartStoreResult<CachedToken>.Success(cached, null);
        }

        var gate = _locks.GetOrAdd(application, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have renewed it while this one waited.
            if (!forceNew && TryGetFresh(application, out cached))
            {
                return SmartStoreResult<CachedToken>.Success(cached, null);
            }

            var issued = await IssueAsync(application, sellerKey, cancellationToken);
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
        ResolvedApplication application, string sellerKey, CancellationToken cancellationToken)
    {
        var ticket = new GovernorTicket(application.ClientId, application.Shared, SmartStoreApi.Token, sellerKey);
        var timestamp = time.GetUtcNow().ToUnixTimeMilliseconds();
        if (!SmartStoreSignature.TryCreate(application.ClientId, application.ClientSecret, timestamp, out var signature))
        {
            return SmartStoreResult<CachedToken>.Failure(new SmartStoreError(
                0, SmartStoreErrorCodes.InvalidSecret, "The client secret is not a bcrypt salt ($2a$..)", null));
        }

        var fields = new Dictionary<string, string>
        {
            ["client_id"] = application.ClientId,
            ["timestamp"] = timestamp.ToString(CultureInfo.InvariantCulture),
            ["grant_type"] = "client_credentials",
            ["client_secret_sign"] = signature,
            ["type"] = application.TokenType,
        };
        if (application.AccountId is not null)
        {
            fields["account_id"] = application.AccountId;
        }

        var response = await transport.SendAsync(
            ticket,
            () => new HttpRequestMessage(HttpMethod.Post, "v1/oauth2/token") { Content = new FormUrlEncodedContent(fields) },
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

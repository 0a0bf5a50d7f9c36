using System.Globalization;

namespace SmartStore.Internal;

/// <summary>
/// What a token request signs, carried in the request options instead of a ready form: the form is built by
/// <see cref="TokenSigningHandler"/> when the request actually leaves, so its timestamp is never older than one attempt.
/// </summary>
internal sealed record TokenRequest(string ClientId, string ClientSecret, string TokenType, string? AccountId)
{
    public static readonly HttpRequestOptionsKey<TokenRequest> Key = new("SmartStore.TokenRequest");

    public FormUrlEncodedContent SignedForm(long timestampMs)
    {
        var fields = new Dictionary<string, string>
        {
            ["client_id"] = ClientId,
            ["timestamp"] = timestampMs.ToString(CultureInfo.InvariantCulture),
            ["grant_type"] = "client_credentials",
            ["client_secret_sign"] = SmartStoreSignature.Create(ClientId, ClientSecret, timestampMs),
            ["type"] = TokenType,
        };
        if (AccountId is not null)
        {
            fields["account_id"] = AccountId;
        }

        return new FormUrlEncodedContent(fields);
    }

    // The secret is a credential: keep it out of any accidental log line.
    public override string ToString() => $"TokenRequest({ClientId}, {TokenType}, {AccountId})";
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Bench;

/// <summary>
/// Calls the simulator as fast as it answers, with no governor and no retries: what it gets accepted is the
/// simulator's real ceiling, the baseline the governed clients are compared with.
/// </summary>
internal sealed class UngovernedClient(HttpClient http, string clientId, string clientSecret)
{
    private readonly Dictionary<string, string> _tokens = [];

    /// <summary>Fetches a <c>type=SELLER</c> token for every seller, waiting out the token API's own limit.</summary>
    public async Task SignInAsync(IEnumerable<SellerAccount> sellers)
    {
        foreach (var seller in sellers)
        {
            while (!_tokens.ContainsKey(seller.AccountId))
            {
                using var form = TokenForm(seller.AccountId);
                using var response = await http.PostAsync("v1/oauth2/token", form);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100));
                    continue;
                }

                response.EnsureSuccessStatusCode();
                var body = await response.Content.ReadFromJsonAsync<JsonObject>();
                _tokens[seller.AccountId] = body!["access_token"]!.GetValue<string>();
            }
        }
    }

    /// <summary>One raw request; true when the simulator accepted it.</summary>
    public async Task<bool> CallAsync(string api, SellerAccount seller, CancellationToken cancellationToken)
    {
        using var request = LoadApi.RawRequest(api, seller, _tokens[seller.AccountId]);
        using var response = await http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode;
    }

    private FormUrlEncodedContent TokenForm(string accountId)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToBase64String(Encoding.UTF8.GetBytes(BCrypt.Net.BCrypt.HashPassword($"{clientId}_{timestamp}", clientSecret)));
        return new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = clientId,
            ["timestamp"] = timestamp,
            ["grant_type"] = "client_credentials",
            ["client_secret_sign"] = signature,
            ["type"] = "SELLER",
            ["account_id"] = accountId,
        });
    }
}

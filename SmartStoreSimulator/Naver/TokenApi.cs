using System.Globalization;
using System.Text;
using SmartStoreSimulator.Domain;

namespace SmartStoreSimulator.Naver;

/// <summary><c>POST /v1/oauth2/token</c>: bcrypt signature check, <c>SELF</c> and <c>SELLER</c> tokens.</summary>
internal static class TokenApi
{
    public static void MapTokenApi(this IEndpointRouteBuilder routes) => routes.MapPost(SimApi.TokenPath, IssueAsync).AddEndpointFilter(GatewayMiddleware.ReplaceResultAsync);

    private static async Task<IResult> IssueAsync(HttpContext context, SimulatorState state)
    {
        // The documented form is a urlencoded body; some clients send the same fields as a query string.
        var fields = context.Request.HasFormContentType
            ? (await context.Request.ReadFormAsync()).ToDictionary(pair => pair.Key, pair => pair.Value.ToString())
            : context.Request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
        string Field(string name) => fields.TryGetValue(name, out var value) ? value : string.Empty;

        var application = state.FindApplication(Field("client_id"));
        if (application is null)
        {
            return NaverResults.TokenError(context, 400, "BAD_REQUEST", "client_id가 올바르지 않습니다.", "client_id");
        }

        if (Field("grant_type") != "client_credentials")
        {
            return NaverResults.TokenError(context, 400, "BAD_REQUEST", "grant_type은 client_credentials여야 합니다.", "grant_type");
        }

        var now = state.Time.GetUtcNow();
        if (!long.TryParse(Field("timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || (now - DateTimeOffset.FromUnixTimeMilliseconds(timestamp)).Duration() > state.Options.TimestampTolerance)
        {
            return NaverResults.TokenError(context, 400, "BAD_REQUEST", "timestamp가 유효하지 않습니다. (5분)", "timestamp");
        }

        if (!SignatureMatches(application, Field("timestamp"), Field("client_secret_sign")))
        {
            return NaverResults.TokenError(context, 403, "FORBIDDEN", "client_secret_sign이 올바르지 않습니다.", "client_secret_sign");
        }

        var type = Field("type");
        string? accountId = null;
        switch (type)
        {
            case "SELF":
                break;
            case "SELLER":
                accountId = Field("account_id");
                if (state.FindSeller(accountId) is null)
                {
                    return NaverResults.TokenError(context, 400, "BAD_REQUEST", "account_id에 해당하는 판매자가 없습니다.", "account_id");
                }

                break;
            default:
                return NaverResults.TokenError(context, 400, "BAD_REQUEST", "type은 SELF 또는 SELLER여야 합니다.", "type");
        }

        var token = state.IssueToken(application, type, accountId);
        var expiresIn = (long)Math.Max(1, (token.ExpiresAt - now).TotalSeconds);
        return Results.Json(new { access_token = token.AccessToken, expires_in = expiresIn, token_type = "Bearer" }, NaverResults.JsonOptions);
    }

    private static bool SignatureMatches(SimApplication application, string timestamp, string signature)
    {
        try
        {
            var presented = Encoding.UTF8.GetString(Convert.FromBase64String(signature));
            var expected = BCrypt.Net.BCrypt.HashPassword($"{application.ClientId}_{timestamp}", application.ClientSecret);
            return CryptographicEquals(presented, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool CryptographicEquals(string a, string b) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}

using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Infrastructure.Accounts;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using WebGateway.Auth;

namespace Gateway.Tests.Sweep;

/// <summary>
/// Tokens no gateway issued, or issued and then spoiled: each must be refused with 401 on every protected path. Made
/// for a real account (<see cref="LoginId"/>), so that a refusal can only be the token's fault.
/// </summary>
internal sealed class SweepTokens(string signingKey, string loginId, string role, string realToken)
{
    public string LoginId => loginId;

    /// <summary>Every spoiled token by name.</summary>
    public IReadOnlyDictionary<string, string> All() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["expired"] = Sign(Key, DateTime.UtcNow.AddMinutes(-5)),
        ["not-yet-valid"] = Sign(Key, DateTime.UtcNow.AddHours(3), notBefore: DateTime.UtcNow.AddHours(1)),
        ["wrong-key"] = Sign(RandomNumberGenerator.GetBytes(32), DateTime.UtcNow.AddHours(1), claimRole: AccountRole.Operator),
        ["wrong-issuer"] = Sign(Key, DateTime.UtcNow.AddHours(1), issuer: "someone-else"),
        ["wrong-audience"] = Sign(Key, DateTime.UtcNow.AddHours(1), audience: "another-api"),
        ["stale-stamp"] = Sign(Key, DateTime.UtcNow.AddHours(1), stamp: "99"),
        ["no-stamp"] = Sign(Key, DateTime.UtcNow.AddHours(1), stamp: null),
        ["unknown-account"] = Sign(Key, DateTime.UtcNow.AddHours(1), subject: "nobody-" + Guid.NewGuid().ToString("N")[..8]),
        ["alg-none"] = Unsigned(),
        ["tampered-role"] = Tampered(AccountRole.Operator),
        ["garbage"] = "not-a-token",
        ["sql-in-token"] = "'; DROP TABLE accounts; --",
        ["truncated"] = realToken[..(realToken.Length / 2)],
        ["huge"] = new string('A', 16 * 1024),
    };

    private byte[] Key => Convert.FromBase64String(signingKey);

    private string Sign(
        byte[] key, DateTime expires, DateTime? notBefore = null, string issuer = TokenService.Issuer, string audience = TokenService.Audience,
        string? stamp = "1", string? subject = null, string? claimRole = null)
    {
        var claims = new List<Claim> { new(OnChannelClaims.Subject, subject ?? loginId), new(OnChannelClaims.Role, claimRole ?? role) };
        if (stamp is not null)
        {
            claims.Add(new Claim(OnChannelClaims.Stamp, stamp, ClaimValueTypes.Integer32));
        }

        var from = notBefore ?? expires.AddHours(-2);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = from,
            IssuedAt = from,
            Expires = expires,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>An operator's claims with <c>alg: none</c> and no signature.</summary>
    private string Unsigned()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64Url.EncodeToString("""{"alg":"none","typ":"JWT"}"""u8);
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            $$"""{"sub":"{{loginId}}","role":"operator","stamp":1,"iss":"{{TokenService.Issuer}}","aud":"{{TokenService.Audience}}","nbf":{{now - 60}},"iat":{{now - 60}},"exp":{{now + 3600}}}"""));
        return $"{header}.{payload}.";
    }

    /// <summary>The real token with its payload's role changed and the signature kept.</summary>
    private string Tampered(string newRole)
    {
        var parts = realToken.Split('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1]))
            .Replace($"\"role\":\"{role}\"", $"\"role\":\"{newRole}\"", StringComparison.Ordinal);
        Assert.Contains(newRole, payload, StringComparison.Ordinal);
        return $"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";
    }
}

using System.Security.Claims;
using Infrastructure.Accounts;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace WebGateway.Auth;

/// <summary>Issues the signed access tokens (JWT, HMAC-SHA256) and says how they are checked.</summary>
public sealed class TokenService
{
    public const string Issuer = "onchannel-gateway";
    public const string Audience = "onchannel-api";

    private readonly SigningKeyProvider _keys;
    private readonly GatewaySecurityOptions _options;
    private readonly TimeProvider _time;
    private readonly JsonWebTokenHandler _handler = new();

    public TokenService(SigningKeyProvider keys, IOptions<GatewaySecurityOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keys = keys;
        _options = options.Value;
        _time = time;
    }

    /// <summary>A token for <paramref name="account"/>, carrying its role and security stamp.</summary>
    public (string Token, DateTimeOffset ExpiresAt) Issue(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var now = _time.GetUtcNow();
        var expires = now + _options.TokenLifetime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Subject = new ClaimsIdentity(
            [
                new Claim(OnChannelClaims.Subject, account.LoginId),
                new Claim(OnChannelClaims.Role, account.Role),
                new Claim(OnChannelClaims.Name, account.Name),
                new Claim(OnChannelClaims.Stamp, account.SecurityStamp.ToString(System.Globalization.CultureInfo.InvariantCulture), ClaimValueTypes.Integer32),
            ]),
            SigningCredentials = new SigningCredentials(_keys.Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }

    /// <summary>What a token must satisfy: our issuer, audience and key, not expired (30 s of clock skew).</summary>
    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = _keys.Key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = OnChannelClaims.Subject,
        RoleClaimType = OnChannelClaims.Role,
    };
}

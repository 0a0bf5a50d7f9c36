using System.Text;
using System.Text.RegularExpressions;

namespace SmartStore.Internal;

/// <summary><c>client_secret_sign</c> = Base64(bcrypt(<c>{client_id}_{timestamp}</c>, salt = client secret)).</summary>
internal static partial class SmartStoreSignature
{
    /// <summary>True when <paramref name="secret"/> is a bcrypt salt (<c>$2a$04$</c> + 22 characters) that can sign.</summary>
    public static bool IsSalt(string? secret) => secret is not null && BcryptSalt().IsMatch(secret);

    /// <summary>Signs; the caller has checked <see cref="IsSalt"/>, so a bad secret is a bug and throws.</summary>
    public static string Create(string clientId, string clientSecret, long timestampMs)
    {
        var hashed = BCrypt.Net.BCrypt.HashPassword($"{clientId}_{timestampMs}", clientSecret);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(hashed));
    }

    // bcrypt accepts costs 04..31 only.
    [GeneratedRegex(@"^\$2[abxy]?\$(0[4-9]|[12]\d|3[01])\$[./A-Za-z0-9]{22}$")]
    private static partial Regex BcryptSalt();
}

using System.Text.RegularExpressions;

namespace SmartStoreSimulator.Domain;

/// <summary>Naver client secrets are bcrypt salts: <c>$2a$</c>, a two-digit cost, <c>$</c>, 22 characters.</summary>
internal static partial class SimSecrets
{
    public static bool IsSalt(string secret) => Salt().IsMatch(secret);

    [GeneratedRegex(@"^\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{22}$")]
    private static partial Regex Salt();
}

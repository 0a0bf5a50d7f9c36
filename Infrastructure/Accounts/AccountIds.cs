using System.Text.RegularExpressions;

namespace Infrastructure.Accounts;

/// <summary>The shape of login ids (and so of seller and supplier ids): 3-32 of <c>[a-z0-9_-]</c>.</summary>
public static partial class AccountIds
{
    /// <summary>True when <paramref name="loginId"/> has the shape the <c>accounts</c> table accepts.</summary>
    public static bool IsValid(string? loginId) => loginId is not null && Shape().IsMatch(loginId);

    [GeneratedRegex("^[a-z0-9_-]{3,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}

using System.Security.Claims;
using Infrastructure.Accounts;

namespace WebGateway.Auth;

/// <summary>The claims of an OnChannel access token, and how endpoints read the caller from them.</summary>
public static class OnChannelClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Stamp = "stamp";
    public const string Name = "name";

    /// <summary>The caller's login id.</summary>
    public static string LoginId(this ClaimsPrincipal user) =>
        user?.FindFirst(Subject)?.Value ?? throw new InvalidOperationException("The caller has no login id claim.");

    /// <summary>The caller's role (<see cref="AccountRole"/>).</summary>
    public static string? AccountRoleOf(this ClaimsPrincipal user) => user?.FindFirst(Role)?.Value;

    /// <summary>The caller's seller id (its login id); only under the seller policy.</summary>
    public static string SellerId(this ClaimsPrincipal user) => user.RequireRole(AccountRole.Seller);

    /// <summary>The caller's supplier id (its login id); only under the supplier policy.</summary>
    public static string SupplierId(this ClaimsPrincipal user) => user.RequireRole(AccountRole.Supplier);

    private static string RequireRole(this ClaimsPrincipal user, string role) =>
        user.AccountRoleOf() == role
            ? user.LoginId()
            : throw new InvalidOperationException($"The caller is not a {role}; the endpoint must require the {role} policy.");
}

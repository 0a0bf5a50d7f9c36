using Infrastructure.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace WebGateway.Auth;

/// <summary>Authorization policy names: one per role. A caller of another role gets 403.</summary>
public static class Policies
{
    public const string Operator = AccountRole.Operator;
    public const string Seller = AccountRole.Seller;
    public const string Supplier = AccountRole.Supplier;

    internal static void Add(AuthorizationOptions options)
    {
        foreach (var role in new[] { Operator, Seller, Supplier })
        {
            options.AddPolicy(role, policy => policy.RequireAuthenticatedUser().RequireClaim(OnChannelClaims.Role, role));
        }
    }
}

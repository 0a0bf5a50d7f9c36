using Infrastructure.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using WebGateway.Auth;
using WebGateway.Hubs;

namespace Gateway.Tests.Sweep;

/// <summary>
/// One endpoint of the gateway's route table: its key (<c>METHOD pattern</c>, <c>*</c> when any method routes to it)
/// and who may call it (null: anyone; otherwise the roles its authorization policies let through).
/// </summary>
internal sealed record class SweepRoute(string Key, string Pattern, IReadOnlySet<string>? AllowedRoles)
{
    /// <summary>The key of the cases on paths no route takes (the dashboard's page, or 404).</summary>
    public const string NoRoute = "* (no route)";

    private static readonly string[] AllRoles = [AccountRole.Operator, AccountRole.Seller, AccountRole.Supplier];

    /// <summary>Every routed endpoint of the gateway, read from its <see cref="EndpointDataSource"/>.</summary>
    public static IReadOnlyList<SweepRoute> ReadAll(IServiceProvider services)
    {
        var routes = new List<SweepRoute>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? throw new InvalidOperationException($"{endpoint.DisplayName} has no pattern");
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            var method = methods is { Count: > 0 } ? string.Join(",", methods) : "*";
            routes.Add(new SweepRoute($"{method} {pattern}", pattern, AllowedRolesOf(endpoint)));
        }

        return routes;
    }

    /// <summary>True when <paramref name="path"/> (a query may follow) is one this route's pattern matches.</summary>
    public bool Matches(string path)
    {
        var bare = path.Split('?')[0];
        var matcher = new TemplateMatcher(TemplateParser.Parse(Pattern), new RouteValueDictionary());
        return matcher.TryMatch(new PathString(bare), new RouteValueDictionary());
    }

    private static HashSet<string>? AllowedRolesOf(Endpoint endpoint)
    {
        var rules = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        if (rules.Count == 0 || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return null;
        }

        var allowed = new HashSet<string>(AllRoles, StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            allowed.IntersectWith(rule.Policy switch
            {
                null => AllRoles,
                Policies.Operator or Policies.Seller or Policies.Supplier => [rule.Policy],
                OrderHub.Policy => [AccountRole.Seller, AccountRole.Supplier],
                _ => throw new InvalidOperationException($"The sweep does not know who policy '{rule.Policy}' of {endpoint.DisplayName} lets in; teach SweepRoute."),
            });
        }

        return allowed;
    }
}

namespace Gateway.Tests.Sweep;

/// <summary>
/// The token and role cases of every protected route, generated from the route table: no token, each spoiled token
/// (401 <c>Unauthorized</c>), and a real token of each role the route's policies do not let in (403 <c>Forbidden</c>),
/// each a problem with a Korean detail like every other error. Each is sent with the request of
/// the route's first hand-written case, so authentication and authorization must refuse it before the input matters.
/// </summary>
internal static class AuthCases
{
    public static IEnumerable<SweepCase> For(IReadOnlyList<SweepRoute> routes, IReadOnlyList<SweepCase> handWritten, SweepWorld world)
    {
        foreach (var route in routes.Where(r => r.AllowedRoles is not null))
        {
            var sample = handWritten.First(c => c.Route == route.Key);
            yield return sample with { Name = "no token", Who = Credential.Anonymous, Status = 401, Code = "Unauthorized", Field = null, Shape = ResponseShape.Problem, Contains = null, Lacks = null };
            foreach (var spoiled in world.Spoiled)
            {
                yield return sample with { Name = spoiled.Name, Who = spoiled, Status = 401, Code = "Unauthorized", Field = null, Shape = ResponseShape.Problem, Contains = null, Lacks = null };
            }

            foreach (var (role, credential) in world.ByRole.Where(r => !route.AllowedRoles!.Contains(r.Key)))
            {
                yield return sample with { Name = $"a {role} token", Who = credential, Status = 403, Code = "Forbidden", Field = null, Shape = ResponseShape.Problem, Contains = null, Lacks = null };
            }
        }
    }
}

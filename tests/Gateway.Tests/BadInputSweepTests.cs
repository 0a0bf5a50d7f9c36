using System.Diagnostics;
using Gateway.Tests.Sweep;
using Tests.Shared;
using Xunit.Abstractions;

namespace Gateway.Tests;

/// <summary>
/// The bad-input sweep (issue 11): hundreds of malformed and hostile requests on every route of the gateway and on
/// the hub. Each must be refused with the expected 4xx and a clear problem (Korean detail, the API's code or field),
/// never a 5xx, and the whole sweep must leave the database and SmartStore as they were.
/// </summary>
[Collection(SweepCollection.Name)]
public sealed class BadInputSweepTests(SweepFixture fixture, ITestOutputHelper output)
{
    private static readonly string[] TablesThatMatter =
        ["accounts", "catalog_read", "order_read", "orleansreminderstable", "orleansstorage", "point_balance", "point_ledger", "seller_order_counts"];

    [Fact]
    public async Task HostileRequestsOnEveryEndpointAndTheHubAreRefusedClearlyAndChangeNothing()
    {
        var clock = Stopwatch.StartNew();
        var world = await SweepWorld.CreateAsync(fixture);
        var routes = SweepRoute.ReadAll(fixture.Gateway.Services);
        var handWritten = SweepCases.Build(world);
        AssertEveryRouteIsSwept(routes, handWritten);
        List<SweepCase> cases = [.. handWritten, .. AuthCases.For(routes, handWritten, world)];
        var setUp = clock.Elapsed;

        var before = await SettledSnapshotAsync(world);
        Assert.Superset(TablesThatMatter.ToHashSet(StringComparer.Ordinal), before.Tables.ToHashSet(StringComparer.Ordinal));
        var sweepStarted = clock.Elapsed;

        var failures = await SweepRunner.RunAsync(fixture.Gateway, cases);
        var (hubCases, hubFailures) = await HubSweep.RunAsync(world);
        failures.AddRange(hubFailures);
        var after = await DatabaseSnapshot.TakeAsync(fixture.ConnectionString, fixture.Simulator, world.Shops);

        output.WriteLine($"{cases.Count} HTTP cases ({handWritten.Count} hand-written, {cases.Count - handWritten.Count} token and role cases) on {routes.Count} routes, "
            + $"{hubCases} hub cases; set-up {setUp.TotalSeconds:0.0} s, sweep {(clock.Elapsed - sweepStarted).TotalSeconds:0.0} s; "
            + $"{before.RowCount} rows in {before.Tables.Count} tables compared (left out: {string.Join(", ", DatabaseSnapshot.Excluded)}, grain state of {string.Join(", ", DatabaseSnapshot.ExcludedGrainTypes)})");
        Assert.True(cases.Count + hubCases >= 200, $"only {cases.Count + hubCases} cases");
        var changes = after.DiffFrom(before);
        Assert.True(failures.Count == 0 && changes is null,
            $"{failures.Count} of {cases.Count + hubCases} cases were answered wrongly:\n{string.Join("\n", failures)}\n"
            + (changes is null ? "The database and SmartStore are unchanged." : $"The sweep changed the database or SmartStore:\n{changes}"));
    }

    /// <summary>Every route of the table has hand-written cases, every case names a real route, and its path is one that route matches.</summary>
    private static void AssertEveryRouteIsSwept(IReadOnlyList<SweepRoute> routes, IReadOnlyList<SweepCase> cases)
    {
        var unswept = routes.Where(r => cases.All(c => c.Route != r.Key)).Select(r => r.Key).ToList();
        Assert.True(unswept.Count == 0, $"routes without sweep cases (add some to SweepCases): {string.Join(", ", unswept)}");
        var unknown = cases.Select(c => c.Route).Distinct(StringComparer.Ordinal).Where(key => key != SweepRoute.NoRoute && routes.All(r => r.Key != key)).ToList();
        Assert.True(unknown.Count == 0, $"sweep cases name routes the gateway does not have: {string.Join(", ", unknown)}");
        var misrouted = cases.Where(c => c.Route != SweepRoute.NoRoute && !routes.First(r => r.Key == c.Route).Matches(c.Path)).Select(c => c.ToString()).ToList();
        Assert.True(misrouted.Count == 0, $"sweep cases whose path their route does not match:\n{string.Join("\n", misrouted)}");
    }

    /// <summary>
    /// The snapshot once the set-up's own aftermath is over (SmartStore confirming the placed orders, projections):
    /// the same rows for a full second.
    /// </summary>
    private async Task<DatabaseSnapshot> SettledSnapshotAsync(SweepWorld world)
    {
        DatabaseSnapshot? last = null;
        var since = Stopwatch.StartNew();
        await Wait.UntilAsync(async () =>
        {
            var now = await DatabaseSnapshot.TakeAsync(fixture.ConnectionString, fixture.Simulator, world.Shops);
            if (last is null || now.DiffFrom(last) is not null)
            {
                last = now;
                since.Restart();
                return false;
            }

            return since.Elapsed >= TimeSpan.FromSeconds(1);
        }, TimeSpan.FromSeconds(30), "the database to stay the same for a second after the set-up");
        return last!;
    }
}

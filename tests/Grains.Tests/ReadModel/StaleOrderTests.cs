using Grains.Interfaces.Orders;
using static Grains.Tests.ReadModel.ReadModelRows;

namespace Grains.Tests.ReadModel;

/// <summary>
/// <c>StaleOrderIdsAsync</c> on PostgreSQL against grain state written by the provider's own query texts, in every
/// order of state write and projection. A database of its own, so that every due order in it is this class's.
/// </summary>
public sealed class StaleOrderTests(ReadModelDatabase database) : IClassFixture<ReadModelDatabase>
{
    private const string Seller = "seller-stale";
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public async Task OrdersWhoseStateWasWrittenAfterTheirLastProjectionAreReportedOldestFirst()
    {
        var storage = new ProviderStorage(database.DataSource, "stale-service");
        var model = database.Model;
        var (neverProjected, projected, writtenAgain, repaired, lateOld, cleared) =
            ("100001", "100002", "100003", "100004", "100005", "100006");

        // State written, no row at all.
        await storage.WriteAsync("order", "order:" + neverProjected);

        // Written, then projected: up to date.
        await storage.WriteAsync("order", "order:" + projected);
        await model.UpsertAsync(Seller, Order(projected));

        // Projected, then written again (the projection of the new state failed).
        await storage.WriteAsync("order", "order:" + writtenAgain);
        await model.UpsertAsync(Seller, Order(writtenAgain));
        await storage.WriteAsync("order", "order:" + writtenAgain);

        // The same, repaired later by writing the same version again.
        await storage.WriteAsync("order", "order:" + repaired);
        await model.UpsertAsync(Seller, Order(repaired));
        await storage.WriteAsync("order", "order:" + repaired);

        // Version 2 projected, the state written again, then a late projection of version 1: refused, still stale.
        await storage.WriteAsync("order", "order:" + lateOld);
        await model.UpsertAsync(Seller, Order(lateOld, OrderStatus.Ordered, version: 2));
        await storage.WriteAsync("order", "order:" + lateOld);
        await model.UpsertAsync(Seller, Order(lateOld, OrderStatus.Waiting, version: 1));

        // Written and cleared, never projected: no state left to project.
        await storage.WriteAsync("order", "order:" + cleared);
        await storage.ClearAsync("order", "order:" + cleared);

        // Other grains' state is not an order.
        await storage.WriteAsync("seller", "seller:" + Seller);
        await storage.WriteAsync("catalog-product", "order:100099");

        await model.UpsertAsync(Seller, Order(repaired));

        Assert.Equal([neverProjected, writtenAgain, lateOld], (await model.StaleOrderIdsAsync(TimeSpan.Zero, 100)).ToArray());
        Assert.Equal([neverProjected, writtenAgain], (await model.StaleOrderIdsAsync(TimeSpan.Zero, 2)).ToArray());
        Assert.Empty(await model.StaleOrderIdsAsync(Hour, 100));

        // Projecting them (any accepted write, here the state's version) ends the report.
        await model.UpsertManyAsync([(Seller, Order(neverProjected)), (Seller, Order(writtenAgain)), (Seller, Order(lateOld, OrderStatus.Ordered, version: 2))]);
        Assert.Empty(await model.StaleOrderIdsAsync(TimeSpan.Zero, 100));
    }

    [Fact]
    public async Task TheProvidersWriteQuerySetsModifiedAtOnEveryWrite()
    {
        var storage = new ProviderStorage(database.DataSource, "modified-service");
        var key = "order:200001";
        await storage.WriteAsync("order", key);
        var inserted = await storage.ModifiedAtAsync("order", key);

        await storage.WriteAsync("order", key);
        var updated = await storage.ModifiedAtAsync("order", key);
        await storage.ClearAsync("order", key);
        var cleared = await storage.ModifiedAtAsync("order", key);

        Assert.True(inserted < updated, $"modified_at moves on update ({inserted:O} then {updated:O})");
        Assert.True(updated < cleared, $"modified_at moves on clear ({updated:O} then {cleared:O})");
        Assert.True(DateTime.UtcNow - inserted < Hour, "modified_at is the server's time of the write");
    }

    [Fact]
    public async Task ArgumentsOutOfRangeAreRefused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => database.Model.StaleOrderIdsAsync(TimeSpan.FromSeconds(-1), 10));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => database.Model.StaleOrderIdsAsync(TimeSpan.Zero, 0));
    }
}

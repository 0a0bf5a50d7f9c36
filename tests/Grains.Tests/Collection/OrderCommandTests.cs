using Grains.Interfaces.Catalog;
using Grains.Interfaces.Orders;

namespace Grains.Tests.Collection;

[Collection(CollectionCluster.Name)]
public sealed class OrderCommandTests
{
    private readonly CollectionFixture _fixture;

    public OrderCommandTests(CollectionFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task AChosenOptionIsRememberedSoLaterOrdersWithTheSameTextMatchByThemselves()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode(), options: [TestSeller.Option("red", "빨강"), TestSeller.Option("blue", "파랑")]));
        await seller.ApplyForSaleAsync(product.Code);
        var first = (await seller.AddOrdersAsync(1, product.Code, "레드 (Red)"))[0];
        var sameTextWaiting = (await seller.AddOrdersAsync(1, product.Code, "레드  (Red)"))[0];
        await seller.CollectAsync();
        Assert.Equal([OrderErrorCode.OptionMismatch], TestSeller.Codes(await seller.ViewAsync(first)));

        var unknownOption = await seller.Grain.ChooseOptionAsync(first, "green");
        Assert.Equal(TransitionErrorCode.UnknownOption, unknownOption.Error?.Code);
        var chosen = await seller.Grain.ChooseOptionAsync(first, "red");

        Assert.True(chosen.Succeeded, chosen.Error?.Message);
        Assert.True(chosen.Order!.Orderable);
        Assert.Equal("red", chosen.Order.OptionId);
        Assert.True((await seller.ViewAsync(sameTextWaiting)).Orderable);
        var later = (await seller.AddOrdersAsync(1, product.Code, "레드 (Red)"))[0];
        Assert.Equal(1, (await seller.CollectAsync()).Orderable);
        Assert.Equal("red", (await seller.ViewAsync(later)).OptionId);
        var other = await TestSeller.CreateAsync(_fixture);
        Assert.Equal(TransitionErrorCode.NotFound, (await other.Grain.ChooseOptionAsync(first, "blue")).Error?.Code);
    }

    [Fact]
    public async Task ApplyingForEveryBlockingProductMakesSaleNotAppliedOrdersOrderable()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var one = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        var two = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        var soldOut = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode(), ProductStatus.SoldOut));
        var ids = (await seller.AddOrdersAsync(2, one.Code)).Concat(await seller.AddOrdersAsync(1, two.Code)).ToList();
        var stillFailing = (await seller.AddOrdersAsync(1, soldOut.Code))[0];
        Assert.Equal(4, (await seller.CollectAsync()).Failed);

        var result = await seller.Grain.ApplyForSaleAllAsync();

        Assert.Equal([.. new[] { one.Code, two.Code, soldOut.Code }.Order(StringComparer.Ordinal)], result.Applied.ToArray());
        Assert.Equal(4, result.RevalidatedOrders);
        foreach (var id in ids)
        {
            var order = await seller.ViewAsync(id);
            Assert.Equal(OrderStatus.Waiting, order.Status);
            Assert.True(order.Orderable);
        }

        Assert.Equal([OrderErrorCode.SoldOutOrDiscontinued], TestSeller.Codes(await seller.ViewAsync(stillFailing)));
        Assert.Equal(3, (await seller.Grain.GetSaleApplicationsAsync()).Length);
        Assert.Equal(3, (await _fixture.ReadStore.ListAsync(seller.SellerId, OrderStatus.Waiting)).Orders.Count(o => o.Orderable));
        var rejected = await seller.Grain.ApplyForSaleAsync(["CH99", TestSeller.NewProductCode()]);
        Assert.Equal(2, rejected.Rejected.Length);
    }

    [Fact]
    public async Task ACatalogChangeValidatesTheWaitingOrdersAgain()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        await seller.ApplyForSaleAsync(product.Code);
        var id = (await seller.AddOrdersAsync(1, product.Code))[0];
        await seller.CollectAsync();
        var catalog = _fixture.Grains.GetGrain<ICatalogProductGrain>(ProductKey.For(product.Code));

        var soldOut = await catalog.UpsertAsync(product with { Status = ProductStatus.SoldOut });

        Assert.Equal(1, soldOut.RevalidatedOrders);
        var failed = await seller.ViewAsync(id);
        Assert.Equal(OrderStatus.CollectionFailed, failed.Status);
        Assert.Equal([OrderErrorCode.SoldOutOrDiscontinued], TestSeller.Codes(failed));
        Assert.Equal(OrderStatus.CollectionFailed, (await _fixture.ReadStore.FindAsync(seller.SellerId, id))!.Status);

        await catalog.UpsertAsync(product with { Name = "새 이름", MinQuantity = 1 });

        var back = await seller.ViewAsync(id);
        Assert.True(back.Orderable);
        Assert.Equal("새 이름", back.ProductName);
        Assert.Equal(back.Version, (await _fixture.ReadStore.FindAsync(seller.SellerId, id))!.Version);
    }

    [Fact]
    public async Task AnInvalidProductIsRefusedAndChangesNothing()
    {
        var code = TestSeller.NewProductCode();
        var catalog = _fixture.Grains.GetGrain<ICatalogProductGrain>(ProductKey.For(code));

        var refused = await catalog.UpsertAsync(TestSeller.Product(code) with { SupplyPrice = 0, ImageUrl = "not a url" });
        var wrongCode = await catalog.UpsertAsync(TestSeller.Product(TestSeller.NewProductCode()));

        Assert.False(refused.Accepted);
        Assert.Contains(refused.Errors, e => e.Field == "supplyPrice");
        Assert.Contains(refused.Errors, e => e.Field == "imageUrl");
        Assert.False(wrongCode.Accepted);
        Assert.Contains(wrongCode.Errors, e => e.Field == "code");
        Assert.Null(await catalog.GetAsync());
        var product = TestSeller.Product(code, options: [TestSeller.Option("a", "A")]);
        Assert.True((await catalog.UpsertAsync(product)).Accepted);
        Assert.Equal("A", (await catalog.GetAsync())!.Options.Single().Name);
    }

    [Fact]
    public async Task DeletingIsAllowedBeforePlacingAndRefusedAfter()
    {
        var seller = await TestSeller.CreateAsync(_fixture);
        var product = await seller.AddProductAsync(TestSeller.Product(TestSeller.NewProductCode()));
        await seller.ApplyForSaleAsync(product.Code);
        var ids = await seller.AddOrdersAsync(2, product.Code);
        await seller.CollectAsync();

        var deleted = await seller.Order(ids[0]).DeleteAsync(seller.SellerId);
        Assert.True((await seller.PlaceAsync(ids[1])).Placed);
        var placed = new OrderCommandResult(await seller.ViewAsync(ids[1]), null);
        var refused = await seller.Order(ids[1]).DeleteAsync(seller.SellerId);
        var revalidateDeleted = await seller.Order(ids[0]).RevalidateAsync();

        Assert.Equal(OrderStatus.Deleted, deleted.Order?.Status);
        Assert.Equal(OrderStatus.Ordered, placed.Order?.Status);
        Assert.Equal(TransitionErrorCode.AlreadyPlaced, refused.Error?.Code);
        Assert.Equal(OrderStatus.Ordered, (await seller.ViewAsync(ids[1])).Status);
        Assert.Equal(TransitionErrorCode.NotAllowedInCurrentState, revalidateDeleted.Error?.Code);
        var counts = (await _fixture.ReadStore.ListAsync(seller.SellerId, null)).Counts;
        Assert.Equal(1, counts[OrderStatus.Deleted]);
        Assert.Equal(1, counts[OrderStatus.Ordered]);
    }
}

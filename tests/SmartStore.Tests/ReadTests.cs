using SmartStore.Models;

namespace SmartStore.Tests;

[Collection(SimulatorCollection.Name)]
public sealed class ReadTests(SimulatorFixture simulator)
{
    [Fact]
    public async Task ChangesAcrossMoreThanThreeHundredAreReadPageByPage()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var now = DateTimeOffset.UtcNow;

        // 700 changes, many sharing a millisecond, so paging must break ties with moreSequence.
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 700, now.AddMinutes(-30), now.AddMinutes(-29));

        var result = await scenario.Client.GetLastChangedStatusesAsync(scenario.Credentials, scenario.AccountId, now.AddHours(-1), now, CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(ids.Order(StringComparer.Ordinal), result.Value.Changes.Select(c => c.ProductOrderId).Order(StringComparer.Ordinal));
        Assert.All(result.Value.Changes, c => Assert.Equal("PAYED", c.LastChangedType));
        Assert.Equal(3, await simulator.Control.RequestsAsync(scenario.ClientId, "last-changed-statuses"));
        Assert.Equal(now, result.Value.CoveredUntil);
    }

    [Fact]
    public async Task SixDaysAreReadInWindowsOfAtMostTwentyFourHours()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var now = DateTimeOffset.UtcNow;
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 120, now.AddDays(-6).AddMinutes(1), now.AddMinutes(-1));

        var changes = await scenario.Client.GetLastChangedStatusesAsync(scenario.Credentials, scenario.AccountId, now.AddDays(-6), now, CancellationToken.None);
        var listed = await scenario.Client.ListNewProductOrdersAsync(scenario.Credentials, scenario.AccountId, now.AddDays(-6), now, CancellationToken.None);

        Assert.True(changes.IsSuccess, changes.ToString());
        Assert.True(listed.IsSuccess, listed.ToString());
        Assert.Equal(ids.Order(StringComparer.Ordinal), changes.Value.Changes.Select(c => c.ProductOrderId).Order(StringComparer.Ordinal));
        Assert.Equal(ids.Order(StringComparer.Ordinal), listed.Value.Select(o => o.ProductOrderId).Order(StringComparer.Ordinal));

        // The simulator rejects windows over 24 hours with 104139, so six successful windows prove the split.
        Assert.Equal(6, await simulator.Control.RequestsAsync(scenario.ClientId, "last-changed-statuses"));
        Assert.Equal(6, await simulator.Control.RequestsAsync(scenario.ClientId, "product-orders"));
    }

    [Fact]
    public async Task AnEmptyWindowWithoutDataIsNoChangesNotAnError()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var now = DateTimeOffset.UtcNow;

        var result = await scenario.Client.GetLastChangedStatusesAsync(scenario.Credentials, scenario.AccountId, now.AddHours(-2), now, CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Empty(result.Value.Changes);
        Assert.NotNull(result.TraceId);
    }

    [Fact]
    public async Task NewOrdersListingPagesAndSkipsConfirmedAndCanceledOrders()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var now = DateTimeOffset.UtcNow;
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 650, now.AddHours(-3), now.AddHours(-2));
        await simulator.Control.CancelAsync(ids[0]);
        var confirmed = await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, [ids[1]], CancellationToken.None);

        var result = await scenario.Client.ListNewProductOrdersAsync(scenario.Credentials, scenario.AccountId, now.AddHours(-4), now, CancellationToken.None);

        Assert.True(confirmed.IsSuccess, confirmed.ToString());
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(ids.Skip(2).Order(StringComparer.Ordinal), result.Value.Select(o => o.ProductOrderId).Order(StringComparer.Ordinal));
        Assert.All(result.Value, o => Assert.True(o.IsNewOrder));
        Assert.Equal(3, await simulator.Control.RequestsAsync(scenario.ClientId, "product-orders"));
    }

    [Fact]
    public async Task QueryBatchesByThreeHundredAndReportsMissingIds()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 650);
        string[] unknown = ["2099010199999998", "2099010199999999"];

        var result = await scenario.Client.QueryProductOrdersAsync(scenario.Credentials, scenario.AccountId, [.. ids, .. unknown], CancellationToken.None);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(ids, result.Value.Orders.Select(o => o.ProductOrderId));
        Assert.Equal(unknown, result.Value.MissingIds);
        Assert.Equal(3, await simulator.Control.RequestsAsync(scenario.ClientId, "query"));
    }

    [Fact]
    public async Task AProductOrderCarriesEverythingTheOrderFlowNeeds()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var id = (await simulator.Control.AddOrdersAsync(scenario.AccountId, 1)).Single();

        var result = await scenario.Client.QueryProductOrdersAsync(scenario.Credentials, scenario.AccountId, [id], CancellationToken.None);

        var order = Assert.Single(result.Value!.Orders);
        Assert.Equal(16, order.ProductOrderId.Length);
        Assert.Equal(16, order.OrderId.Length);
        Assert.Equal(ProductOrderStatuses.Payed, order.ProductOrderStatus);
        Assert.Equal(PlaceOrderStatuses.NotYet, order.PlaceOrderStatus);
        Assert.Null(order.ClaimType);
        Assert.NotNull(order.OrderDate);
        Assert.NotNull(order.PaymentDate);
        Assert.Equal(TimeSpan.FromHours(9), order.PaymentDate!.Value.Offset);
        Assert.False(string.IsNullOrEmpty(order.ProductName));
        Assert.False(string.IsNullOrEmpty(order.ProductOption));
        Assert.True(order.Quantity >= 1);
        Assert.True(order.TotalPaymentAmount > 0);
        Assert.NotNull(order.ShippingAddress);
        Assert.False(string.IsNullOrEmpty(order.ShippingAddress!.Name));
        Assert.Matches(@"^010-\d{4}-\d{4}$", order.ShippingAddress.Tel1);
        Assert.Matches(@"^\d{5}$", order.ShippingAddress.ZipCode);
        Assert.False(string.IsNullOrEmpty(order.ShippingAddress.BaseAddress));
        Assert.False(string.IsNullOrEmpty(order.ShippingAddress.DetailedAddress));
        Assert.Null(order.Delivery);
        Assert.True(order.IsNewOrder);
    }

    [Fact]
    public async Task BuyerCancellationAndDeliveryShowUpAsChanges()
    {
        await using var scenario = await Scenario.CreateAsync(simulator);
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);
        var ids = await simulator.Control.AddOrdersAsync(scenario.AccountId, 3);
        await simulator.Control.CancelAsync(ids[0]);
        await simulator.Control.CancelAsync(ids[1], requestOnly: true);
        await scenario.Client.ConfirmAsync(scenario.Credentials, scenario.AccountId, [ids[2]], CancellationToken.None);
        await scenario.Client.DispatchAsync(scenario.Credentials, scenario.AccountId, [new DispatchItem(ids[2], "HYUNDAI", "123456789012", DateTimeOffset.UtcNow)], CancellationToken.None);
        await simulator.Control.DeliverAsync(ids[2]);

        var changes = await scenario.Client.GetLastChangedStatusesAsync(scenario.Credentials, scenario.AccountId, start, DateTimeOffset.UtcNow.AddSeconds(1), CancellationToken.None);
        var orders = await scenario.Client.QueryProductOrdersAsync(scenario.Credentials, scenario.AccountId, ids, CancellationToken.None);

        var byId = changes.Value!.Changes.ToDictionary(c => c.ProductOrderId);
        Assert.Equal(("CLAIM_COMPLETED", "CANCELED", "CANCEL_DONE"), (byId[ids[0]].LastChangedType, byId[ids[0]].ProductOrderStatus, byId[ids[0]].ClaimStatus));
        Assert.Equal(("CLAIM_REQUESTED", "PAYED", "CANCEL_REQUEST"), (byId[ids[1]].LastChangedType, byId[ids[1]].ProductOrderStatus, byId[ids[1]].ClaimStatus));
        Assert.Equal(ProductOrderStatuses.Delivered, byId[ids[2]].ProductOrderStatus);
        Assert.All(orders.Value!.Orders, o => Assert.False(o.IsNewOrder));
        var delivered = orders.Value.Orders.Single(o => o.ProductOrderId == ids[2]);
        Assert.Equal(("HYUNDAI", "123456789012"), (delivered.Delivery?.DeliveryCompany, delivered.Delivery?.TrackingNumber));
        Assert.NotNull(delivered.Delivery?.DeliveredDate);
    }
}

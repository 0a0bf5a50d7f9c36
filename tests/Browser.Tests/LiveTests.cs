using Grains.Interfaces.Orders;
using Infrastructure.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Browser.Tests;

/// <summary>
/// Live updates through the hub <c>/hubs/orders</c>: a second browser of the same seller, and the seller's page while the
/// supplier enters tracking, change without a reload.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ASecondBrowserOfTheSameSellerShowsCollectedOrdersCountsAndTheBalanceWithoutReloading()
    {
        var seller = await DemoSeller.CreateAsync(fixture.System);
        var product = await seller.AddProductAsync();
        await seller.TopUpAsync(50_000);
        await using var first = await fixture.OpenAsync();
        await using var second = await fixture.OpenAsync();
        await using var third = await fixture.OpenAsync();
        await first.LoginAsync(seller.LoginId, seller.Password);
        await second.LoginAsync(seller.LoginId, seller.Password);
        await third.LoginAsync(seller.LoginId, seller.Password);
        await third.GoAsync("스마트스토어 발주확인");
        await second.LiveAsync();
        await third.LiveAsync();
        await Expect(third.Page.Locator("[data-count=Waiting]")).ToHaveTextAsync("0");
        var ids = await seller.AddOrdersAsync(2, product.Code);
        var navigations = 0;
        second.Page.FrameNavigated += (_, frame) => navigations += frame == second.Page.MainFrame ? 1 : 0;

        await first.Page.GetByRole(AriaRole.Button, new() { Name = "주문 가져오기" }).ClickAsync();

        await Expect(second.OrderRow("orders", ids[0])).ToContainTextAsync("발주 가능");
        await Expect(second.OrderRow("orders", ids[1])).ToContainTextAsync("발주 가능");
        await Expect(second.Page.Locator("#collect-summary")).ToContainTextAsync("수집");
        await Expect(third.Page.Locator("[data-count=Waiting]")).ToHaveTextAsync("2");

        first.Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await first.OrderRow("orders", ids[0]).Locator("input[type=checkbox]").CheckAsync();
        await first.Page.GetByRole(AriaRole.Button, new() { Name = "발주하기" }).ClickAsync();

        await Expect(second.Page.Locator("#balance")).ToHaveTextAsync("보유 포인트 36,500 P");
        await Expect(second.OrderRow("orders", ids[0])).ToHaveCountAsync(0);
        await Expect(third.Page.Locator("[data-count=Waiting]")).ToHaveTextAsync("1");
        await Expect(third.Page.Locator("[data-count=Ordered]")).ToHaveTextAsync("1");
        Assert.Equal(0, navigations);
        Assert.Empty(second.ScriptErrors);
    }

    [Fact]
    public async Task TheSupplierEntersTrackingAndTheSellerSeesBothNumbersAndTheMismatchLive()
    {
        var (supplierId, supplierPassword) = await fixture.System.CreateAccountAsync(AccountRole.Supplier);
        var seller = await DemoSeller.CreateAsync(fixture.System);
        var product = await seller.AddProductAsync(supplierId);
        var ids = await seller.AddOrdersAsync(2, product.Code);
        await seller.CollectAsync();
        await seller.TopUpAsync(40_000);
        await seller.PlaceAsync(ids[0]);
        var onchOrderNo = (await fixture.System.Grains.GetGrain<IOrderGrain>(OrderKey.For(ids[0])).GetAsync())!.OnchOrderNo;
        await using var sellerPage = await fixture.OpenAsync();
        await using var supplierPage = await fixture.OpenAsync();
        await sellerPage.LoginAsync(seller.LoginId, seller.Password);
        await sellerPage.GoAsync("스마트스토어 발주확인");
        await sellerPage.Page.GetByRole(AriaRole.Tab, new() { Name = "주문발주" }).ClickAsync();
        var sellerRow = sellerPage.OrderRow("confirm-orders", ids[0]);
        await Expect(sellerRow.Locator("[data-tracking=onch]")).ToContainTextAsync("-");
        await sellerPage.LiveAsync();

        await supplierPage.LoginAsync(supplierId, supplierPassword);
        await Expect(supplierPage.Page.GetByRole(AriaRole.Heading, new() { Name = "공급사 주문 관리" })).ToBeVisibleAsync();
        var supplierRow = supplierPage.Page.Locator($"#supplier-orders tr[data-onch-order-no='{onchOrderNo}']");
        await Expect(supplierRow).ToContainTextAsync(product.Name);
        await supplierRow.Locator("select[name=deliveryCompanyCode]").SelectOptionAsync("HANJIN");

        // Another order arrives live between the supplier's two steps: the page re-renders, the carrier picked stays.
        await supplierPage.Page.GetByRole(AriaRole.Heading, new() { Name = "공급사 주문 관리" }).ClickAsync();
        await seller.PlaceAsync(ids[1]);
        await Expect(supplierPage.Page.Locator("#supplier-orders tr[data-onch-order-no]")).ToHaveCountAsync(2);
        await Expect(supplierRow.Locator("select[name=deliveryCompanyCode]")).ToHaveValueAsync("HANJIN");
        await supplierRow.Locator("input[name=trackingNumber]").FillAsync("123456789012");
        await supplierRow.GetByRole(AriaRole.Button, new() { Name = "송장 입력" }).ClickAsync();

        await Expect(sellerRow.Locator("[data-tracking=onch]")).ToContainTextAsync("한진택배 123456789012");
        await Expect(sellerRow.Locator("[data-tracking=smartstore]")).ToContainTextAsync("한진택배 123456789012");
        await supplierPage.ScreenshotAsync("supplier-1280");

        // A corrected number is not sent to SmartStore by itself: the seller sees both and the mismatch.
        await supplierRow.Locator("input[name=trackingNumber]").FillAsync("999988887777");
        await supplierRow.GetByRole(AriaRole.Button, new() { Name = "송장 수정" }).ClickAsync();

        await Expect(sellerRow.Locator("[data-tracking=onch]")).ToContainTextAsync("999988887777");
        await Expect(sellerRow.Locator("[data-tracking=smartstore]")).ToContainTextAsync("123456789012");
        await Expect(sellerRow.Locator("[data-mismatch]")).ToHaveTextAsync("송장번호 불일치");
        await sellerPage.ScreenshotAsync("seller-confirm-1280");
        Assert.Empty(sellerPage.ScriptErrors);
        Assert.Empty(supplierPage.ScriptErrors);
    }
}

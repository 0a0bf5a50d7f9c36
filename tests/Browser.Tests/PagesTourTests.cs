using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Browser.Tests;

/// <summary>Every main page once, with a screenshot at 1280 px: the seller's with data, the operator's, 개별 주문 from a failed order.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PagesTourTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TheSellersPagesShowTheirDataAndAFailedOrderPrefillsTheManualOrder()
    {
        var seller = await DemoSeller.CreateAsync(fixture.System);
        var product = await seller.AddProductAsync(minQuantity: 2);
        var failed = await seller.AddOrdersAsync(1, product.Code);
        await seller.CollectAsync();
        await seller.TopUpAsync(40_000);
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await browser.LoginAsync(seller.LoginId, seller.Password);

        await browser.GoAsync("스마트스토어 발주확인");
        await page.GetByRole(AriaRole.Tab, new() { Name = "수집실패" }).ClickAsync();
        var row = browser.OrderRow("confirm-orders", failed[0]);
        await Expect(row).ToContainTextAsync("최소수량 오류");
        await Expect(row).ToContainTextAsync("개별 주문으로 진행해 주세요");
        await browser.ScreenshotAsync("seller-confirm-failed-1280");
        await row.GetByRole(AriaRole.Link, new() { Name = "개별 주문" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "개별 주문", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("상품 코드")).ToHaveValueAsync(product.Code);
        await Expect(page.GetByLabel("옵션")).ToHaveValueAsync("opt-1");
        await page.GetByLabel("수량").FillAsync("2");
        await Expect(page.GetByText("예상 결제 포인트: 24,000 P")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("seller-manual-1280");
        await page.GetByRole(AriaRole.Button, new() { Name = "개별 주문하기" }).ClickAsync();
        await Expect(page.Locator("#manual-result")).ToContainTextAsync("남은 포인트 16,000 P");

        await browser.GoAsync("동기화 상태");
        await Expect(page.Locator("#sync-status")).ToContainTextAsync("정상적으로 동기화되고 있어요");
        await browser.ScreenshotAsync("seller-sync-1280");
        await browser.GoAsync("자동 주문 수집/발주 설정");
        await browser.ScreenshotAsync("seller-settings-1280");
        Assert.Empty(browser.ScriptErrors);
    }

    [Fact]
    public async Task TheOperatorCreatesASellerTopsItUpAndEditsTheCatalog()
    {
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await browser.LoginAsync(Gateway.Tests.GatewayFixture.OperatorLoginId, Gateway.Tests.GatewayFixture.OperatorPassword);
        var sellerId = fixture.System.NewLoginId("web");
        var (supplierId, _) = await fixture.System.CreateAccountAsync(Infrastructure.Accounts.AccountRole.Supplier);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Orleans Dashboard" })).ToHaveAttributeAsync("href", "/orleans-dashboard/");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "API 문서 (api-reference)" })).ToHaveAttributeAsync("href", "/api-reference");

        await page.GetByLabel("아이디 (영문 소문자, 숫자, _, - 3~32자)").FillAsync(sellerId);
        await page.GetByLabel("이름").FillAsync("웹 판매자");
        await page.GetByLabel("비밀번호 (8자 이상)").FillAsync("password-1234");
        await page.GetByRole(AriaRole.Button, new() { Name = "판매자 만들기" }).ClickAsync();
        var row = page.Locator($"#sellers tr[data-seller-id='{sellerId}']");
        await Expect(row).ToContainTextAsync("계정 미등록");
        await row.GetByLabel($"{sellerId} 충전 금액").FillAsync("50000");
        await row.GetByRole(AriaRole.Button, new() { Name = "충전" }).ClickAsync();
        await Expect(page.Locator($"#sellers [data-balance='{sellerId}']")).ToHaveTextAsync("50,000 P");
        await browser.ScreenshotAsync("operator-sellers-1280");

        await browser.GoAsync("공급사");
        await browser.ScreenshotAsync("operator-suppliers-1280");

        await browser.GoAsync("상품 카탈로그");
        var code = DemoSeller.NewProductCode();
        await page.GetByRole(AriaRole.Button, new() { Name = "새 상품" }).ClickAsync();
        await page.GetByLabel("상품 코드").FillAsync(code);
        await page.GetByLabel("상품명").FillAsync("웹에서 만든 상품");
        await page.GetByLabel("공급사 아이디").FillAsync(supplierId);
        await page.GetByRole(AriaRole.Button, new() { Name = "옵션 추가" }).ClickAsync();
        await page.GetByLabel("옵션 ID").FillAsync("o1");
        await page.GetByLabel("옵션명").FillAsync("크기: 대");
        await page.GetByLabel("재고").FillAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "상품 저장" }).ClickAsync();
        var product = page.Locator($"#catalog tr[data-code='{code}']");
        await Expect(product).ToContainTextAsync("판매중");
        await Expect(product).ToContainTextAsync("7");

        await product.GetByRole(AriaRole.Button, new() { Name = "수정" }).ClickAsync();

        // The new-product form stays on screen until the product is fetched; edit only once its editor replaced it.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"상품 수정: {code}" })).ToBeVisibleAsync();
        await page.GetByLabel("상태 (품절/단종)").SelectOptionAsync("SoldOut");
        await page.GetByRole(AriaRole.Button, new() { Name = "상품 저장" }).ClickAsync();
        await Expect(product).ToContainTextAsync("품절");
        await browser.ScreenshotAsync("operator-catalog-1280");
        Assert.Empty(browser.ScriptErrors);
    }
}

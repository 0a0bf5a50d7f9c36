using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Browser.Tests;

/// <summary>The seed's seller flow in Chromium: log in, register, 주문 가져오기, 옵션 수정, 전체 판매신청, 발주하기.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SellerFlowTests(BrowserFixture fixture)
{
    [Fact]
    public async Task LoggingInOpensTheSellersMenuAndAWrongPasswordIsShownAsRefused()
    {
        var seller = await DemoSeller.CreateAsync(fixture.System);
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;

        await page.GotoAsync("/");
        await page.GetByLabel("아이디").FillAsync(seller.LoginId);
        await page.GetByLabel("비밀번호").FillAsync("wrong-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("아이디 또는 비밀번호가 맞지 않아요");
        await browser.ScreenshotAsync("login-refused-1280");

        await browser.LoginAsync(seller.LoginId, seller.Password);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "스마트스토어 주문수집", Level = 1 })).ToBeVisibleAsync();
        var menu = page.GetByRole(AriaRole.Navigation);
        foreach (var name in new[] { "스마트스토어 계정 등록", "스마트스토어 주문수집", "스마트스토어 발주확인", "자동 주문 수집/발주 설정", "포인트", "개별 주문", "동기화 상태" })
        {
            await Expect(menu.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }

        Assert.Equal("ko", await page.GetAttributeAsync("html", "lang"));
        Assert.NotNull(await page.EvaluateAsync<string?>("sessionStorage.getItem('onch.session')"));
        Assert.Empty(browser.ScriptErrors);
    }

    [Fact]
    public async Task RegisteringShowsTheVerificationAndNaversRefusalKeepsThePreviousAccount()
    {
        var seller = await DemoSeller.CreateAsync(fixture.System, register: false);
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await browser.LoginAsync(seller.LoginId, seller.Password);
        await browser.GoAsync("스마트스토어 계정 등록");
        await Expect(page.Locator("#current-account")).ToContainTextAsync("아직 등록되지 않았어요");

        await page.GetByLabel("스마트스토어 판매자 계정 ID").FillAsync(seller.AccountId);
        await page.GetByRole(AriaRole.Button, new() { Name = "등록하고 확인하기" }).ClickAsync();

        await Expect(page.Locator("#account-result")).ToContainTextAsync("확인 완료");
        await Expect(page.Locator("#current-account")).ToContainTextAsync(seller.AccountId);

        await page.GetByLabel("직접 연동 (내 애플리케이션)").CheckAsync();
        await page.GetByLabel("애플리케이션 ID (client_id)").FillAsync("no-such-application");
        await page.GetByLabel("애플리케이션 시크릿 (client_secret)").FillAsync("wrong-secret");
        await page.GetByRole(AriaRole.Button, new() { Name = "등록하고 확인하기" }).ClickAsync();

        var refusal = page.Locator("#account-result [role=alert]");
        await Expect(refusal).ToContainTextAsync("스마트스토어가 거절했어요");
        await Expect(refusal).ToContainTextAsync("오류 코드:");
        await Expect(page.Locator("#current-account")).ToContainTextAsync(seller.AccountId);
        await browser.ScreenshotAsync("seller-account-1280");
        Assert.Empty(browser.ScriptErrors);
    }

    [Fact]
    public async Task CollectingShowsProgressThenTheSummaryAndTheOrdersWithTheirColumns()
    {
        var seller = await DemoSeller.CreateAsync(fixture.System);
        var product = await seller.AddProductAsync();
        var ids = await seller.AddOrdersAsync(2, product.Code);
        var wrong = await seller.AddOrdersAsync(1, product.Code, "색상: 초록");
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await browser.LoginAsync(seller.LoginId, seller.Password);
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/api/seller/collect", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });

        await page.GetByRole(AriaRole.Button, new() { Name = "주문 가져오기" }).ClickAsync();

        await Expect(page.Locator("#collect-progress")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Progressbar)).ToBeVisibleAsync();
        release.SetResult();
        await Expect(page.Locator("#collect-summary [data-key=collected] dd")).ToHaveTextAsync("3");
        await Expect(page.Locator("#collect-summary [data-key=orderable] dd")).ToHaveTextAsync("2");
        await Expect(page.Locator("#collect-summary [data-key=needsOption] dd")).ToHaveTextAsync("1");
        await Expect(page.Locator("#collect-summary [data-key=failed] dd")).ToHaveTextAsync("0");
        await Expect(page.Locator("#collect-progress")).ToBeHiddenAsync();
        foreach (var header in new[] { "주문번호/날짜", "상품이미지", "상품코드", "상품명", "수량", "금액", "주문상태" })
        {
            await Expect(page.Locator("#orders thead")).ToContainTextAsync(header);
        }

        var row = browser.OrderRow("orders", ids[0]);
        await Expect(row).ToContainTextAsync(product.Code);
        await Expect(row).ToContainTextAsync("색상: 빨강");
        await Expect(row).ToContainTextAsync("13,500원");
        await Expect(row).ToContainTextAsync("발주 가능");
        await Expect(row.Locator(".thumb")).ToHaveCountAsync(1);
        await Expect(browser.OrderRow("orders", wrong[0])).ToContainTextAsync("오류 확인 옵션을 다시 선택해 주세요");

        // The select-all box selects the 발주 가능 rows only.
        await page.GetByLabel("발주 가능 주문 모두 선택").CheckAsync();
        await Expect(page.Locator("#place-cost")).ToHaveTextAsync("선택 2건 · 필요 포인트 27,000 P");
        await Expect(browser.OrderRow("orders", wrong[0]).Locator("input[type=checkbox]")).Not.ToBeCheckedAsync();
        await Expect(browser.OrderRow("orders", wrong[0]).Locator("input[type=checkbox]")).ToBeDisabledAsync();
        await browser.ScreenshotAsync("seller-collect-1280");
        Assert.Empty(browser.ScriptErrors);
    }

    [Fact]
    public async Task FixingAnOptionShowsTheErrorOutlinedAndTheProductsOptionsAndMakesTheOrderOrderable()
    {
        var seller = await DemoSeller.CreateAsync(fixture.System);
        var product = await seller.AddProductAsync();
        var ids = await seller.AddOrdersAsync(1, product.Code, "색상: 초록");
        await seller.CollectAsync();
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await browser.LoginAsync(seller.LoginId, seller.Password);
        var row = browser.OrderRow("orders", ids[0]);
        await Expect(row).ToContainTextAsync("오류 확인 옵션을 다시 선택해 주세요");

        await row.GetByRole(AriaRole.Button, new() { Name = "옵션 수정" }).ClickAsync();

        var item = page.Locator($"#option-editor .option-item[data-order-id='{ids[0]}']");
        await Expect(item).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("option-error"));
        // Retried: a live refresh may re-render the editor while this runs.
        await Expect(item).ToHaveCSSAsync("border-top-color", "rgb(198, 40, 40)");
        await Expect(item.GetByRole(AriaRole.Button, new() { Name = "색상: 빨강 (+500원) · 재고 100" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("seller-option-editor-1280");
        await item.GetByRole(AriaRole.Button, new() { Name = "색상: 파랑 · 재고 100" }).ClickAsync();

        await Expect(row).ToContainTextAsync("발주 가능");
        await Expect(row).ToContainTextAsync("색상: 파랑");
        await Expect(row).ToContainTextAsync("13,000원");
        Assert.Empty(browser.ScriptErrors);
    }

    [Fact]
    public async Task ApplyingForAllSalesMakesTheSaleNotAppliedOrdersOrderable()
    {
        var seller = await DemoSeller.CreateAsync(fixture.System);
        var product = await seller.AddProductAsync(apply: false);
        var ids = await seller.AddOrdersAsync(1, product.Code);
        await seller.CollectAsync();
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await browser.LoginAsync(seller.LoginId, seller.Password);
        var row = browser.OrderRow("orders", ids[0]);
        await Expect(row).ToContainTextAsync("판매 신청 미 등록 오류");
        var applyAll = page.GetByRole(AriaRole.Button, new() { Name = "전체 판매신청" });

        await applyAll.ClickAsync();

        await Expect(page.Locator("#place-results")).ToContainTextAsync(product.Code);
        await Expect(row).ToContainTextAsync("발주 가능");
        await Expect(applyAll).ToBeHiddenAsync();
        Assert.Empty(browser.ScriptErrors);
    }

    [Fact]
    public async Task PlacingShowsTheCostTheResultPerOrderAndTheBalanceChanging()
    {
        var seller = await DemoSeller.CreateAsync(fixture.System);
        var product = await seller.AddProductAsync();
        var ids = await seller.AddOrdersAsync(2, product.Code);
        await seller.CollectAsync();
        await seller.TopUpAsync(100_000);
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await browser.LoginAsync(seller.LoginId, seller.Password);
        await Expect(page.Locator("#balance")).ToHaveTextAsync("보유 포인트 100,000 P");
        string? question = null;
        page.Dialog += async (_, dialog) =>
        {
            question = dialog.Message;
            await dialog.AcceptAsync();
        };

        await page.GetByLabel("발주 가능 주문 모두 선택").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "발주하기" }).ClickAsync();

        await Expect(page.Locator("#place-results")).ToContainTextAsync("2건 발주, 0건 실패");
        Assert.Contains("27,000 P", question, StringComparison.Ordinal);
        foreach (var id in ids)
        {
            await Expect(page.Locator($"#place-results li[data-order-id='{id}']")).ToContainTextAsync("온채널 주문번호 ON");
            await Expect(browser.OrderRow("orders", id)).ToHaveCountAsync(0);
        }

        await Expect(page.Locator("#balance")).ToHaveTextAsync("보유 포인트 73,000 P");
        await browser.GoAsync("포인트");
        await Expect(page.Locator("#points-balance")).ToHaveTextAsync("73,000 P");
        await Expect(page.Locator("#ledger")).ToContainTextAsync("발주 결제");
        await browser.ScreenshotAsync("seller-points-1280");
        await browser.GoAsync("스마트스토어 발주확인");
        await Expect(page.Locator("[data-count=Ordered]")).ToHaveTextAsync("2");
        Assert.Empty(browser.ScriptErrors);
    }
}

using Tests.Shared;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Browser.Tests;

/// <summary>자동 주문 수집/발주 설정 (saved values, the unsaved warning) and the phone width.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SettingsAndLayoutTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SettingsAreSavedShownAsSavedAndLeavingWithUnsavedChangesAsksFirst()
    {
        var seller = await DemoSeller.CreateAsync(fixture.System);
        await using var browser = await fixture.OpenAsync();
        var page = browser.Page;
        await browser.LoginAsync(seller.LoginId, seller.Password);
        await browser.GoAsync("자동 주문 수집/발주 설정");
        var collect = page.GetByRole(AriaRole.Group, new() { Name = "자동 주문 수집" });
        var order = page.GetByRole(AriaRole.Group, new() { Name = "자동 발주" });
        await Expect(order.GetByRole(AriaRole.Button, new() { Name = "ON" })).ToBeDisabledAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        await collect.GetByRole(AriaRole.Button, new() { Name = "ON" }).ClickAsync();
        await order.GetByRole(AriaRole.Button, new() { Name = "ON" }).ClickAsync();
        await Expect(page.Locator("#unsaved")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("seller-settings-unsaved-1280");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "포인트" }).ClickAsync();

        await Wait.UntilAsync(() => Task.FromResult(dialogs.Count > 0), TimeSpan.FromSeconds(10), "the unsaved-changes question when leaving the page");
        Assert.Single(dialogs);
        Assert.Contains("저장하지 않은", dialogs[0], StringComparison.Ordinal);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "자동 주문 수집/발주 설정", Level = 1 })).ToBeVisibleAsync();
        await Expect(order.GetByRole(AriaRole.Button, new() { Name = "ON" })).ToHaveAttributeAsync("aria-pressed", "true");

        await page.GetByRole(AriaRole.Button, new() { Name = "저장", Exact = true }).ClickAsync();
        await Expect(page.Locator("#settings-result")).ToContainTextAsync("설정을 저장했어요");
        await Expect(page.Locator("[data-saved=autoOrder]")).ToHaveTextAsync("현재 저장된 설정: ON");
        await Expect(page.Locator("#unsaved")).ToBeHiddenAsync();
        Assert.True((await seller.Grain.GetSettingsAsync()).AutoOrder);

        // Auto ordering goes off with auto collection.
        await collect.GetByRole(AriaRole.Button, new() { Name = "OFF" }).ClickAsync();
        await Expect(order.GetByRole(AriaRole.Button, new() { Name = "OFF" })).ToHaveAttributeAsync("aria-pressed", "true");
        await page.GetByRole(AriaRole.Button, new() { Name = "저장", Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-saved=autoCollect]")).ToHaveTextAsync("현재 저장된 설정: OFF");
        await page.ReloadAsync();
        await Expect(order.GetByRole(AriaRole.Button, new() { Name = "OFF" })).ToHaveAttributeAsync("aria-pressed", "true");
        await browser.GoAsync("포인트");
        Assert.Single(dialogs);
        Assert.Empty(browser.ScriptErrors);
    }

    [Fact]
    public async Task BeforeASmartStoreAccountIsRegisteredTheSwitchesCannotBeTurnedOn()
    {
        var seller = await DemoSeller.CreateAsync(fixture.System, register: false);
        await using var browser = await fixture.OpenAsync();
        await browser.LoginAsync(seller.LoginId, seller.Password);
        await browser.GoAsync("자동 주문 수집/발주 설정");

        await Expect(browser.Page.Locator("#not-registered")).ToContainTextAsync("스마트스토어 계정을 먼저 등록해 주세요");
        await Expect(browser.Page.GetByRole(AriaRole.Group, new() { Name = "자동 주문 수집" }).GetByRole(AriaRole.Button, new() { Name = "ON" })).ToBeDisabledAsync();
        await browser.Page.Locator("#not-registered a").ClickAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "스마트스토어 계정 등록", Level = 1 })).ToBeVisibleAsync();
        Assert.Empty(browser.ScriptErrors);
    }

    [Fact]
    public async Task AtPhoneWidthEveryPageFitsTheScreenAndTheMenuAndButtonsAreReachable()
    {
        var seller = await DemoSeller.CreateAsync(fixture.System);
        var product = await seller.AddProductAsync();
        await seller.AddOrdersAsync(1, product.Code);
        await seller.AddOrdersAsync(1, product.Code, "색상: 초록");
        await seller.CollectAsync();
        await using var browser = await fixture.OpenAsync(390, 844);
        var page = browser.Page;
        await browser.LoginAsync(seller.LoginId, seller.Password);

        foreach (var (name, file) in new[]
        {
            ("스마트스토어 주문수집", "seller-collect-390"), ("스마트스토어 발주확인", "seller-confirm-390"),
            ("자동 주문 수집/발주 설정", "seller-settings-390"), ("포인트", "seller-points-390"), ("개별 주문", "seller-manual-390"),
            ("동기화 상태", "seller-sync-390"), ("스마트스토어 계정 등록", "seller-account-390"),
        })
        {
            await browser.GoAsync(name);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"{name} is {width} px wide at a 390 px screen");
            var sideways = await page.EvaluateAsync<int>("[...document.querySelectorAll('.table-wrap')].filter(t => t.scrollWidth > t.clientWidth + 1).length");
            Assert.True(sideways == 0, $"{name}: {sideways} tables scroll sideways at a 390 px screen");
            await browser.ScreenshotAsync(file);
        }

        await browser.GoAsync("스마트스토어 주문수집");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "주문 가져오기" })).ToBeInViewportAsync();

        // Each order is a card whose lines carry their column's name.
        var card = page.Locator("#orders tbody tr").First;
        await Expect(card.Locator("td[data-label='상품코드']")).ToHaveTextAsync(product.Code);
        await Expect(card.Locator("td[data-label='주문상태']")).ToBeVisibleAsync();
        await Expect(page.Locator("#orders thead th").Nth(1)).ToBeHiddenAsync();

        // Keyboard: the page's content gets the focus after a menu link, Tab reaches the first button and Enter presses it.
        await Expect(page.Locator("#main")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(":focus")).ToHaveTextAsync("주문 가져오기");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#collect-summary [data-key=alreadyKnown] dd")).ToHaveTextAsync("2");
        Assert.Empty(browser.ScriptErrors);
    }
}

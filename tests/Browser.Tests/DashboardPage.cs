using Microsoft.Playwright;

namespace Browser.Tests;

/// <summary>
/// One test's browser context and page, with what every test does: log in through the form, go to a menu page, take a
/// screenshot; it records uncaught script errors and console errors, so a test can assert the page ran cleanly.
/// </summary>
public sealed class DashboardPage : IAsyncDisposable
{
    private readonly List<string> _scriptErrors = [];
    private readonly List<string> _consoleErrors = [];

    public DashboardPage(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.PageError += (_, error) => _scriptErrors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Uncaught exceptions of the page's scripts.</summary>
    public IReadOnlyList<string> ScriptErrors => _scriptErrors;

    /// <summary>Console errors (failed requests included).</summary>
    public IReadOnlyList<string> ConsoleErrors => _consoleErrors;

    /// <summary>Opens <c>/</c> and logs in with the form; waits for the role's first page.</summary>
    public async Task LoginAsync(string loginId, string password)
    {
        await Page.GotoAsync("/");
        await Page.GetByLabel("아이디").FillAsync(loginId);
        await Page.GetByLabel("비밀번호").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" })).ToBeVisibleAsync();
    }

    /// <summary>Clicks the menu link <paramref name="name"/> and waits for the page's heading.</summary>
    public async Task GoAsync(string name, string? heading = null)
    {
        await Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = heading ?? name, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Waits until the hub connection is up (the header's badge).</summary>
    public Task LiveAsync() => Assertions.Expect(Page.Locator("body[data-live='on']")).ToHaveCountAsync(1);

    /// <summary>A full-page screenshot in <see cref="BrowserFixture.ScreenshotFolder"/>.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>The table row of an order (<c>data-order-id</c>) inside <paramref name="table"/>.</summary>
    public ILocator OrderRow(string table, string productOrderId) => Page.Locator($"#{table} tr[data-order-id='{productOrderId}']");

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        await Context.DisposeAsync();
    }
}

using Gateway.Tests;
using Microsoft.Playwright;

namespace Browser.Tests;

/// <summary>
/// The gateway tests' system (simulator, fresh database, one silo, a real gateway on Kestrel) and one headless
/// Chromium for the whole collection; each test opens its own context (cookies and sessionStorage of its own).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium binary (the /usr/bin/chromium wrapper prints a warning here).</summary>
    public const string ChromiumPath = "/usr/lib/chromium/chromium";

    private IPlaywright? _playwright;

    public GatewayFixture System { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the screenshots go: <c>tests/Browser.Tests/bin/screenshots/</c>.</summary>
    public static string ScreenshotFolder { get; } =
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "screenshots"));

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing at {ChromiumPath}: apt-get install -y chromium fonts-nanum (.ci/run does it)");
        Directory.CreateDirectory(ScreenshotFolder);
        Assertions.SetDefaultExpectTimeout(15_000);
        var system = System.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        await system;
    }

    /// <summary>A fresh browser context at <paramref name="width"/> px and its page, at the gateway's address.</summary>
    public async Task<DashboardPage> OpenAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = System.Gateway.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "ko-KR",
            TimezoneId = "Asia/Seoul",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new DashboardPage(context, page);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await System.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "dashboard in Chromium";
}

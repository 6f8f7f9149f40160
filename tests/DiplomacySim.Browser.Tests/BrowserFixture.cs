namespace DiplomacySim.Browser.Tests;

/// <summary>
/// One server and one headless Chromium for every browser test: Debian's Chromium at
/// /usr/bin/chromium (tests/run.sh installs it), never a browser that Playwright downloads.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly List<IBrowserContext> contexts = [];
    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserServer Server { get; } = new();

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing. Install Debian's Chromium (apt-get install chromium); tests/run.sh does so when run as root.");
        await ((IAsyncLifetime)Server).InitializeAsync();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // No sandbox as root; and no calls home, which this machine's closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser context (its own session storage, as a separate user's browser has), signed in on the given page.</summary>
    public async Task<IPage> SignInAsync(string userName, string path = $"/games/{Ui.Game}/relations", int width = 1366, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        lock (contexts)
            contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(DiplomacySimServer.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync(userName);
        return page;
    }

    /// <summary>Closes every context a test opened, so that no page of one test lives on into the next.</summary>
    public async Task CloseContextsAsync()
    {
        IBrowserContext[] open;
        lock (contexts)
        {
            open = [.. contexts];
            contexts.Clear();
        }
        foreach (var context in open)
            await context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        playwright?.Dispose();
        await ((IAsyncLifetime)Server).DisposeAsync();
    }
}

/// <summary>A browser test: its browser contexts close when it ends.</summary>
public abstract class BrowserTest(BrowserFixture browser) : IAsyncLifetime
{
    protected BrowserFixture Browser { get; } = browser;

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => Browser.CloseContextsAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Vigil.Cli.Tests.Support;

namespace Vigil.Web.BrowserTests;

/// <summary>
/// Debian's headless Chromium driven by its chromedriver (no browser is downloaded: both come from
/// apt, which .ci/run installs), with the flags a sandboxed machine without a network needs and a
/// profile of its own that is deleted afterwards.
/// </summary>
public sealed class Browser : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DriverPath = "/usr/bin/chromedriver";

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "vigil-chromium-" + Guid.NewGuid().ToString("N")[..12]);

    public Browser()
    {
        if (!File.Exists(ChromiumPath) || !File.Exists(DriverPath))
            throw new InvalidOperationException(
                $"the browser tests need Debian's chromium and chromium-driver ({ChromiumPath}, {DriverPath}); .ci/run installs them: apt-get install chromium chromium-driver");
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1280,1000", $"--user-data-dir={_profile}");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromMinutes(1));
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
    }

    public ChromeDriver Driver { get; }

    public void Open(string url) => Driver.Navigate().GoToUrl(url);

    public IWebElement Find(string css) => Driver.FindElement(By.CssSelector(css));

    public IReadOnlyList<IWebElement> FindAll(string css) => Driver.FindElements(By.CssSelector(css));

    /// <summary>
    /// Waits for <paramref name="condition"/>, asking again when the page was replaced between finding
    /// an element and reading it (a form posted and the next page loading): a stale element is a page
    /// still on its way, not a failure.
    /// </summary>
    public T Wait<T>(Func<IWebDriver, T> condition)
    {
        var wait = new WebDriverWait(Driver, TimeSpan.FromSeconds(20));
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException));
        return wait.Until(condition);
    }

    /// <summary>Saves what the browser shows as docs/screenshots/NAME.png, which the README shows.</summary>
    public void Screenshot(string name)
    {
        var folder = Path.Combine(Repo.Root, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        Driver.GetScreenshot().SaveAsFile(Path.Combine(folder, name + ".png"));
    }

    /// <summary>Whatever the page's scripts may have done: an alert open, or a global the payloads set.</summary>
    public bool AnyScriptRan()
    {
        try
        {
            Driver.SwitchTo().Alert();
            return true;
        }
        catch (NoAlertPresentException)
        {
        }
        return Driver.ExecuteScript("return window.vigilXss !== undefined") is true;
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try { Directory.Delete(_profile, recursive: true); }
        catch (IOException) { }
    }
}

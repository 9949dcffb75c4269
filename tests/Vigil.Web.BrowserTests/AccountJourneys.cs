using OpenQA.Selenium;

namespace Vigil.Web.BrowserTests;

/// <summary>./vigil serve with accounts, in a real browser: signing in, and hostile article HTML left inert.</summary>
[Collection("browser")]
public sealed class AccountJourneys(AccountsServer server) : IClassFixture<AccountsServer>
{
    private Browser Browser => server.Browser;

    [Fact]
    public void An_anonymous_visitor_is_sent_to_the_login_page()
    {
        Browser.Driver.Manage().Cookies.DeleteAllCookies();
        Browser.Open(server.Url + "/search?q=evacuation");

        Browser.Wait(d => d.Url.Contains("/login", StringComparison.Ordinal));
        Assert.Equal("Sign in", Browser.Find("h1").Text);
        Browser.Screenshot("login");
    }

    [Fact]
    public void An_article_whose_html_carries_script_renders_it_inert()
    {
        server.SignIn("vera");
        Browser.Open(server.Url + "/articles");
        Browser.FindAll("table.articles a").Single(a => a.Text.StartsWith(AccountsServer.HostileTitle, StringComparison.Ordinal)).Click();
        Browser.Wait(d => d.FindElements(By.CssSelector(".article-text p")).Count > 0);

        Assert.False(Browser.AnyScriptRan(), "a payload from the article ran");
        var text = Browser.Find(".article-text").Text;
        Assert.Contains("<script>window.vigilXss=4</script>", text);
        Assert.Contains("<img src=x onerror=\"window.vigilXss=5\">", text);
        // nothing from the article became an element
        Assert.Empty(Browser.FindAll("main img, main svg:not(.chart), main script, main a[href^='javascript']"));
        Browser.Screenshot("hostile-article");
    }
}

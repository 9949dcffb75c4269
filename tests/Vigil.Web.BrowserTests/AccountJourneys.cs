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

    [Fact]
    public void An_analyst_changes_a_commitments_status_and_sees_it_in_the_history()
    {
        server.SignIn("anna");
        Browser.Open(server.Url + "/commitments");
        var card = Browser.FindAll("#status-not-yet-rated article.card")
            .First(c => c.FindElement(By.CssSelector(".commitment-text")).Text.StartsWith("allow Afghans to leave the country", StringComparison.Ordinal));
        var id = card.GetAttribute("id")!;
        Assert.Equal("Taliban", card.FindElement(By.CssSelector(".actor")).Text);

        card.FindElement(By.CssSelector("details.give-verdict summary")).Click();
        card.FindElement(By.CssSelector("select[name=status] option[value=broken]")).Click();
        card.FindElement(By.CssSelector("textarea[name=note]")).SendKeys("Taliban fighters turned Afghans back at the airport gates");
        card.FindElement(By.CssSelector(".verdict-form button[type=submit]")).Click();
        Browser.Wait(d => d.FindElements(By.CssSelector($"#status-broken article[id='{id}']")).Count == 1);

        var moved = Browser.Find($"#status-broken article[id='{id}']");
        var entry = moved.FindElements(By.CssSelector(".verdicts li")).Last();
        Assert.Equal("Broken", entry.FindElement(By.CssSelector("strong")).Text);
        Assert.Equal("anna", entry.FindElement(By.CssSelector(".analyst")).Text);
        Assert.Equal("Taliban fighters turned Afghans back at the airport gates", entry.FindElement(By.CssSelector(".note")).Text);
        Assert.EndsWith("#" + id, Browser.Driver.Url);
        // The whole board in the picture, not the card the address scrolled to.
        Browser.Driver.ExecuteScript("window.scrollTo(0, 0); document.querySelector('.board').scrollLeft = 0;");
        Browser.Screenshot("commitments-board");
    }

    [Fact]
    public async Task A_viewer_is_refused_a_status_change_on_the_board_and_by_the_api()
    {
        server.SignIn("vera");
        Browser.Open(server.Url + "/commitments");
        Browser.Wait(d => d.FindElements(By.CssSelector("article.card")).Count > 0);
        Assert.Empty(Browser.FindAll("form.verdict-form"));
        Assert.Empty(Browser.FindAll("select[name=status]"));
        var id = Browser.FindAll("article.card")[0].GetAttribute("id")!;
        Browser.Screenshot("commitments-viewer");

        // The API: 401 without credentials, 403 with a viewer's token.
        using var client = new HttpClient { BaseAddress = new Uri(server.Url) };
        var path = $"/api/v1/commitments/{Uri.EscapeDataString(id)}/status";
        var body = new StringContent("""{"status": "kept"}""", System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await client.PostAsync(path, body)).StatusCode);
        using var viewer = new HttpClient { BaseAddress = new Uri(server.Url) };
        viewer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", server.ViewerToken);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await viewer.PostAsync(path, body)).StatusCode);
    }

    [Fact]
    public void An_analyst_uploads_files_and_follows_their_ingestion_file_by_file()
    {
        var folder = Directory.CreateTempSubdirectory("vigil-upload-journey-").FullName;
        try
        {
            var report = Path.Combine(folder, "harbour-update.txt");
            File.WriteAllText(report, "Harbour talks resume\n\nDockworkers and the port authority met again on Thursday. " +
                                      "\u201cWe are closer than we were,\u201d union leader Mara Ostrova said after the meeting.");
            var bad = Path.Combine(folder, "briefs.jsonl");
            File.WriteAllText(bad, "{\"id\": \"b1\", \"text\": \"The council met.\"}\n{not json\n");
            server.SignIn("anna");
            Browser.Open(server.Url + "/");
            Browser.Find(".site-nav a[href='/upload']").Click();

            Browser.Wait(d => d.FindElement(By.CssSelector("input[type=file]"))).SendKeys(report + "\n" + bad);
            Browser.Find(".upload-form button[type=submit]").Click();
            Browser.Wait(d => d.Url.Contains("/upload/", StringComparison.Ordinal));
            // The page refreshes itself (no script) until every file is done.
            Browser.Wait(d => d.FindElements(By.CssSelector(".upload-file.state-done")).Count == 2);

            var rows = Browser.FindAll(".upload-file");
            Assert.Equal(["harbour-update.txt", "briefs.jsonl"], rows.Select(r => r.FindElement(By.CssSelector(".file-name")).Text.Split(' ')[0]));
            Assert.Contains("briefs.jsonl:2:", Browser.Find(".upload-errors .error").Text);
            Assert.Contains("Done: 2 new", Browser.Find(".upload-status").Text);
            Browser.Screenshot("upload");

            Browser.Open(server.Url + "/search?q=Ostrova");
            Assert.Contains(Browser.FindAll(".search-results .hit-title"), h => h.Text == "Harbour talks resume");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_viewer_has_no_upload_link_and_is_refused_the_page()
    {
        server.SignIn("vera");
        Browser.Open(server.Url + "/");
        Assert.Empty(Browser.FindAll(".site-nav a[href='/upload']"));
        Browser.Open(server.Url + "/upload");
        Assert.Empty(Browser.FindAll("input[type=file]"));
    }

    [Fact]
    public void An_analyst_watches_an_actor_and_an_upload_naming_it_raises_alerts()
    {
        server.SignIn("anna");
        Browser.Open(server.Url + "/actors");
        var box = Browser.Find("input[name=q]");
        box.SendKeys("Taliban");
        box.Submit();
        Browser.Wait(d => d.FindElements(By.CssSelector("main a[href^='/actors/']")).Count > 0);
        Browser.FindAll("main a[href^='/actors/']").First(a => a.Text == "Taliban").Click();
        Browser.Wait(d => d.FindElement(By.CssSelector("h1")).Text == "Taliban");
        Browser.Find("form.watch-form button").Click();
        Browser.Wait(d => d.FindElement(By.CssSelector("form.watch-form button")).Text.StartsWith("Watching", StringComparison.Ordinal));

        var folder = Directory.CreateTempSubdirectory("vigil-alert-journey-").FullName;
        try
        {
            var report = Path.Combine(folder, "kabul-talks.txt");
            File.WriteAllText(report, "Taliban and Qatar hold talks in Kabul\n\nThe Taliban met Qatari officials in Kabul on Sunday to discuss the airport. " +
                                      "\u201cThe airport will reopen soon,\u201d the Taliban said in a statement.");
            Browser.Open(server.Url + "/upload");
            Browser.Find("input[type=file]").SendKeys(report);
            Browser.Find(".upload-form button[type=submit]").Click();
            Browser.Wait(d => d.FindElements(By.CssSelector(".upload-file.state-done")).Count == 1);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        Browser.Find(".site-nav a[href='/alerts']").Click();
        Browser.Wait(d => d.FindElements(By.CssSelector(".alerts li")).Count > 0);
        Assert.Contains(Browser.FindAll(".alerts li .source"), s => s.Text.StartsWith("Taliban and Qatar hold talks in Kabul", StringComparison.Ordinal));
        Assert.Contains("Taliban", Browser.Find(".watches").Text);
        Browser.Screenshot("alerts");
    }
}

using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;

namespace Vigil.Web.Tests;

/// <summary>Signing in and out with accounts on, over the real server.</summary>
public sealed class AccountsTests(RunningServerWithAccounts server) : IClassFixture<RunningServerWithAccounts>
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("/")]
    [InlineData("/articles")]
    [InlineData("/search?q=Blinken")]
    [InlineData("/actors/user%3Aperson%3Aantony-blinken")]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page_and_back_afterwards(string path)
    {
        using var browser = server.NewBrowser();

        var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Contains("/login", location.AbsolutePath);
        var returnUrl = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query)["ReturnUrl"].ToString();
        Assert.Equal(Uri.UnescapeDataString(path), Uri.UnescapeDataString(returnUrl));
    }

    [Fact]
    public async Task The_login_page_and_the_stylesheet_need_no_account()
    {
        using var browser = server.NewBrowser();

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/static/vigil.css")).StatusCode);
    }

    [Fact]
    public async Task Signing_in_sets_an_http_only_strict_session_and_opens_the_pages()
    {
        using var browser = server.NewBrowser();

        var response = await RunningServerWithAccounts.SignInAsync(browser, "VERA", RunningServerWithAccounts.Password, "/articles");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/articles", response.Headers.Location?.ToString());
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("vigil.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        var page = await Parser.ParseDocumentAsync(await browser.GetStringAsync("/articles"));
        Assert.Equal(5, page.QuerySelectorAll("table.articles tbody tr").Length);
        Assert.Equal("vera viewer", page.QuerySelector(".account .user")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_wrong_password_or_an_unknown_name_is_refused_with_one_message()
    {
        using var browser = server.NewBrowser();

        var wrong = await RunningServerWithAccounts.SignInAsync(browser, "anna", "not the password");
        var unknown = await RunningServerWithAccounts.SignInAsync(browser, "nobody", RunningServerWithAccounts.Password);

        foreach (var response in new[] { wrong, unknown })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var page = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            Assert.Equal("Unknown name or wrong password.", page.QuerySelector(".error")?.TextContent);
            Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("vigil.session=", StringComparison.Ordinal)));
        }
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_without_the_antiforgery_token_is_refused()
    {
        using var browser = server.NewBrowser();
        await browser.GetAsync("/login");

        var response = await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "adam",
            ["password"] = RunningServerWithAccounts.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("vigil.session=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_five_wrong_passwords_even_the_right_one_waits()
    {
        using var browser = server.NewBrowser();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await RunningServerWithAccounts.SignInAsync(browser, "lou", "guess " + i)).StatusCode);

        var response = await RunningServerWithAccounts.SignInAsync(browser, "lou", RunningServerWithAccounts.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single()) > 0);
        Assert.Contains("Too many failed sign-ins", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_return_address_off_the_site_is_ignored()
    {
        using var browser = server.NewBrowser();

        var response = await RunningServerWithAccounts.SignInAsync(browser, "adam", RunningServerWithAccounts.Password, "https://evil.example/");

        Assert.Equal("/", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var browser = server.NewBrowser();
        await RunningServerWithAccounts.SignInAsync(browser, "anna", RunningServerWithAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

        var token = await RunningServerWithAccounts.FormTokenAsync(browser, "/");
        var response = await browser.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task An_api_token_opens_the_pages_to_a_script_and_a_false_one_does_not()
    {
        using var script = server.NewBrowser();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Tokens["vera"]);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/articles")).StatusCode);

        using var forger = server.NewBrowser();
        forger.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "vigil_made-up");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forger.GetAsync("/articles")).StatusCode);
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Vigil.Storage;
using Vigil.Web.Accounts;

namespace Vigil.Web.Tests;

/// <summary>The server with accounts on: a viewer, an analyst and an admin, each with an API token.</summary>
public partial class RunningServerWithAccounts : RunningServer
{
    public const string Password = "correct horse battery";
    /// <summary>A viewer, an analyst, an admin, and a viewer that the throttling test locks out.</summary>
    public static readonly string[] Names = ["vera", "anna", "adam", "lou"];
    private static readonly UserRole[] Roles = [UserRole.Viewer, UserRole.Analyst, UserRole.Admin, UserRole.Viewer];

    public Dictionary<string, string> Tokens { get; } = [];

    protected override bool NoAuth => false;

    protected override async Task PrepareAsync(IArticleStore store)
    {
        await TrackedArticles.StoreAsync(store);
        for (var i = 0; i < Names.Length; i++)
        {
            await store.AddUserAsync(new UserAccount(Names[i], Roles[i], Passwords.Hash(Password), DateTimeOffset.UtcNow));
            var token = ApiTokens.Create();
            await store.AddApiTokenAsync(Names[i], ApiTokens.Hash(token));
            Tokens[Names[i]] = token;
        }
    }

    /// <summary>A client of its own, with a cookie jar and no automatic redirects.</summary>
    public HttpClient NewBrowser() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(Url) };

    /// <summary>The antiforgery token of the form on <paramref name="path"/>, as a browser would send it back.</summary>
    public static async Task<string> FormTokenAsync(HttpClient browser, string path)
    {
        var html = await browser.GetStringAsync(path);
        return FormToken().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"no antiforgery token on {path}");
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string name, string password, string returnUrl = "/")
    {
        var token = await FormTokenAsync(browser, "/login");
        return await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}

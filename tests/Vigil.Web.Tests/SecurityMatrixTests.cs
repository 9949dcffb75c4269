using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Sqlite;
using Vigil.Web.Accounts;

namespace Vigil.Web.Tests;

/// <summary>
/// Every route the app maps, read from its endpoint data source so that a new route is covered the
/// day it is added, against every role: anonymous, viewer, analyst, admin. A route must say who
/// may use it (a policy) or be one of the few pages open to all; each role is let in exactly as
/// the route's policies say; every answer carries the security headers; a form posted without
/// its antiforgery token is refused; passwords are stored hashed.
/// </summary>
public sealed class SecurityMatrixTests(RunningServerWithAccounts server) : IClassFixture<RunningServerWithAccounts>
{
    /// <summary>The routes anyone may use: signing in and out, the status pages, the API's description.</summary>
    private static readonly string[] OpenToAll = ["login", "logout", "status", "status/{code}", "openapi/{documentName}.json"];

    private static readonly (string Name, string? User, int Rank)[] Roles =
        [("anonymous", null, 0), ("viewer", "vera", 1), ("analyst", "anna", 2), ("admin", "adam", 3)];

    private static int RankNeeded(string policy) => policy switch
    {
        Policies.Read => 1,
        Policies.Analyze => 2,
        Policies.Administer => 3,
        _ => throw new InvalidOperationException($"a route asks for the policy '{policy}', which this matrix does not know: add it"),
    };

    private sealed record Route(string Pattern, string Method, int Rank, bool IsPage)
    {
        public string Path => "/" + System.Text.RegularExpressions.Regex.Replace(Pattern, "\\{([^}:?]+)[^}]*\\}", m => m.Groups[1].Value switch { "documentName" => "v1", "code" => "404", _ => "x" });
        public override string ToString() => $"{Method} /{Pattern}";
    }

    private List<Route> Routes()
    {
        var routes = new List<Route>();
        foreach (var endpoint in server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText?.TrimStart('/') ?? "";
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
            var bare = System.Text.RegularExpressions.Regex.Replace(pattern, ":[^}]*\\}", "}");
            if (anonymous)
                Assert.True(OpenToAll.Contains(bare, StringComparer.OrdinalIgnoreCase), $"/{pattern} is open to anyone; if it should be, add it to OpenToAll");
            else
                Assert.True(policies.Count > 0, $"/{pattern} names no policy: every route must say who may use it");
            var rank = anonymous ? 0 : policies.Max(RankNeeded);
            var page = endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null || endpoint.Metadata.Any(m => m.GetType().Name == "CompiledPageActionDescriptor");
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? (page ? ["GET", "POST"] : ["GET"]);
            foreach (var method in methods)
                routes.Add(new Route(pattern, method, rank, page));
        }
        return routes;
    }

    [Fact]
    public void The_matrix_covers_the_pages_and_the_api()
    {
        var routes = Routes().Select(r => r.ToString()).ToList();
        Assert.Contains("GET /api/v1/articles", routes);
        Assert.Contains("POST /api/v1/commitments/{id}/status", routes);
        Assert.Contains(routes, r => r.StartsWith("GET /articles", StringComparison.Ordinal));
        Assert.Contains("POST /login", routes);
        Assert.True(routes.Count >= 20, string.Join("\n", routes));
    }

    [Fact]
    public async Task Every_route_lets_in_exactly_the_roles_its_policy_names_and_answers_with_the_security_headers()
    {
        var problems = new List<string>();
        foreach (var (roleName, user, roleRank) in Roles)
        {
            using var browser = server.NewBrowser();
            using var script = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(server.Url) };
            if (user is not null)
            {
                Assert.Equal(HttpStatusCode.Redirect, (await RunningServerWithAccounts.SignInAsync(browser, user, RunningServerWithAccounts.Password)).StatusCode);
                script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Tokens[user]);
            }
            foreach (var route in Routes().Where(r => r.Pattern is not "logout"))
            {
                // pages as a browser uses them (a session cookie), the API as a script does (a token)
                var client = route.Pattern.StartsWith("api/", StringComparison.Ordinal) ? script : browser;
                using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path);
                if (route.Method != "GET") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                using var response = await client.SendAsync(request);
                var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                              || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString() is { } to
                                  && (to.Contains("login", StringComparison.OrdinalIgnoreCase) || to.Contains("denied", StringComparison.OrdinalIgnoreCase)));
                var shouldRefuse = roleRank < route.Rank;
                if (refused != shouldRefuse)
                    problems.Add($"{roleName} {route}: {(int)response.StatusCode} {response.Headers.Location}, expected {(shouldRefuse ? "refused" : "let in")}");
                if ((int)response.StatusCode >= 500)
                    problems.Add($"{roleName} {route}: {(int)response.StatusCode}");
                if (!HasSecurityHeaders(response, out var missing))
                    problems.Add($"{roleName} {route}: no {missing}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static bool HasSecurityHeaders(HttpResponseMessage response, out string missing)
    {
        string? Header(string name) => response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
        missing = Header("Content-Security-Policy") is { } csp && csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal) && csp.Contains("default-src 'self'", StringComparison.Ordinal) && !csp.Contains("unsafe-inline", StringComparison.Ordinal) ? ""
            : "Content-Security-Policy with default-src 'self' and frame-ancestors 'none'";
        if (missing.Length == 0 && Header("X-Content-Type-Options") != "nosniff") missing = "X-Content-Type-Options: nosniff";
        if (missing.Length == 0 && Header("X-Frame-Options") != "DENY") missing = "X-Frame-Options: DENY";
        if (missing.Length == 0 && Header("Referrer-Policy") != "no-referrer") missing = "Referrer-Policy: no-referrer";
        return missing.Length == 0;
    }

    [Fact]
    public async Task Every_page_form_posted_without_its_antiforgery_token_is_refused()
    {
        using var browser = server.NewBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await RunningServerWithAccounts.SignInAsync(browser, "adam", RunningServerWithAccounts.Password)).StatusCode);
        var posted = 0;
        // the status pages only show the code in their address; they hold no form
        foreach (var route in Routes().Where(r => r.IsPage && r.Method == "POST" && !r.Pattern.StartsWith("status", StringComparison.Ordinal)))
        {
            using var response = await browser.PostAsync(route.Path, new FormUrlEncodedContent(new Dictionary<string, string> { ["note"] = "forged", ["status"] = "Kept", ["name"] = "adam", ["password"] = RunningServerWithAccounts.Password }));
            // 400 is the antiforgery refusal; a page without a POST handler answers 405, which changes nothing either
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.MethodNotAllowed, $"POST {route.Path} without a token: {(int)response.StatusCode}");
            posted++;
        }
        Assert.True(posted >= 2, "no page form was tried");
        // the session is still signed in: nothing the forged posts did signed it out
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Passwords_are_stored_as_salted_hashes_never_as_text()
    {
        var stored = (await server.Store.ListUsersAsync()).ToList();
        Assert.Equal(4, stored.Count);
        Assert.All(stored, u => Assert.DoesNotContain(RunningServerWithAccounts.Password, u.PasswordHash));
        Assert.Equal(stored.Count, stored.Select(u => u.PasswordHash).Distinct().Count());   // salted: the same password hashes differently
        Assert.All(stored, u => Assert.True(Passwords.Verify(u.PasswordHash, RunningServerWithAccounts.Password)));
        Assert.All(stored, u => Assert.False(Passwords.Verify(u.PasswordHash, RunningServerWithAccounts.Password + "!")));

        // sign-ins that fail and succeed leave the password nowhere in the database or its journal
        using var browser = server.NewBrowser();
        await RunningServerWithAccounts.SignInAsync(browser, "anna", "wrong " + RunningServerWithAccounts.Password);
        await RunningServerWithAccounts.SignInAsync(browser, "anna", RunningServerWithAccounts.Password);
        var database = ((SqliteArticleStore)server.Store).DatabasePath;
        foreach (var file in new[] { database, database + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(-1, copy.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes(RunningServerWithAccounts.Password)));
        }
    }
}

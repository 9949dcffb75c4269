using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage;

namespace Vigil.Web.Accounts;

/// <summary>
/// Who is asking, for every request. With accounts: a browser signs in on /login and carries a
/// session cookie; a script sends an API token. Without (<c>--no-auth</c>, the demo): everyone is
/// the local user with every right. Pages send an anonymous visitor to /login; the API answers
/// 401 to an anonymous caller and 403 to a role without the right, never a redirect.
/// </summary>
internal static class AccountsSetup
{
    public const string SelectingScheme = "vigil";
    public const string CookieName = "vigil.session";
    public const string LoginPath = "/login";

    public static void AddVigilAccounts(this IServiceCollection services, VigilWebOptions options)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<LoginThrottle>();
        services.AddAuthorization(authorization =>
        {
            Policies.Add(authorization);
            // Anything that does not say who may see it needs a reader: a new endpoint is closed by default.
            authorization.FallbackPolicy = authorization.GetPolicy(Policies.Read);
        });

        var authentication = services.AddAuthentication(SelectingScheme)
            .AddPolicyScheme(SelectingScheme, "Cookie, token or open access", scheme =>
                scheme.ForwardDefaultSelector = context =>
                    options.NoAuth ? OpenAccessHandler.Scheme
                    : TokenAuthenticationHandler.IsPresent(context.Request) ? TokenAuthenticationHandler.Scheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.Scheme, null)
            .AddScheme<AuthenticationSchemeOptions, OpenAccessHandler>(OpenAccessHandler.Scheme, null);

        authentication.AddCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            // Strict: no other site can make the browser send the session along (CSRF's first line; antiforgery tokens are the second).
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = LoginPath;
            cookie.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = context => ApiAnswers(context, StatusCodes.Status401Unauthorized),
                // A page shows its own 403 page (status code pages) rather than redirecting.
                OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                },
                OnValidatePrincipal = RevalidateAsync,
            };
        });
    }

    /// <summary>Where scripts and feed readers call: answered 401 and 403, never sent to the login page.</summary>
    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.Equals(Alerts.AlertFeed.Path, StringComparison.OrdinalIgnoreCase);

    private static Task ApiAnswers(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request.Path))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Each request checks the account still exists with the role the cookie claims, so that a
    /// removed account or a changed role takes effect at once, not when the cookie expires.
    /// </summary>
    private static async Task RevalidateAsync(CookieValidatePrincipalContext context)
    {
        var name = context.Principal?.Identity?.Name;
        var store = context.HttpContext.RequestServices.GetRequiredService<IArticleStore>();
        var user = name is null ? null : await store.FindUserAsync(name, context.HttpContext.RequestAborted);
        if (user is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        if (!context.Principal!.IsInRole(Policies.RoleName(user.Role)))
        {
            context.ReplacePrincipal(Policies.Principal(user.Name, user.Role, CookieAuthenticationDefaults.AuthenticationScheme));
            context.ShouldRenew = true;
        }
    }
}

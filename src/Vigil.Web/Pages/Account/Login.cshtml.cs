using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Storage;
using Vigil.Web.Accounts;

namespace Vigil.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(IArticleStore store, LoginThrottle throttle, VigilWebOptions options) : PageModel
{
    public string? Error { get; private set; }
    public string Name { get; private set; } = "";
    public string ReturnUrl { get; private set; } = "/";
    public bool NoAccounts { get; private set; }
    public string DatabaseHint => options.Database ?? "DB";

    public async Task<IActionResult> OnGetAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        if (options.NoAuth)
            return LocalRedirect(SafeReturnUrl(returnUrl));
        ReturnUrl = SafeReturnUrl(returnUrl);
        NoAccounts = (await store.ListUsersAsync(cancellationToken)).Count == 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? name, string? returnUrl, CancellationToken cancellationToken)
    {
        // Read from the form, not bound as an argument: at Trace level Razor Pages logs every
        // handler's arguments ("Executing handler method ... with arguments (ana, PASSWORD, /)").
        var password = Request.HasFormContentType && Request.Form.TryGetValue("password", out var typed) ? typed.ToString() : null;
        if (options.NoAuth)
            return LocalRedirect(SafeReturnUrl(returnUrl));
        Name = (name ?? "").Trim();
        ReturnUrl = SafeReturnUrl(returnUrl);
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";

        var wait = throttle.RetryAfter(Name, client);
        if (wait > TimeSpan.Zero)
        {
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Error = $"Too many failed sign-ins. Try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} minutes.";
            return Page();
        }

        var user = Name.Length == 0 ? null : await store.FindUserAsync(Name, cancellationToken);
        // One message for an unknown name and a wrong password: the page does not tell which names exist.
        if (user is null || password is null || !Passwords.Verify(user.PasswordHash, password))
        {
            throttle.RecordFailure(Name, client);
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            Error = "Unknown name or wrong password.";
            NoAccounts = (await store.ListUsersAsync(cancellationToken)).Count == 0;
            return Page();
        }

        throttle.RecordSuccess(Name);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            Policies.Principal(user.Name, user.Role, CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(ReturnUrl);
    }

    /// <summary>Only a path of this site: a crafted link must not send a freshly signed-in user elsewhere.</summary>
    private string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith(AccountsSetup.LoginPath, StringComparison.OrdinalIgnoreCase)
            ? returnUrl
            : "/";
}

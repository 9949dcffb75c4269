using Microsoft.AspNetCore.Http;

namespace Vigil.Web;

/// <summary>
/// Headers that make the browser refuse what a hostile article might smuggle in: no script, style,
/// font or frame from anywhere but this app, no inline script, no MIME sniffing, no URL leaked to
/// the sites an article links to.
/// </summary>
internal static class SecurityHeaders
{
    // The app has no script at all, so none may run, not even one served from here.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static Task AddAsync(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        return next();
    }
}

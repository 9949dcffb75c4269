using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Vigil.Web;

/// <summary>
/// How much one client may send: the size of a request's body and how many requests a minute, on
/// the API and on uploads (the two places a script can loop). Pages that only read are not
/// limited; sign-in has its own throttle (<see cref="Accounts.LoginThrottle"/>).
/// </summary>
public sealed record WebLimits
{
    public const long DefaultMaxApiRequestBytes = 1L * 1024 * 1024;
    public const long DefaultMaxUploadRequestBytes = 100L * 1024 * 1024;
    public const int DefaultApiRequestsPerMinute = 1200;
    public const int DefaultUploadsPerMinute = 10;

    /// <summary>The largest body a request to <c>/api/v1</c> may carry (its only write takes a short JSON object).</summary>
    public long MaxApiRequestBytes { get; init; } = DefaultMaxApiRequestBytes;

    /// <summary>The largest upload, every file of it together.</summary>
    public long MaxUploadRequestBytes { get; init; } = DefaultMaxUploadRequestBytes;

    /// <summary>
    /// Requests to <c>/api/v1</c> a client may make a minute, 0 for no limit. A client is an account
    /// (its session or token), or an address when anonymous. A minute's worth may come at once; after
    /// that they are let in at the steady rate, and the rest answered 429 with Retry-After.
    /// </summary>
    public int ApiRequestsPerMinute { get; init; } = DefaultApiRequestsPerMinute;

    /// <summary>Uploads (posts to <c>/upload</c>) a client may make a minute, 0 for no limit.</summary>
    public int UploadsPerMinute { get; init; } = DefaultUploadsPerMinute;
}

/// <summary>Applies <see cref="WebLimits"/>: the body size on each request, the rates through ASP.NET Core's rate limiter.</summary>
internal static class RequestLimits
{
    private const string Api = "/api/v1";
    private const string Upload = "/upload";

    public static void AddVigilRequestLimits(this IServiceCollection services, WebLimits limits)
    {
        // A form posted to /upload is read with these limits; the body limit itself is set per request below.
        services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = limits.MaxUploadRequestBytes;
            form.ValueCountLimit = 64;
        });
        services.AddRateLimiter(rates =>
        {
            rates.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            rates.OnRejected = (rejected, _) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after))
                    rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            rates.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var (kind, perMinute) = Kind(context.Request) switch
                {
                    Limited.Api => ("api", limits.ApiRequestsPerMinute),
                    Limited.Upload when HttpMethods.IsPost(context.Request.Method) => ("upload", limits.UploadsPerMinute),
                    _ => ("", 0),
                };
                if (perMinute <= 0)
                    return RateLimitPartition.GetNoLimiter("");
                return RateLimitPartition.GetTokenBucketLimiter($"{kind} {Client(context)}", _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perMinute,
                    // refilled every second (or as often as one token comes) rather than once a minute, so a client that spent its minute is let in again at the steady rate
                    ReplenishmentPeriod = perMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(Math.Ceiling(60.0 / perMinute)),
                    TokensPerPeriod = perMinute >= 60 ? (int)Math.Round(perMinute / 60.0) : 1,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
    }

    /// <summary>
    /// Sets the body limit of API and upload requests before anything reads them, and answers 413
    /// at once to a request that declares a longer body. A chunked body that runs past the limit
    /// makes the server's read fail; that also becomes a 413, not an error page.
    /// </summary>
    public static async Task LimitBodyAsync(HttpContext context, Func<Task> next)
    {
        var limits = context.RequestServices.GetRequiredService<VigilWebOptions>().Limits;
        long? limit = Kind(context.Request) switch
        {
            Limited.Api => limits.MaxApiRequestBytes,
            Limited.Upload => limits.MaxUploadRequestBytes,
            _ => null,
        };
        if (limit is null)
        {
            await next();
            return;
        }
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;
        try
        {
            await next();
        }
        // MVC wraps the server's exception when it reads a form, so look through what it was caused by.
        catch (Exception e) when (TooLarge(e) && !context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
    }

    private static bool TooLarge(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
                return true;
        return false;
    }

    private enum Limited { None, Api, Upload }

    private static Limited Kind(HttpRequest request) =>
        request.Path.StartsWithSegments(Api, StringComparison.OrdinalIgnoreCase) ? Limited.Api :
        request.Path.StartsWithSegments(Upload, StringComparison.OrdinalIgnoreCase) ? Limited.Upload :
        Limited.None;

    /// <summary>The account when signed in (session or token), else the address: one budget per client.</summary>
    private static string Client(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { } name } ? "account " + name : "address " + context.Connection.RemoteIpAddress;
}

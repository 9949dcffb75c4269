using System.Net;
using System.Net.Sockets;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.WebEncoders;
using Vigil.Storage;
using Vigil.Web.Accounts;
using Vigil.Web.Api;
using Vigil.Web.Rendering;

namespace Vigil.Web;

/// <summary>
/// The web app: Razor Pages over an <see cref="IArticleStore"/>, listening on 127.0.0.1 only.
/// The command line builds it for <c>serve</c> and <c>demo</c>; tests build it on port 0.
/// </summary>
public static class VigilWebApp
{
    /// <summary>Configures the app without starting it; later issues add their endpoints to what this returns.</summary>
    /// <exception cref="StorageException">The database in <see cref="VigilWebOptions.Database"/> cannot be opened.</exception>
    public static WebApplication Build(VigilWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Limits.MaxApiRequestBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Limits.MaxUploadRequestBytes);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Limits.ApiRequestsPerMinute);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Limits.UploadsPerMinute);
        if (options.Store is null && string.IsNullOrWhiteSpace(options.Database))
            throw new ArgumentException("Give the web app a store or a database to open.", nameof(options));

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(VigilWebApp).Assembly.GetName().Name,
            // Not the current folder: a stray appsettings.json where the user happens to stand must not reconfigure the app.
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });

        // Explicit, so that ASPNETCORE_URLS or HTTP_PORTS in the environment cannot open it to the network.
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");

        // The command line prints the URL itself and owns standard output; the server only reports trouble, on standard error.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.SetMinimumLevel(options.LogLevel);
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(level => level >= options.LogLevel);
        // A host that fails to start throws to its caller, which reports it in one line; its own log would add a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);

        var store = options.Store ?? ArticleStores.Open(options.Database!);
        if (options.Store is null)
            builder.Services.AddSingleton<IArticleStore>(_ => store); // created by a factory, so disposed with the app
        else
            builder.Services.AddSingleton(store); // registered as an instance, so left to its owner

        builder.Services.AddSingleton(options);
        // Razor's default encoder escapes every non-ASCII letter as &#x..; this one escapes only what HTML needs.
        builder.Services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddSingleton<ArticleMarkup>();
        builder.Services.AddSingleton<Uploads.UploadJobs>();
        builder.Services.AddVigilAccounts(options);
        builder.Services.AddVigilRequestLimits(options.Limits);
        builder.Services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Vigil API";
            document.Info.Description = "Articles, actors, quotes, commitments, events and search of a Vigil database. " +
                                        "Send a token from 'vigil users token NAME' as 'Authorization: Bearer TOKEN'.";
            return Task.CompletedTask;
        }));
        builder.Services.AddRazorPages(pages =>
            {
                // Every page needs a reader unless it says otherwise: a new page is closed by default.
                pages.Conventions.AuthorizeFolder("/", Policies.Read);
                pages.Conventions.AllowAnonymousToPage("/Status");
                // Uploading writes: analysts and admins only, for every upload page.
                pages.Conventions.AuthorizeFolder("/Upload", Policies.Analyze);
                // Watch lists and their alerts are analysts' too.
                pages.Conventions.AuthorizeFolder("/Alerts", Policies.Analyze);
            })
            .ConfigureApplicationPartManager(parts =>
            {
                // Only this library's pages: the host program (the CLI, a test runner) has none to add.
                parts.ApplicationParts.Clear();
                var assembly = typeof(VigilWebApp).Assembly;
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                    parts.ApplicationParts.Add(part);
            });

        var app = builder.Build();
        app.Use(SecurityHeaders.AddAsync);
        app.UseExceptionHandler("/status/500");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.Use(RequestLimits.LimitBodyAsync);
        app.UseStaticFiles(new StaticFileOptions
        {
            // Embedded, because a Razor library's static web assets exist only where a manifest was published with the app.
            FileProvider = new EmbeddedFileProvider(typeof(VigilWebApp).Assembly, "Vigil.Web.Static"),
            RequestPath = "/static",
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseRouting();
        app.UseAuthentication();
        // after authentication, so that a signed-in client is counted by its account wherever it connects from
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapVigilApi();
        Alerts.AlertFeed.MapAlertFeed(app);
        // The API's description is no secret: a script may read it before it has a token.
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }

    /// <summary>Builds and starts the app; the caller prints <see cref="ListeningUrl"/> and waits for shutdown.</summary>
    /// <exception cref="IOException">The port is taken.</exception>
    public static async Task<WebApplication> StartAsync(VigilWebOptions options, CancellationToken cancellationToken = default)
    {
        var app = Build(options);
        try
        {
            await app.StartAsync(cancellationToken);
            return app;
        }
        catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } or Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            await app.DisposeAsync();
            throw new IOException($"port {options.Port} on 127.0.0.1 is already in use; choose another with --port", e);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Serves until <paramref name="cancellationToken"/> is cancelled (the command line's Ctrl-C) or
    /// the process is asked to stop, then shuts down, letting requests in flight finish.
    /// </summary>
    /// <param name="onListening">Called with the URL once the server accepts connections.</param>
    public static async Task RunAsync(VigilWebOptions options, Action<string> onListening, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(onListening);
        await using var app = await StartAsync(options, cancellationToken);
        onListening(app.ListeningUrl());
        // Stops the server itself once the token fires or the host is told to stop (SIGTERM).
        await app.WaitForShutdownAsync(cancellationToken);
    }

    /// <summary>The address the started app listens on, with the real port when it was started on port 0.</summary>
    public static string ListeningUrl(this WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("The web app is not listening yet; start it first.");
        return address.TrimEnd('/');
    }
}

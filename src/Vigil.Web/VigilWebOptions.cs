using Vigil.Storage;

namespace Vigil.Web;

/// <summary>How to run the web app: over which store, on which port, with which access rules.</summary>
public sealed record VigilWebOptions
{
    public const int DefaultPort = 5080;

    /// <summary>A store the caller opened and keeps ownership of; takes precedence over <see cref="Database"/>.</summary>
    public IArticleStore? Store { get; init; }

    /// <summary>The <c>--db</c> value, opened with <see cref="ArticleStores.Open"/> and closed with the app.</summary>
    public string? Database { get; init; }

    /// <summary>The port on 127.0.0.1; 0 lets the system choose a free one (read it back with <see cref="VigilWebApp.ListeningUrl"/>).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>
    /// Lets anyone who can reach the port (127.0.0.1: anyone on this machine) read and write
    /// without signing in, with every right (<c>--no-auth</c>, the demo). Otherwise pages need a
    /// signed-in account and the API an account's session or token.
    /// </summary>
    public bool NoAuth { get; init; }

    /// <summary>
    /// How many matches a search counts before it says "10,000+" and how many it ranks by relevance
    /// before it lists the most recently stored first (<see cref="SearchQuery"/>): what keeps a search
    /// over a million articles fast.
    /// </summary>
    public int SearchCountLimit { get; init; } = SearchQuery.DefaultCountLimit;

    /// <inheritdoc cref="SearchCountLimit"/>
    public int SearchRankLimit { get; init; } = SearchQuery.DefaultRankLimit;

    /// <summary>Ingests uploaded files as <c>vigil ingest</c> does; the command line gives its own. Null: the upload page says it is not available.</summary>
    public Uploads.IArticleIngester? Ingester { get; init; }

    /// <summary>
    /// The least severe server log written to standard error: warnings by default; Trace or Debug to
    /// see every request (<c>serve --log-level</c>). No level logs a password or a token.
    /// </summary>
    public Microsoft.Extensions.Logging.LogLevel LogLevel { get; init; } = Microsoft.Extensions.Logging.LogLevel.Warning;

    /// <summary>Request body sizes and rates on the API and uploads.</summary>
    public WebLimits Limits { get; init; } = new();
}

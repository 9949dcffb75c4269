namespace Vigil.Reading;

public sealed record ReadOptions
{
    public const long DefaultMaxArticleBytes = 20L * 1024 * 1024;
    public const long DefaultMaxFileBytes = 200L * 1024 * 1024;

    /// <summary>The largest single article (a file, or one JSONL line) accepted, in bytes.</summary>
    public long MaxArticleBytes { get; init; } = DefaultMaxArticleBytes;

    /// <summary>The largest file accepted after decompression, in bytes.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>The publication date to assume for articles whose input gives none.</summary>
    public DateOnly? DefaultPublished { get; init; }

    /// <summary>How long fetching one URL may take, answer and body included.</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether URLs may be fetched from loopback, private, link-local and other non-public addresses.
    /// Off by default, so that a list of feeds cannot make Vigil reach into its own machine or network.
    /// </summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>
    /// Non-public addresses fetched from even when <see cref="AllowPrivateAddresses"/> is off. Tests
    /// name their loopback server here, so that it can stand for a public server whose redirects
    /// to other non-public addresses must still be refused.
    /// </summary>
    internal IReadOnlySet<System.Net.IPAddress> TrustedAddresses { get; init; } = new HashSet<System.Net.IPAddress>();

    /// <summary>Where the ETag and Last-Modified of fetched URLs are kept between runs, for conditional requests; null to fetch everything whole.</summary>
    public Web.FetchState? FetchState { get; init; }

    /// <summary>
    /// HTML files come out as <see cref="PageToExtract"/>, to be extracted by the caller, rather than
    /// extracted on the reading thread. For callers that need nothing of the article on that thread.
    /// </summary>
    public bool DeferPageExtraction { get; init; }

    /// <summary>Counts the bytes taken from files, for a progress bar; null to count nothing.</summary>
    public ReadProgress? Progress { get; init; }

    /// <summary>Where <c>-</c> reads from; the process's standard input unless a test says otherwise.</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;
}

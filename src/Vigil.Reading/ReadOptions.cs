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

    /// <summary>Counts the bytes taken from files, for a progress bar; null to count nothing.</summary>
    public ReadProgress? Progress { get; init; }

    /// <summary>Where <c>-</c> reads from; the process's standard input unless a test says otherwise.</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;
}

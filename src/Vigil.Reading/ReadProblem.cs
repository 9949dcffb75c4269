namespace Vigil.Reading;

/// <summary>
/// Raised inside the reader when an input cannot become an article; the reader turns it into a
/// <see cref="ReadFailure"/> at the file or line it belongs to, so it never reaches the user as a stack trace.
/// </summary>
internal sealed class ReadProblemException(string reason) : Exception(reason);

/// <summary>The reasons shown to users, worded once so that every path says the same thing.</summary>
internal static class ReadReasons
{
    public const string NoSuchPath = "no such file or folder";
    public const string Binary = "binary file, not text";
    public const string EmptyFile = "empty file";
    public const string EmptyArticle = "empty article";
    public const string CorruptGzip = "truncated or corrupt gzip data";

    public static string ArticleTooLarge(long limit) =>
        $"article is larger than the {Size(limit)} limit (--max-article-size)";

    public static string FileTooLarge(long limit, bool compressed) =>
        compressed
            ? $"file is larger than the {Size(limit)} limit after decompression (--max-file-size)"
            : $"file is larger than the {Size(limit)} limit (--max-file-size)";

    public static string NotDecodable(string encoding, long byteOffset) =>
        $"not valid {encoding} at byte {byteOffset}";

    /// <summary>Sizes as a person writes them: "20 MB", "512 KB", "1000 bytes".</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        >= 1024 when bytes % 1024 == 0 => $"{bytes / 1024} KB",
        _ => $"{bytes} bytes",
    };
}

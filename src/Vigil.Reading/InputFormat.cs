namespace Vigil.Reading;

/// <summary>How the bytes of an input are turned into articles.</summary>
internal enum InputFormat
{
    PlainText,
    Html,
    JsonLines,
    /// <summary>An RSS or Atom feed: one article per item.</summary>
    Feed,
    /// <summary>A WARC file of crawled pages: one article per HTML response.</summary>
    Warc,
    /// <summary>Decided from the first bytes: standard input, or a <c>.gz</c> whose inner ending says nothing.</summary>
    Sniffed,
}

/// <summary>A file's format and compression as its name tells them (<c>a.jsonl.gz</c>: JSON lines, gzipped).</summary>
internal readonly record struct InputKind(InputFormat Format, bool Gzipped)
{
    /// <summary>The kind a file name announces, or null for an ending Vigil does not read.</summary>
    public static InputKind? FromFileName(string fileName)
    {
        var gzipped = fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        var inner = gzipped ? fileName[..^3] : fileName;
        var format = Path.GetExtension(inner).ToLowerInvariant() switch
        {
            ".txt" => InputFormat.PlainText,
            ".html" or ".htm" => InputFormat.Html,
            ".jsonl" => InputFormat.JsonLines,
            ".rss" or ".atom" => InputFormat.Feed,
            ".warc" => InputFormat.Warc,
            _ => (InputFormat?)null,
        };
        return format is { } known ? new InputKind(known, gzipped) : null;
    }

    /// <summary>
    /// The kind of a file the user named: an ending Vigil does not know is read as plain text (the
    /// user asked for this file), except a bare <c>.gz</c>, whose content decides.
    /// </summary>
    public static InputKind ForNamedFile(string fileName) =>
        FromFileName(fileName) ?? (fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new InputKind(InputFormat.Sniffed, Gzipped: true)
            // .xml is read only when named: a folder of XML files is more likely sitemaps and configuration than feeds.
            : Path.GetExtension(fileName).Equals(".xml", StringComparison.OrdinalIgnoreCase)
                ? new InputKind(InputFormat.Feed, Gzipped: false)
                : new InputKind(InputFormat.PlainText, Gzipped: false));
}

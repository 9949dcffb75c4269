namespace Vigil.Web.Uploads;

/// <summary>
/// What one file of an upload may be. The whole request's size is <see cref="WebLimits.MaxUploadRequestBytes"/>;
/// the reader's own limits (an article's and a file's size after decompression) still apply.
/// </summary>
public static class UploadLimits
{
    public const long MaxFileBytes = 50L * 1024 * 1024;
    public const int MaxFiles = 20;

    /// <summary>The endings the reader knows (<c>.gz</c> also on its own, whose content decides).</summary>
    public static readonly string[] Extensions = [".txt", ".html", ".htm", ".jsonl"];

    public static string Accept => string.Join(",", Extensions.Concat([".gz"]));

    /// <summary>A size as the page states it: whole MB, else whole KB.</summary>
    public static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{Math.Max(1, bytes / 1024)} KB";

    /// <summary>Null when the name is one Vigil reads, else why not.</summary>
    public static string? Refuse(string name, long length)
    {
        var inner = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        var known = Extensions.Any(e => inner.EndsWith(e, StringComparison.OrdinalIgnoreCase)) || inner.Length < name.Length;
        if (!known)
            return $"not a file Vigil reads: use {string.Join(", ", Extensions)}, or any of them gzipped (.gz)";
        if (length > MaxFileBytes)
            return $"larger than {MaxFileBytes / (1024 * 1024)} MB";
        if (length == 0)
            return "empty";
        return null;
    }
}

namespace Vigil.Reading;

/// <summary>
/// How far the reader has got through its files: the bytes taken from them (as stored on disk,
/// compressed or not) against their total, for a progress bar's percentage and time left. Shared
/// with the reading thread, so every member is safe to read from another thread.
/// </summary>
public sealed class ReadProgress
{
    private long _bytesRead;

    /// <param name="totalBytes">The size of every file to read, or null when it cannot be known beforehand (standard input, a URL).</param>
    public ReadProgress(long? totalBytes) => TotalBytes = totalBytes;

    public long? TotalBytes { get; }

    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>The share read, from 0 to 1; null when the total is unknown.</summary>
    public double? Fraction => TotalBytes is > 0 and var total ? Math.Min(1.0, (double)BytesRead / total) : TotalBytes == 0 ? 1.0 : null;

    internal void Add(long bytes) => Interlocked.Add(ref _bytesRead, bytes);

    /// <summary>
    /// The total size of the files the reader would read for <paramref name="paths"/>: files as given,
    /// folders recursively (only the endings the reader reads); null when a path is standard input or
    /// not a local file. Symbolic links inside folders are not followed here, so the total can fall
    /// short of a walk that follows them: it only feeds an estimate.
    /// </summary>
    public static ReadProgress Measure(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (File.Exists(path))
                total += SizeOf(path);
            else if (Directory.Exists(path))
            {
                var walk = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
                foreach (var file in Directory.EnumerateFiles(path, "*", walk))
                    if (InputKind.FromFileName(Path.GetFileName(file)) is not null)
                        total += SizeOf(file);
            }
            else if (path == ArticleReader.StandardInput || path.Contains("://", StringComparison.Ordinal))
                return new ReadProgress(null);
        }
        return new ReadProgress(total);
    }

    private static long SizeOf(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0; // the reader reports it when it gets there
        }
    }
}

/// <summary>Adds what passes through to a <see cref="ReadProgress"/>.</summary>
internal sealed class CountingStream(Stream inner, ReadProgress progress) : ReadOnlyStream(inner)
{
    public override int Read(Span<byte> buffer)
    {
        var n = Inner.Read(buffer);
        progress.Add(n);
        return n;
    }
}

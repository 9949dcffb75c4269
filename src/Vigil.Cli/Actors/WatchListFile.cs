using System.Text;
using Vigil.Documents;
using Vigil.Extraction.Actors;

namespace Vigil.Cli.Actors;

/// <summary>A watch-list file that cannot be used; the message is the reason, the path is said apart.</summary>
public sealed class WatchListFileException(string path, string reason) : Exception(reason)
{
    public string Path { get; } = path;
}

/// <summary>Reads a watch-list CSV from disk for the registry (the stages themselves never touch files).</summary>
public static class WatchListFile
{
    /// <summary>A list of more than this many bytes is not a watch list; refusing it spares reading a wrong file whole.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <exception cref="WatchListFileException">The file is missing, unreadable, binary or not a watch list; the reason names the line.</exception>
    public static IReadOnlyList<Actor> Load(string path)
    {
        try
        {
            if (Directory.Exists(path)) throw new WatchListFileException(path, "is a folder, not a CSV file");
            var info = new FileInfo(path);
            if (!info.Exists) throw new WatchListFileException(path, "no such file");
            if (info.Length > MaxBytes) throw new WatchListFileException(path, $"is larger than {MaxBytes / (1024 * 1024)}MB: not a watch list");
            using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            return WatchList.Parse(reader);
        }
        catch (WatchListFormatException e)
        {
            throw new WatchListFileException(path, e.Message);
        }
        catch (DecoderFallbackException)
        {
            throw new WatchListFileException(path, "is not UTF-8 text");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WatchListFileException(path, $"cannot be read: {e.Message}");
        }
    }
}

using System.IO.Compression;
using System.Text;

namespace Vigil.Reading.Tests;

/// <summary>A temporary folder of generated inputs, deleted after the test.</summary>
internal sealed class TestFolder : IDisposable
{
    public TestFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "vigil-reading-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    public string WriteGzip(string relative, byte[] content) => Write(relative, Gzip(content));

    public string WriteGzip(string relative, string text) => WriteGzip(relative, Encoding.UTF8.GetBytes(text));

    public static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
            gzip.Write(content);
        return buffer.ToArray();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless; failing the test over it is not
        }
    }
}

internal static class Reading
{
    public static List<ReadOutcome> ReadAll(string path, ReadOptions? options = null) =>
        new ArticleReader(options ?? new ReadOptions()).Read(path).ToList();

    public static ArticleRead SingleArticle(string path, ReadOptions? options = null)
    {
        var outcomes = ReadAll(path, options);
        var only = Assert.Single(outcomes);
        return Assert.IsType<ArticleRead>(only);
    }

    public static ReadFailure SingleFailure(string path, ReadOptions? options = null)
    {
        var outcomes = ReadAll(path, options);
        var only = Assert.Single(outcomes);
        return Assert.IsType<ReadFailure>(only);
    }

    public static ReadOptions StandardInput(byte[] bytes, ReadOptions? options = null) =>
        (options ?? new ReadOptions()) with { OpenStandardInput = () => new MemoryStream(bytes) };
}

using System.IO.Compression;
using System.Text;
using Vigil.Cli.Tests.Support;

namespace Vigil.Cli.Tests;

/// <summary>One bad input never stops a batch, and the user learns which and why, without a stack trace.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string GoodArticle =
        "Bridge reopens after repairs\n\n“Traffic can flow again,” the city engineer said on Monday.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Each_bad_file_is_named_once_on_stderr_and_every_good_article_is_analysed()
    {
        File.WriteAllText(_folder.File("a-good.txt"), GoodArticle);
        File.WriteAllBytes(_folder.File("b-binary.txt"), BinaryBytes());
        File.WriteAllBytes(_folder.File("c-empty.txt"), []);
        File.WriteAllText(_folder.File("d-lines.jsonl"),
            """{"id": "line-1", "title": "First", "text": "The first article of the file."}""" + "\n" +
            """{"id": "line-2", "title": "Broken", "text": "this line stops in the middle""" + "\n" +
            """{"id": "line-3", "title": "Third", "text": "The third article of the file."}""" + "\n");
        File.WriteAllBytes(_folder.File("e-truncated.txt.gz"), TruncatedGzip(GoodArticle + new string('x', 5000)));

        var result = VigilProgram.Run("analyze", "--format", "jsonl", _folder.Path);

        Assert.Equal(1, result.ExitCode);
        var analysed = result.StdoutLines.Select(ContractAssert.ParseLine).ToList();
        analysed.ForEach(ContractAssert.Article);
        Assert.Equal(["a-good.txt", "d-lines.jsonl", "d-lines.jsonl"],
            analysed.Select(a => Path.GetFileName(a.GetProperty("source").GetString()!)).ToList());
        Assert.Equal(["line-1", "line-3"], analysed.Skip(1).Select(a => a.GetProperty("id").GetString()).ToList());

        foreach (var bad in new[] { "b-binary.txt", "c-empty.txt", "d-lines.jsonl", "e-truncated.txt.gz" })
        {
            var line = Assert.Single(result.StderrLines, l => l.Contains(bad, StringComparison.Ordinal));
            Assert.StartsWith($"vigil: {Path.Join(_folder.Path, bad)}", line);
            var reason = line[(line.IndexOf(": ", "vigil: ".Length + _folder.Path.Length, StringComparison.Ordinal) + 2)..];
            Assert.False(string.IsNullOrWhiteSpace(reason), $"no reason in: {line}");
        }
        Assert.Equal(4, result.StderrLines.Length);
        NoStackTrace(result.Stderr);
    }

    [Fact]
    public void A_missing_path_is_an_error_for_that_path_alone()
    {
        File.WriteAllText(_folder.File("good.txt"), GoodArticle);
        var missing = _folder.File("no-such-file.txt");

        var result = VigilProgram.Run("analyze", "--format", "jsonl", missing, _folder.File("good.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.StdoutLines);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith($"vigil: {missing}: ", line);
        NoStackTrace(result.Stderr);
    }

    [Theory]
    [InlineData("analyze", "--format", "xml", "x.txt")]
    [InlineData("analyze", "--published", "2021-13-45", "x.txt")]
    [InlineData("analyze", "--max-article-size", "lots", "x.txt")]
    [InlineData("analyze")]
    [InlineData("ingest", "--no-such-option", "x.txt")]
    [InlineData("serve", "--port", "70000")]
    [InlineData("stats", "--format", "yaml")]
    [InlineData("frobnicate")]
    public void A_usage_error_exits_2_with_a_vigil_line_and_no_stack_trace(params string[] args)
    {
        var result = VigilProgram.Run(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("vigil: ", result.Stderr);
        Assert.Equal("", result.Stdout);
        NoStackTrace(result.Stderr);
    }

    [Fact]
    public void A_database_that_cannot_be_opened_is_one_line_naming_it()
    {
        var notADatabase = _folder.File("not-a-database.db");
        File.WriteAllText(notADatabase, "this is a text file, not SQLite\n" + new string('z', 4096));

        var result = VigilProgram.Run("stats", "--db", notADatabase);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("vigil: ", line);
        Assert.Contains("not-a-database.db", line);
        NoStackTrace(result.Stderr);
    }

    [Fact]
    public void Serving_on_a_taken_port_is_one_line_saying_so()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var result = VigilProgram.Run("serve", "--db", _folder.File("vigil.db"), "--port", port.ToString());

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.Equal($"vigil: serve: port {port} on 127.0.0.1 is already in use; choose another with --port", line);
        Assert.Equal("", result.Stdout);
    }

    internal static void NoStackTrace(string stderr)
    {
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Exception", stderr);
        Assert.DoesNotContain("Unhandled", stderr);
    }

    private static byte[] BinaryBytes()
    {
        var random = new Random(42);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        bytes[0] = 0x89; bytes[1] = (byte)'P'; bytes[2] = (byte)'N'; bytes[3] = (byte)'G'; bytes[4] = 0;
        return bytes;
    }

    private static byte[] TruncatedGzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        var whole = buffer.ToArray();
        return whole[..(whole.Length / 2)];
    }
}

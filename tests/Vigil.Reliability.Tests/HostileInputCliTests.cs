using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Vigil.Cli.Tests.Support;

namespace Vigil.Reliability.Tests;

/// <summary>
/// Hostile input through the real program, as a user would meet it: every bad file is one line
/// on standard error, "vigil: FILE: reason", never a stack trace; everything else is analysed.
/// </summary>
public sealed class HostileInputCliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_thousand_generated_hostile_files_give_one_line_per_failure_and_no_stack_trace()
    {
        var inputs = Path.Combine(_folder.Path, "inputs");
        Directory.CreateDirectory(inputs);
        var sample = HostileInputs.Sample(1000, seed: 20261128);
        for (var i = 0; i < sample.Count; i++)
            File.WriteAllBytes(Path.Combine(inputs, $"{i:D4}-{sample[i].Kind.Replace(' ', '-')}{sample[i].Extension}"), sample[i].Bytes);

        var result = VigilProgram.Run("analyze", "--format", "jsonl", "--max-article-size", "2MB", "--max-file-size", "8MB", inputs);

        Assert.True(result.ExitCode is 0 or 1, result.ToString()[..Math.Min(4000, result.ToString().Length)]);
        NoStackTrace(result.Stderr);
        foreach (var line in result.StderrLines)
            Assert.Matches(FailureLine(inputs), line);
        Assert.DoesNotContain("analysis failed", result.Stderr);
        foreach (var line in result.StdoutLines)
            using (JsonDocument.Parse(line)) { }
        // the corpus holds readable articles as well as broken ones: both paths were taken
        Assert.NotEmpty(result.StdoutLines);
        Assert.NotEmpty(result.StderrLines);
    }

    [Fact]
    public void A_single_50_MB_line_is_refused_by_name_and_the_articles_after_it_are_read()
    {
        var line = _folder.File("one-line.txt");
        WriteLine(line, 50 * 1024 * 1024, prefix: "", suffix: "\n");
        var jsonl = _folder.File("lines.jsonl");
        using (var writer = new StreamWriter(jsonl, false, new UTF8Encoding(false)))
        {
            writer.Write("{\"id\": \"huge\", \"text\": \"");
            writer.Write(new string('a', 50 * 1024 * 1024));
            writer.Write("\"}\n{\"id\": \"after\", \"text\": \"The mayor said the bridge will reopen on Monday.\"}\n");
        }

        var result = VigilProgram.Run("analyze", "--format", "jsonl", line, jsonl);

        Assert.Equal(1, result.ExitCode);
        NoStackTrace(result.Stderr);
        Assert.Equal(2, result.StderrLines.Length);
        Assert.StartsWith($"vigil: {line}: article is larger than the 20 MB limit", result.StderrLines[0]);
        Assert.StartsWith($"vigil: {jsonl}", result.StderrLines[1]);
        Assert.Equal("after", JsonDocument.Parse(Assert.Single(result.StdoutLines)).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void A_million_quotation_marks_and_a_quote_that_never_closes_are_analysed()
    {
        var marks = _folder.File("marks.txt");
        File.WriteAllText(marks, new string('"', 1_000_000));
        var unclosed = _folder.File("unclosed.txt");
        var text = new StringBuilder("“");
        while (text.Length < 400_000) text.Append("Taliban spokesman Zabihullah Mujahid said the airport would stay open, ");
        File.WriteAllText(unclosed, text.ToString());

        var result = VigilProgram.Run("analyze", "--format", "jsonl", marks, unclosed);

        Assert.True(result.ExitCode == 0, result.ToString()[..Math.Min(4000, result.ToString().Length)]);
        Assert.Equal(2, result.StdoutLines.Length);
    }

    [Fact]
    public void A_gzip_bomb_stops_at_the_file_limit_with_one_line()
    {
        var bomb = _folder.File("bomb.txt.gz");
        using (var file = File.Create(bomb))
        using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1024 * 1024];
            Array.Fill(zeros, (byte)'a');
            for (var i = 0; i < 1024; i++) gzip.Write(zeros);   // 1 GB of text, about 1 MB compressed
        }

        var result = VigilProgram.Run("analyze", "--format", "jsonl", "--max-file-size", "64MB", "--max-article-size", "64MB", bomb);

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.StderrLines);
        Assert.Equal($"vigil: {bomb}: file is larger than the 64 MB limit after decompression (--max-file-size)", error);
    }

    [Fact]
    public void HTML_nested_a_hundred_thousand_deep_is_refused_by_name_and_quickly()
    {
        var page = _folder.File("deep.html");
        var html = new StringBuilder("<html><head><title>Deep</title></head><body>");
        for (var i = 0; i < 100_000; i++) html.Append("<div>");
        html.Append("<p>“We will reopen the bridge,” the mayor said.</p>");
        File.WriteAllText(page, html.ToString());
        var shallow = _folder.File("shallow.html");
        File.WriteAllText(shallow, "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 200)) + "<p>“We will reopen the bridge,” the mayor said on Monday in the city.</p>");

        var result = VigilProgram.Run("analyze", "--format", "jsonl", page, shallow);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"vigil: {page}: HTML nested more than 512 elements deep", Assert.Single(result.StderrLines));
        Assert.Single(result.StdoutLines);
    }

    private static Regex FailureLine(string folder) =>
        new("^vigil: " + Regex.Escape(folder) + "/[^:]+(:[0-9]+)?: [^\\n]+$", RegexOptions.NonBacktracking);

    private static void WriteLine(string path, int bytes, string prefix, string suffix)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write(prefix);
        var chunk = new string('w', 1024 * 1024);
        for (var written = 0; written < bytes; written += chunk.Length) writer.Write(chunk);
        writer.Write(suffix);
    }

    internal static void NoStackTrace(string stderr)
    {
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Exception", stderr);
        Assert.DoesNotContain("Unhandled", stderr);
    }
}

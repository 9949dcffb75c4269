using Vigil.Cli.Tests.Support;

namespace Vigil.Cli.Tests;

/// <summary>Feeds and URLs through the real program.</summary>
public sealed class SourceCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_feed_file_is_analysed_one_article_per_item()
    {
        var feed = _folder.File("port.rss");
        File.WriteAllText(feed, """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Port news</title>
              <item><title>Dockers return</title><link>https://port.example/1</link>
                <description>&lt;p&gt;Dock workers at Calder returned to work on Friday, union leader Halina Voss said.&lt;/p&gt;</description>
                <pubDate>Fri, 06 Sep 2024 07:30:00 GMT</pubDate></item>
              <item><title>Ferry</title><link>https://port.example/2</link>
                <description>The Velm ferry will run every hour from Monday.</description></item>
            </channel></rss>
            """);

        var result = VigilProgram.Run("analyze", "--format", "jsonl", feed);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, result.StdoutLines.Length);
        Assert.Contains("https://port.example/1", result.StdoutLines[0]);
        Assert.Contains("2024-09-06", result.StdoutLines[0]);
    }

    [Fact]
    public void A_url_on_this_machine_is_refused_without_the_allowance()
    {
        var url = "http://127.0.0.1:9/feed.rss";

        var result = VigilProgram.Run("analyze", "--format", "jsonl", url);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.StartsWith($"vigil: {url}: refused: 127.0.0.1 resolves to 127.0.0.1, a loopback address", Assert.Single(result.StderrLines));
    }
}

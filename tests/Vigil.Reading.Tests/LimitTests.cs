using System.IO.Compression;
using System.Text;

namespace Vigil.Reading.Tests;

public sealed class LimitTests
{
    [Fact]
    public void An_article_over_the_article_limit_is_refused_with_the_option_to_change_it()
    {
        using var folder = new TestFolder();
        var path = folder.Write("big.txt", new string('a', 2049));

        var failure = Reading.SingleFailure(path, new ReadOptions { MaxArticleBytes = 2048 });

        Assert.Equal("article is larger than the 2 KB limit (--max-article-size)", failure.Reason);
        Assert.IsType<ArticleRead>(Assert.Single(Reading.ReadAll(path, new ReadOptions { MaxArticleBytes = 2049 })));
    }

    [Fact]
    public void The_default_limits_are_worded_in_megabytes()
    {
        Assert.Equal("article is larger than the 20 MB limit (--max-article-size)", ReadReasons.ArticleTooLarge(ReadOptions.DefaultMaxArticleBytes));
        Assert.Equal("file is larger than the 200 MB limit after decompression (--max-file-size)", ReadReasons.FileTooLarge(ReadOptions.DefaultMaxFileBytes, compressed: true));
    }

    [Fact]
    public void A_huge_single_line_is_refused_and_the_next_lines_still_read()
    {
        using var folder = new TestFolder();
        var huge = "{\"text\": \"" + new string('x', 3 * 1024 * 1024) + "\"}";
        var path = folder.Write("feed.jsonl", $"{{\"text\": \"Before.\"}}\n{huge}\n{{\"text\": \"After.\"}}\n");

        var outcomes = Reading.ReadAll(path, new ReadOptions { MaxArticleBytes = 64 * 1024 });

        Assert.Equal(3, outcomes.Count);
        Assert.Equal("Before.", Assert.IsType<ArticleRead>(outcomes[0]).Document.Text);
        Assert.Equal(new ReadFailure($"{path}:2", "article is larger than the 64 KB limit (--max-article-size)"), outcomes[1]);
        Assert.Equal("After.", Assert.IsType<ArticleRead>(outcomes[2]).Document.Text);
    }

    [Fact]
    public void A_file_read_whole_over_the_file_limit_is_refused()
    {
        using var folder = new TestFolder();
        var path = folder.Write("long.txt", string.Concat(Enumerable.Repeat("Twenty-some bytes here. ", 1000)));

        var failure = Reading.SingleFailure(path, new ReadOptions { MaxFileBytes = 10 * 1024 });

        Assert.Equal("file is larger than the 10 KB limit (--max-file-size)", failure.Reason);
    }

    [Fact]
    public void JSON_Lines_are_read_as_a_stream_past_the_file_limit()
    {
        // a line at a time, each within the article limit: a backfill file may be any size, as a WARC file may
        using var folder = new TestFolder();
        var path = folder.Write("feed.jsonl", string.Concat(Enumerable.Repeat("{\"text\": \"Twenty-some bytes.\"}\n", 1000)));

        var outcomes = Reading.ReadAll(path, new ReadOptions { MaxFileBytes = 10 * 1024 });

        Assert.Equal(1000, outcomes.Count);
        Assert.All(outcomes, outcome => Assert.IsType<ArticleRead>(outcome));
    }

    [Fact]
    public void A_gzipped_JSON_Lines_bomb_stops_at_the_article_limit()
    {
        // one endless line: the line reader gives up at the article limit instead of holding it whole
        using var folder = new TestFolder();
        var path = folder.Write("bomb.jsonl.gz", GzipOfOneLine(64 * 1024 * 1024));

        var failure = Reading.SingleFailure(path, new ReadOptions { MaxFileBytes = 1024 * 1024, MaxArticleBytes = 1024 * 1024 });

        Assert.Equal("article is larger than the 1 MB limit (--max-article-size)", failure.Reason);
    }

    [Fact]
    public void A_gzip_bomb_stops_at_the_file_limit_without_being_decompressed_whole()
    {
        // 256 MB of text compresses to about 250 KB; with a 1 MB limit only the first few KB may be consumed.
        var bomb = GzipOfRepeatedText(256L * 1024 * 1024);
        var consumed = new CountingStream(new MemoryStream(bomb));
        var options = new ReadOptions { MaxFileBytes = 1024 * 1024, OpenStandardInput = () => consumed };

        var failure = Assert.IsType<ReadFailure>(Assert.Single(new ArticleReader(options).Read("-")));

        Assert.Equal("file is larger than the 1 MB limit after decompression (--max-file-size)", failure.Reason);
        Assert.True(consumed.BytesRead < bomb.Length / 10, $"read {consumed.BytesRead} of {bomb.Length} compressed bytes");
    }

    [Fact]
    public void A_gzip_bomb_file_is_refused_by_the_file_limit()
    {
        using var folder = new TestFolder();
        var path = folder.Write("bomb.txt.gz", GzipOfRepeatedText(64L * 1024 * 1024));

        var failure = Reading.SingleFailure(path, new ReadOptions { MaxFileBytes = 1024 * 1024, MaxArticleBytes = 32 * 1024 * 1024 });

        Assert.Equal("file is larger than the 1 MB limit after decompression (--max-file-size)", failure.Reason);
    }

    private static byte[] GzipOfOneLine(int size)
    {
        var text = new byte[size];
        Array.Fill(text, (byte)'a');
        Encoding.ASCII.GetBytes("{\"text\": \"").CopyTo(text, 0);
        return TestFolder.Gzip(text);
    }

    private static byte[] GzipOfRepeatedText(long size)
    {
        var line = Encoding.ASCII.GetBytes("All work and no play makes Jack a dull boy.\n");
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            var block = new byte[line.Length * 20000];
            for (var i = 0; i < block.Length; i += line.Length)
                line.CopyTo(block, i);
            for (long written = 0; written < size; written += block.Length)
                gzip.Write(block);
        }
        return buffer.ToArray();
    }

    private sealed class CountingStream(Stream inner) : ReadOnlyStream(inner)
    {
        public long BytesRead { get; private set; }
        public override int Read(Span<byte> buffer)
        {
            var n = Inner.Read(buffer);
            BytesRead += n;
            return n;
        }
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    }
}

using System.IO.Compression;
using System.Text;

namespace Vigil.Reading.Tests;

/// <summary>WARC files as Common Crawl's news crawl writes them: gzip per record, HTTP responses of pages among other records.</summary>
public sealed class WarcTests
{
    private const string PageOne = "<html><head><title>Calder dockers return</title><meta property=\"article:published_time\" content=\"2024-09-06T07:30:00Z\"></head>" +
                                   "<body><article><p>Dock workers at the port of Calder returned to work on Friday after a three-week strike.</p></article></body></html>";

    private const string PageTwo = "<html><head><title>Velm ferry timetable</title></head>" +
                                   "<body><article><p>The Velm ferry will run every hour from Monday, the operator said in a statement.</p></article></body></html>";

    [Fact]
    public void Html_responses_become_articles_and_other_records_are_passed_over()
    {
        using var folder = new TestFolder();
        var path = folder.Write("crawl.warc.gz", GzipPerRecord(
            Record("warcinfo", null, "application/warc-fields", "software: test\r\n"u8.ToArray()),
            Record("request", "https://post.example/calder", "application/http; msgtype=request", "GET /calder HTTP/1.1\r\nHost: post.example\r\n\r\n"u8.ToArray()),
            Record("response", "https://post.example/calder", "application/http; msgtype=response", Http(200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(PageOne))),
            Record("response", "https://post.example/logo.png", "application/http; msgtype=response", Http(200, "image/png", [0x89, 0x50])),
            Record("response", "https://post.example/gone", "application/http; msgtype=response", Http(404, "text/html", "<p>Not found</p>"u8.ToArray())),
            Record("metadata", "https://post.example/calder", "application/warc-fields", "fetchTimeMs: 12\r\n"u8.ToArray()),
            Record("response", "https://post.example/ferry", "application/http; msgtype=response",
                Http(200, "text/html", Gzip(Encoding.UTF8.GetBytes(PageTwo)), "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", chunked: true))));

        var articles = Reading.ReadAll(path).Select(o => Assert.IsType<ArticleRead>(o).Document).ToList();

        Assert.Equal(2, articles.Count);
        Assert.Equal("Calder dockers return\n\nDock workers at the port of Calder returned to work on Friday after a three-week strike.", articles[0].Text);
        Assert.Equal("https://post.example/calder", articles[0].Metadata.Source);
        Assert.Equal("https://post.example/calder", articles[0].Metadata.Url);
        Assert.Equal(new DateOnly(2024, 9, 6), articles[0].Metadata.Published);
        Assert.Equal("Velm ferry timetable\n\nThe Velm ferry will run every hour from Monday, the operator said in a statement.", articles[1].Text);
    }

    [Fact]
    public void A_content_length_too_long_breaks_that_record_only_and_the_records_it_swallowed_are_read()
    {
        using var folder = new TestFolder();
        var lying = Record("response", "https://post.example/lying", "application/http; msgtype=response",
            Http(200, "text/html", Encoding.UTF8.GetBytes(PageOne)), lengthDelta: +300);
        var path = folder.Write("lying.warc", Concat(
            lying,
            Record("response", "https://post.example/ferry", "application/http; msgtype=response", Http(200, "text/html", Encoding.UTF8.GetBytes(PageTwo)))));

        var outcomes = Reading.ReadAll(path);

        var failure = Assert.IsType<ReadFailure>(outcomes[0]);
        Assert.Equal($"{path} record 1 (https://post.example/lying)", failure.Source);
        Assert.Contains("Content-Length", failure.Reason);
        Assert.StartsWith("Velm ferry timetable", Assert.IsType<ArticleRead>(Assert.Single(outcomes.Skip(1))).Document.Text);
    }

    [Fact]
    public void A_content_length_too_short_breaks_that_record_only()
    {
        using var folder = new TestFolder();
        var path = folder.Write("short.warc", Concat(
            Record("response", "https://post.example/short", "application/http; msgtype=response", Http(200, "text/html", Encoding.UTF8.GetBytes(PageOne)), lengthDelta: -40),
            Record("response", "https://post.example/ferry", "application/http; msgtype=response", Http(200, "text/html", Encoding.UTF8.GetBytes(PageTwo)))));

        var outcomes = Reading.ReadAll(path);

        Assert.Equal(2, outcomes.Count);
        Assert.Contains("Content-Length", Assert.IsType<ReadFailure>(outcomes[0]).Reason);
        Assert.IsType<ArticleRead>(outcomes[1]);
    }

    [Fact]
    public void A_huge_claimed_length_at_the_end_of_a_cut_file_is_a_failure_not_a_hang()
    {
        using var folder = new TestFolder();
        var whole = GzipPerRecord(
            Record("response", "https://post.example/calder", "application/http; msgtype=response", Http(200, "text/html", Encoding.UTF8.GetBytes(PageOne))),
            Record("response", "https://post.example/ferry", "application/http; msgtype=response", Http(200, "text/html", Encoding.UTF8.GetBytes(PageTwo)), lengthDelta: 1_000_000_000L));
        var path = folder.Write("cut.warc.gz", whole[..^10]);

        var outcomes = Reading.ReadAll(path);

        Assert.IsType<ArticleRead>(outcomes[0]);
        var failure = Assert.IsType<ReadFailure>(Assert.Single(outcomes.Skip(1)));
        Assert.Contains("record 2", failure.Source);
    }

    [Fact]
    public void A_record_over_the_article_limit_fails_alone_and_a_file_without_records_is_refused()
    {
        using var folder = new TestFolder();
        var path = folder.Write("big.warc", Concat(
            Record("response", "https://post.example/big", "application/http; msgtype=response", Http(200, "text/html", new byte[5000])),
            Record("response", "https://post.example/ferry", "application/http; msgtype=response", Http(200, "text/html", Encoding.UTF8.GetBytes(PageTwo)))));
        var notWarc = folder.Write("notes.warc", "just some notes\nand more\n");

        var outcomes = Reading.ReadAll(path, new ReadOptions { MaxArticleBytes = 4000 });

        Assert.Contains("larger than", Assert.IsType<ReadFailure>(outcomes[0]).Reason);
        Assert.IsType<ArticleRead>(outcomes[1]);
        Assert.Contains("not a WARC file", Assert.IsType<ReadFailure>(Reading.ReadAll(notWarc)[0]).Reason);
    }

    private static byte[] Record(string type, string? uri, string contentType, byte[] content, long lengthDelta = 0)
    {
        var header = new StringBuilder("WARC/1.1\r\n")
            .Append($"WARC-Type: {type}\r\n")
            .Append("WARC-Date: 2024-09-06T08:00:00Z\r\n")
            .Append($"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n");
        if (uri is not null)
            header.Append($"WARC-Target-URI: {uri}\r\n");
        header.Append($"Content-Type: {contentType}\r\nContent-Length: {content.Length + lengthDelta}\r\n\r\n");
        return Concat(Encoding.ASCII.GetBytes(header.ToString()), content, "\r\n\r\n"u8.ToArray());
    }

    private static byte[] Http(int status, string contentType, byte[] body, string extraHeaders = "", bool chunked = false)
    {
        if (chunked)
            body = Concat(Encoding.ASCII.GetBytes($"{body.Length / 2:x}\r\n"), body[..(body.Length / 2)], "\r\n"u8.ToArray(),
                Encoding.ASCII.GetBytes($"{body.Length - body.Length / 2:x}\r\n"), body[(body.Length / 2)..], "\r\n0\r\n\r\n"u8.ToArray());
        return Concat(Encoding.ASCII.GetBytes($"HTTP/1.1 {status} Status\r\nContent-Type: {contentType}\r\n{extraHeaders}\r\n"), body);
    }

    private static byte[] GzipPerRecord(params byte[][] records) => Concat([.. records.Select(Gzip)]);

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
            gzip.Write(bytes);
        return buffer.ToArray();
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}

using System.IO.Compression;
using System.Text;
using Vigil.Documents;

namespace Vigil.Reading.Warc;

/// <summary>
/// The articles of a WARC file, as Common Crawl's news crawl publishes them (<c>.warc.gz</c>, each
/// record its own gzip member): every <c>response</c> record of a web page with status 2xx — HTTP
/// headers stripped, chunked transfer and content encodings undone — and every HTML <c>resource</c>
/// record, passed to the HTML reader with the page's URL and the charset its HTTP header gives.
/// Requests, metadata, revisits and responses that are not HTML are passed over silently, as a folder
/// passes over files it does not read. Read as a stream: one record at a time, however large the file.
/// </summary>
internal static class WarcArticles
{
    public static IEnumerable<ReadOutcome> Read(Stream input, string path, ReadOptions options)
    {
        var records = 0;
        foreach (var item in new WarcRecordReader(input, options.MaxArticleBytes).Records())
        {
            switch (item)
            {
                case WarcRecordBroken broken:
                    records++;
                    yield return new ReadFailure(Where(path, broken.Number, broken.TargetUri), broken.Reason);
                    break;
                case WarcRecordRead { Record: var record }:
                    records++;
                    if (ToArticle(record, path, options) is { } outcome)
                        yield return outcome;
                    break;
            }
        }
        if (records == 0)
            yield return new ReadFailure(path, "not a WARC file: no WARC/1.x record in it");
    }

    private static string Where(string path, int number, string? uri) =>
        uri is null ? $"{path} record {number}" : $"{path} record {number} ({uri})";

    private static ReadOutcome? ToArticle(WarcRecord record, string path, ReadOptions options)
    {
        var type = record["WARC-Type"];
        var uri = record["WARC-Target-URI"];
        var source = Where(path, record.Number, uri);
        byte[] body;
        string? contentType;
        if (string.Equals(type, "response", StringComparison.OrdinalIgnoreCase)
            && (record["Content-Type"] ?? "").StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
        {
            if (HttpResponse.Parse(record.Content!) is not { } response)
                return new ReadFailure(source, "the record's HTTP response is malformed");
            if (response.Status is < 200 or >= 300)
                return null;
            contentType = response.Header("Content-Type");
            if (!IsHtml(contentType))
                return null;
            try
            {
                body = response.DecodedBody(options.MaxArticleBytes);
            }
            catch (Exception e) when (e is InvalidDataException or ReadProblemException or IOException)
            {
                return new ReadFailure(source, e is ReadProblemException ? e.Message : "the page's content encoding could not be undone");
            }
        }
        else if (string.Equals(type, "resource", StringComparison.OrdinalIgnoreCase) && IsHtml(record["Content-Type"]))
        {
            contentType = record["Content-Type"];
            body = record.Content!;
        }
        else
        {
            return null;
        }

        if (body.Length == 0)
            return new ReadFailure(source, ReadReasons.EmptyArticle);
        var metadata = new ArticleMetadata(uri ?? source) { Url = uri };
        try
        {
            var charset = CharsetOf(contentType);
            return HtmlArticle.Read(body, metadata, options, source, charset);
        }
        catch (Exception e) when (e is ReadProblemException or DecoderFallbackException)
        {
            return new ReadFailure(source, e.Message);
        }
    }

    private static bool IsHtml(string? contentType) =>
        contentType is not null && (contentType.Contains("text/html", StringComparison.OrdinalIgnoreCase)
                                    || contentType.Contains("application/xhtml", StringComparison.OrdinalIgnoreCase));

    private static Encoding? CharsetOf(string? contentType)
    {
        if (contentType is null || !System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
            || media.CharSet is not { Length: > 0 } label)
            return null;
        try
        {
            var encoding = Encoding.GetEncoding(label.Trim('"', '\''));
            // As in HTML: a UTF-16 label without a byte-order mark means the page is really UTF-8.
            return encoding is UnicodeEncoding or UTF32Encoding ? Encoding.UTF8 : encoding;
        }
        catch (ArgumentException)
        {
            return null; // an unknown label: the page's own declaration decides
        }
    }

    /// <summary>An HTTP/1.x response as a WARC response record holds it: status line, headers, body.</summary>
    private sealed record HttpResponse(int Status, IReadOnlyList<(string Name, string Value)> Headers, ReadOnlyMemory<byte> Body)
    {
        public string? Header(string name) =>
            Headers.LastOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Value;

        public static HttpResponse? Parse(byte[] message)
        {
            var span = message.AsSpan();
            var position = 0;
            var status = -1;
            var headers = new List<(string, string)>();
            while (true)
            {
                var newline = span[position..].IndexOf((byte)'\n');
                if (newline < 0)
                    return null;
                var line = span.Slice(position, newline).TrimEnd((byte)'\r');
                position += newline + 1;
                if (status < 0)
                {
                    // "HTTP/1.1 200 OK"
                    var text = Encoding.Latin1.GetString(line);
                    var parts = text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length < 2 || !parts[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(parts[1], out status))
                        return null;
                    continue;
                }
                if (line.IsEmpty)
                    break;
                var header = Encoding.Latin1.GetString(line);
                var colon = header.IndexOf(':');
                if (colon > 0)
                    headers.Add((header[..colon].Trim(), header[(colon + 1)..].Trim()));
            }
            return new HttpResponse(status, headers, message.AsMemory(position));
        }

        /// <summary>The body with chunked transfer and gzip/deflate/brotli content encoding undone, as the browser saw it.</summary>
        public byte[] DecodedBody(long limit)
        {
            var body = Body;
            if ((Header("Transfer-Encoding") ?? "").Contains("chunked", StringComparison.OrdinalIgnoreCase) && Dechunk(body.Span) is { } joined)
                body = joined;
            var encoding = (Header("Content-Encoding") ?? "").Trim().ToLowerInvariant();
            Stream? decoder = encoding switch
            {
                "gzip" or "x-gzip" => new GZipStream(new MemoryStream(body.ToArray()), CompressionMode.Decompress),
                "deflate" => new ZLibStream(new MemoryStream(body.ToArray()), CompressionMode.Decompress),
                "br" => new BrotliStream(new MemoryStream(body.ToArray()), CompressionMode.Decompress),
                _ => null,
            };
            if (decoder is null)
                return body.ToArray();
            using var limited = new LimitedStream(decoder, limit, ReadReasons.ArticleTooLarge(limit));
            using var output = new MemoryStream();
            limited.CopyTo(output);
            return output.ToArray();
        }

        /// <summary>The chunks joined; null when the body is not chunked after all (crawlers often store it joined but keep the header).</summary>
        private static byte[]? Dechunk(ReadOnlySpan<byte> body)
        {
            using var output = new MemoryStream();
            var position = 0;
            while (true)
            {
                var newline = body[position..].IndexOf((byte)'\n');
                if (newline < 0)
                    return null;
                var sizeText = Encoding.ASCII.GetString(body.Slice(position, newline).TrimEnd((byte)'\r')).Split(';')[0].Trim();
                if (!int.TryParse(sizeText, System.Globalization.NumberStyles.AllowHexSpecifier, null, out var size) || size < 0)
                    return null;
                position += newline + 1;
                if (size == 0)
                    return output.ToArray();
                if (position + size > body.Length)
                    return null;
                output.Write(body.Slice(position, size));
                position += size;
                if (body[position..].StartsWith("\r\n"u8))
                    position += 2;
                else if (body[position..].StartsWith("\n"u8))
                    position += 1;
            }
        }
    }
}

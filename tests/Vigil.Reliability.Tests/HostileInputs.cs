using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Vigil.Reliability.Tests;

/// <summary>One generated input: the name it is given (whose ending picks the reader) and its bytes.</summary>
public sealed record HostileInput(string Kind, string Extension, byte[] Bytes)
{
    public override string ToString() => $"{Kind} ({Extension}, {Bytes.Length} bytes): {Preview}";

    private string Preview => Convert.ToHexString(Bytes.AsSpan(0, Math.Min(48, Bytes.Length)));
}

/// <summary>
/// Generators of broken and hostile input, as strangers' files arrive: binary, bad UTF-8 and
/// UTF-16, HTML nested deep and never closed, JSON lines cut, mistyped or nested deep, quotation
/// marks by the hundred and quotes that never close, gzip that is truncated or a bomb. Each is
/// built from pieces of real news text so that it reaches the analysis, not only the reader.
/// </summary>
public static class HostileInputs
{
    private static readonly string[] Words =
    [
        "the", "Taliban", "said", "Kabul", "Mr.", "Blinken", "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‹", "›",
        "promised", "will", "not", "U.S.", "Gen.", "McKenzie", "told", "reporters", "on", "Monday", ",", ".", "?", "!", ":", ";",
        "—", "–", "-", "…", "(", ")", "[", "]", "According", "to", "Abdul", "Ghani", "Baradar", "in", "2021", "Aug.", "31",
        "\n", "\n\n", "\t", " ", "\u00A0", "\u200B", "\u202E", "é", "\u0301", "İ", "ß", "😀", "中国", "البيت", "Путин",
        "killed", "10", "people", "attack", "Source", "link", "Photo:", "Reuters", "&amp;", "<", ">", "&", "@user", "#tag",
    ];

    private static readonly Gen<string> Word = Gen.Elements(Words);

    /// <summary>News-like text: real words and every kind of quotation mark, in any order.</summary>
    public static readonly Gen<string> NewsLikeText =
        Word.ListOf().Select(words => string.Join(' ', words));

    private static readonly Gen<string> QuoteStorm =
        Gen.Zip(Gen.Elements("\"", "“", "”", "'", "‘", "’", "«", "»", "„"), Gen.Choose(50, 4000))
            .Select(t => string.Concat(Enumerable.Repeat(t.Item1, t.Item2)));

    private static readonly Gen<string> NeverClosedQuote =
        NewsLikeText.Select(text => "“" + text.Replace("”", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal) + " said Mr. Baradar");

    private static Gen<byte[]> Utf8(Gen<string> text) => text.Select(t => Encoding.UTF8.GetBytes(t));

    private static readonly Gen<byte[]> RandomBytes = Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf();

    /// <summary>Valid UTF-8 text with invalid sequences spliced in: stray continuation bytes, truncated, overlong, surrogates, 0xFF.</summary>
    private static readonly Gen<byte[]> InvalidUtf8 =
        from text in NewsLikeText
        from bad in Gen.Elements<byte[]>([0x80], [0xC3], [0xC0, 0xAF], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xFF], [0xF4, 0x90, 0x80, 0x80], [0xFE, 0xFE])
        from position in Gen.Choose(0, 1000)
        select Splice(Encoding.UTF8.GetBytes(text), bad, position);

    private static byte[] Splice(byte[] bytes, byte[] bad, int position)
    {
        var at = bytes.Length == 0 ? 0 : position % (bytes.Length + 1);
        return [.. bytes[..at], .. bad, .. bytes[at..]];
    }

    /// <summary>UTF-16 with a byte-order mark, then lone surrogates, an odd byte out or a NUL-free tail of any bytes.</summary>
    private static readonly Gen<byte[]> BrokenUtf16 =
        from text in NewsLikeText
        from damage in Gen.Elements("le-lone-high", "be-lone-low", "odd-length", "no-bom-le")
        from tail in RandomBytes
        select Utf16(text, damage, tail);

    private static byte[] Utf16(string text, string damage, byte[] tail) => damage switch
    {
            "le-lone-high" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("Kabul")],
            "be-lone-low" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text), 0xDC, 0x00],
            "odd-length" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text), 0x41],
            _ => [.. Encoding.Unicode.GetBytes(text), .. tail],
        };

    private static readonly string[] Tags = ["div", "p", "span", "a", "b", "i", "table", "tr", "td", "ul", "li", "article", "section", "figure", "figcaption", "blockquote", "q", "h1", "script", "style", "iframe", "svg", "math", "template", "noscript", "textarea", "title", "select", "option", "form"];

    private static readonly Gen<string> HtmlPiece = Gen.OneOf(
        Word,
        Gen.Elements(Tags).Select(t => $"<{t}>"),
        Gen.Elements(Tags).Select(t => $"</{t}>"),
        Gen.Elements(Tags).Select(t => $"<{t} class=\"caption credit\" style=\"x\" onclick=\"alert(1)\" href=\"javascript:alert(1)\">"),
        Gen.Elements("<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "&#xD800;", "&#99999999;", "&nbsp", "&amp", "<meta charset=\"x-no-such\">",
            "<meta charset=\"utf-7\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", "<link rel=\"canonical\" href=\"http://[::1\">",
            "<meta property=\"article:published_time\" content=\"9999-99-99\">", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":", "<time datetime=\"x\">", "<", ">", "\"", "="));

    /// <summary>Tag soup: open and close tags at random, attributes with script, comments and CDATA never closed.</summary>
    private static readonly Gen<string> TagSoup = HtmlPiece.ListOf().Select(pieces => string.Concat(pieces));

    /// <summary>Elements nested hundreds to thousands deep, closed or not.</summary>
    private static readonly Gen<string> DeepHtml =
        from tag in Gen.Elements(Tags)
        from depth in Gen.Choose(100, 5000)
        from closed in Gen.Elements(true, false)
        from text in NewsLikeText
        select Nested(tag, depth, closed, text);

    private static string Nested(string tag, int depth, bool closed, string text)
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++) html.Append('<').Append(tag).Append('>');
        html.Append(text);
        if (closed) for (var i = 0; i < depth; i++) html.Append("</").Append(tag).Append('>');
        return html.ToString();
    }

    private static readonly Gen<string> JsonValue = Gen.OneOf(
        Gen.Constant("null"), Gen.Constant("true"), Gen.Constant("12345678901234567890123456789"), Gen.Constant("-0.0e999"),
        NewsLikeText.Select(t => System.Text.Json.JsonSerializer.Serialize(t)),
        Gen.Constant("\"\\ud800\""), Gen.Constant("\"\\u0000\""), Gen.Constant("\"\\x41\""), Gen.Constant("\"unterminated"),
        Gen.Choose(1, 3000).Select(depth => new string('[', depth) + new string(']', depth)),
        Gen.Choose(1, 3000).Select(depth => new string('[', depth)),
        Gen.Constant("{}"), Gen.Constant("[]"), Gen.Constant("{\"a\":"));

    private static readonly Gen<string> JsonField = Gen.Elements("id", "title", "text", "html", "url", "published", "text", "text", "\u0000", "");

    /// <summary>One JSON line that is broken in some way: cut, mistyped, nested deep, duplicated keys, not an object.</summary>
    private static readonly Gen<string> BrokenJsonLine = Gen.OneOf(
        Gen.Zip(JsonField, JsonValue).ListOf().Select(fields => "{" + string.Join(',', fields.Select(f => $"\"{f.Item1}\": {f.Item2}")) + "}"),
        Gen.Zip(JsonField, JsonValue).ListOf().Select(fields => "{" + string.Join(',', fields.Select(f => $"\"{f.Item1}\": {f.Item2}"))),
        JsonValue,
        NewsLikeText,
        NewsLikeText.Select(t => "{\"text\": " + System.Text.Json.JsonSerializer.Serialize(t) + ", \"published\": \"2021-02-30\", \"url\": \"not a url\"}"),
        NewsLikeText.Select(t => "{\"html\": " + System.Text.Json.JsonSerializer.Serialize("<p>" + t) + "}"));

    private static readonly Gen<string> BrokenJsonLines =
        Gen.OneOf(BrokenJsonLine, BrokenJsonLine, NewsLikeText.Select(t => "{\"id\": 1, \"text\": " + System.Text.Json.JsonSerializer.Serialize(t) + "}"))
            .ListOf().Select(lines => string.Join('\n', lines));

    /// <summary>Gzip of any input: whole, cut short, with its trailer damaged, or a small bomb of one repeated byte.</summary>
    private static Gen<byte[]> Gzipped(Gen<byte[]> content) =>
        from bytes in content
        from damage in Gen.Elements("whole", "cut", "trailer", "bomb")
        from cut in Gen.Choose(1, 100)
        select Compressed(bytes, damage, cut);

    private static byte[] Compressed(byte[] bytes, string damage, int cut)
    {
        if (damage == "bomb") bytes = new byte[cut * 256 * 1024];   // up to 25 MB of zeros, a few kB compressed
        var gz = Gzip(bytes);
        if (gz.Length < 8) return gz;
        return damage switch
        {
            "cut" => gz[..Math.Max(1, gz.Length * cut / 101)],
            "trailer" => [.. gz[..^4], .. BitConverter.GetBytes(bytes.Length + 1)],
            _ => gz,
        };
    }

    public static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
            gzip.Write(bytes);
        return buffer.ToArray();
    }

    /// <summary>Every kind, each with the file ending that sends it to its reader (and, for some, the wrong one).</summary>
    public static readonly Gen<HostileInput> Any = Gen.OneOf(
        RandomBytes.Select(b => new HostileInput("binary", ".txt", b)),
        RandomBytes.Select(b => new HostileInput("binary", ".html", b)),
        InvalidUtf8.Select(b => new HostileInput("invalid UTF-8", ".txt", b)),
        InvalidUtf8.Select(b => new HostileInput("invalid UTF-8", ".jsonl", b)),
        BrokenUtf16.Select(b => new HostileInput("broken UTF-16", ".txt", b)),
        BrokenUtf16.Select(b => new HostileInput("broken UTF-16", ".html", b)),
        Utf8(TagSoup).Select(b => new HostileInput("tag soup", ".html", b)),
        Utf8(DeepHtml).Select(b => new HostileInput("deep HTML", ".html", b)),
        Utf8(BrokenJsonLines).Select(b => new HostileInput("broken JSON lines", ".jsonl", b)),
        Utf8(NewsLikeText).Select(b => new HostileInput("news-like text", ".txt", b)),
        Utf8(QuoteStorm).Select(b => new HostileInput("quotation marks", ".txt", b)),
        Utf8(NeverClosedQuote).Select(b => new HostileInput("quote never closed", ".txt", b)),
        Gzipped(Utf8(NewsLikeText)).Select(b => new HostileInput("gzip", ".txt.gz", b)),
        Gzipped(Utf8(BrokenJsonLines)).Select(b => new HostileInput("gzip", ".jsonl.gz", b)),
        Gzipped(RandomBytes).Select(b => new HostileInput("gzip of binary", ".html.gz", b)),
        RandomBytes.Select(b => new HostileInput("not gzip", ".txt.gz", b)));

    /// <summary>A fixed sample of <paramref name="count"/> inputs (the same for a given seed), for runs that need the files up front.</summary>
    public static List<HostileInput> Sample(int count, ulong seed) =>
        [.. Gen.Sample(Any, 60, new Rnd(seed), count)];
}

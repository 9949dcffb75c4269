using System.Text;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace Vigil.Reading;

/// <summary>The character encoding an HTML page declares for itself in <c>&lt;meta charset&gt;</c> or <c>http-equiv="Content-Type"</c>.</summary>
internal static class HtmlCharset
{
    // Browsers look for the declaration in the first kilobyte; pages with a large inline <head>
    // push it further, so look a little deeper. Every label is ASCII, so Latin-1 reads it whatever the real encoding.
    private const int PrescanBytes = 64 * 1024;

    public static Encoding? Declared(ReadOnlySpan<byte> html)
    {
        var head = Encoding.Latin1.GetString(html[..Math.Min(html.Length, PrescanBytes)]);
        var document = new HtmlParser(new HtmlParserOptions { SkipScriptText = true }).ParseDocument(head);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            string? label = meta.GetAttribute("charset");
            if (string.IsNullOrWhiteSpace(label)
                && string.Equals(meta.GetAttribute("http-equiv"), "content-type", StringComparison.OrdinalIgnoreCase))
                label = meta.GetAttribute("content") is { } content ? CharsetOf(content) : null;
            if (string.IsNullOrWhiteSpace(label) || !TextEncoding.IsSupported(label.Trim()))
                continue;
            var encoding = TextEncoding.Resolve(label.Trim());
            // A page that says UTF-16 but has no byte-order mark was saved as something else: HTML
            // says to treat the declaration as UTF-8.
            return TextEncoding.IsUnicode(encoding) ? Encoding.UTF8 : encoding;
        }
        return null;
    }

    /// <summary>The charset parameter of a Content-Type value ("text/html; charset=windows-1252").</summary>
    private static string? CharsetOf(string contentType) =>
        System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media) ? media.CharSet?.Trim('"', '\'') : null;
}

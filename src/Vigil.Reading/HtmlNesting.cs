using System.Collections.Frozen;

namespace Vigil.Reading;

/// <summary>
/// How deep a page nests its elements, estimated in one pass over its tags before any parser sees
/// it. The HTML parser and the article extractor both slow down with depth (the parser checks
/// the stack of open elements at each tag, so thousands of unclosed <c>&lt;div&gt;</c>s cost
/// quadratic time: 100,000 of them took minutes), while real pages nest a few dozen deep. The
/// estimate follows the parts of the HTML rules that matter for depth: void elements and
/// self-closing tags hold nothing; elements the parser closes by itself (<c>p</c>, <c>li</c>,
/// table cells, options, and a link opened inside a link) are not counted; an end tag closes the nearest open element of its name; raw text
/// (<c>script</c>, <c>style</c>, <c>textarea</c>, <c>title</c>) and comments are skipped.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>
    /// Chromium's parser stops nesting at 512 too; real pages stay far below, and at this depth the
    /// parser and the extractor still take well under a second.
    /// </summary>
    public const int MaxDepth = 512;

    private static readonly FrozenSet<string> NotCounted = new[]
    {
        // void
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        // closed implicitly by a sibling
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp",
        // a new link or nobr closes the one still open (other formatting elements do nest)
        "a", "nobr",
        "html", "head", "body",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "plaintext", "noembed", "noframes"];

    /// <summary>True when the page nests more than <see cref="MaxDepth"/> counted elements at some point.</summary>
    public static bool TooDeep(string html)
    {
        var open = new List<string>();
        // how many of each name are open, so that an end tag of a name not open costs nothing
        var openNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0) break;
                i = end + 3;
                continue;
            }
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
                nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) break;
            var name = html[nameStart..nameEnd].ToLowerInvariant();
            if (closing)
            {
                if (openNames.GetValueOrDefault(name) > 0)
                {
                    var at = open.LastIndexOf(name);
                    for (var k = at; k < open.Count; k++) openNames[open[k]]--;
                    open.RemoveRange(at, open.Count - at);
                }
            }
            else if (Array.IndexOf(RawText, name) >= 0)
            {
                var end = EndTag(html, name, tagEnd);
                if (end < 0) break;
                tagEnd = end;
            }
            else if (html[tagEnd - 1] != '/' && !NotCounted.Contains(name))
            {
                open.Add(name);
                openNames[name] = openNames.GetValueOrDefault(name) + 1;
                if (open.Count > MaxDepth) return true;
            }
            i = tagEnd + 1;
        }
        return false;
    }

    /// <summary>
    /// Where the end tag of raw text named <paramref name="name"/> starts. Looks for "&lt;/" by
    /// ordinal search and compares the name after it, because a case-insensitive search for the
    /// whole tag is character by character under invariant globalization, and a page's scripts are
    /// most of its bytes: it was a percent of all the time spent analysing HTML pages.
    /// </summary>
    private static int EndTag(string html, string name, int from)
    {
        while ((from = html.IndexOf("</", from, StringComparison.Ordinal)) >= 0)
        {
            if (html.AsSpan(from + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase))
                return from;
            from += 2;
        }
        return -1;
    }
}

using Vigil.Documents;

namespace Vigil.Reading;

/// <summary>A plain-text article: its text is the decoded content exactly, so every offset points into what the user gave.</summary>
internal static class PlainTextArticle
{
    public const int LongestTitle = 200;

    public static Document Create(string text, ArticleMetadata metadata) =>
        new(text, metadata with { Title = metadata.Title ?? FindTitle(text) });

    /// <summary>
    /// The first line, when it reads as a headline: short, not ending like a sentence, and set off
    /// from the body by a blank line. A first line that is the article's first sentence must not
    /// become its title.
    /// </summary>
    public static string? FindTitle(string text)
    {
        using var lines = new StringReader(text);
        string? first;
        do
            first = lines.ReadLine();
        while (first is not null && string.IsNullOrWhiteSpace(first));

        var next = lines.ReadLine();
        if (first is null || next is null || !string.IsNullOrWhiteSpace(next))
            return null;

        var title = first.Trim();
        if (title.Length > LongestTitle || EndsLikeASentence(title))
            return null;
        return title;
    }

    private static bool EndsLikeASentence(string line)
    {
        // Look through closing quotes and brackets: «He said: "No."» still ends with a full stop.
        var end = line.TrimEnd('"', '\'', '\u201D', '\u2019', '\u00BB', ')', ']');
        if (end.Length == 0)
            return false;
        // A comma, colon or semicolon means the line runs on into the next, which a headline does not.
        return end[^1] is '.' or '!' or '?' or '\u2026' or ',' or ';' or ':';
    }
}

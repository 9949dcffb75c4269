using System.Text;

namespace Vigil.Storage;

/// <summary>The words shown around a search match, the same for every store: about a line's worth each side, cut at a space.</summary>
public static class SearchSnippets
{
    private const int ContextLength = 90;

    public static string Before(string text, int end)
    {
        var start = Math.Max(0, end - ContextLength);
        // Start at a word, not in the middle of one, unless the context is one long word.
        if (start > 0 && text.IndexOf(' ', start, end - start) is var space and >= 0 && space < end)
            start = space + 1;
        return Flatten(text[start..end], start > 0 ? "…" : "", "");
    }

    public static string After(string text, int start)
    {
        var end = Math.Min(text.Length, start + ContextLength);
        if (end < text.Length && text.LastIndexOf(' ', end - 1, end - start) is var space and > 0 && space > start)
            end = space;
        return Flatten(text[start..end], "", end < text.Length ? "…" : "");
    }

    /// <summary>Runs of whitespace, line breaks included, become one space: a snippet is one line.</summary>
    private static string Flatten(string text, string prefix, string suffix)
    {
        var builder = new StringBuilder(prefix, text.Length + 2);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
                builder.Append(text[i]);
            else if (i == 0 || !char.IsWhiteSpace(text[i - 1]))
                builder.Append(' ');
        }
        return builder.Append(suffix).ToString();
    }
}

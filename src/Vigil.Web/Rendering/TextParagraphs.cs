using Vigil.Documents;

namespace Vigil.Web.Rendering;

/// <summary>
/// The paragraphs the page shows: each line of text that is not blank, without its surrounding
/// whitespace. Computed from the text because the store keeps only the layers worth keeping.
/// </summary>
public static class TextParagraphs
{
    public static ImmutableArray<TextSpan> Split(string text)
    {
        var paragraphs = ImmutableArray.CreateBuilder<TextSpan>();
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsLineBreak(text[i]))
                continue;
            var start = lineStart;
            var end = i;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end > start)
                paragraphs.Add(new TextSpan(start, end));
            lineStart = i + 1;
        }
        return paragraphs.DrainToImmutable();
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';
}

using System.Text;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// Turns what a user types into an FTS5 query that cannot be a syntax error: each word is quoted as
/// a literal term (so "AND", "-", ":" or a stray quote mean nothing special), "double-quoted words"
/// stay a phrase, and a word ending in * matches as a prefix. Every term must match.
/// </summary>
public static class FtsQuery
{
    /// <summary>The FTS5 query, or null when the text holds no word to look for.</summary>
    public static string? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var terms = new List<string>();
        var inPhrase = false;
        var phrase = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '"' or '“' or '”')
            {
                if (inPhrase && phrase.Count > 0)
                    terms.Add(Quote(string.Join(' ', phrase)));
                phrase.Clear();
                inPhrase = !inPhrase;
                i++;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.IsSurrogate(text[i]) || IsMark(text[i])))
                i++;
            var word = text[start..i];
            var prefix = i < text.Length && text[i] == '*';
            if (inPhrase)
                phrase.Add(word);
            else
                terms.Add(Quote(word) + (prefix ? "*" : ""));
        }
        // An unclosed phrase is still a phrase: the user meant those words together.
        if (inPhrase && phrase.Count > 0)
            terms.Add(Quote(string.Join(' ', phrase)));
        return terms.Count == 0 ? null : string.Join(' ', terms);
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static string Quote(string words) => new StringBuilder(words.Length + 2).Append('"').Append(words.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
}

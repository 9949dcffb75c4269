using System.Globalization;
using System.Text;
using Vigil.Documents;

namespace Vigil.Storage.Postgres;

/// <summary>
/// What a user typed, as PostgreSQL full-text search takes it, read as the SQLite store reads it
/// (<see cref="Sqlite.FtsQuery"/>): every word must match, "double-quoted words" are a phrase, a
/// word ending in * is a prefix, and nothing else is syntax. Also finds where the terms match in a
/// text, since PostgreSQL reports whether an article matches but not at which offsets.
/// </summary>
public sealed class PostgresTextQuery
{
    private readonly List<Term> _terms;

    private PostgresTextQuery(List<Term> terms) => _terms = terms;

    /// <summary>The query, or null when the text holds no word to look for.</summary>
    public static PostgresTextQuery? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var terms = new List<Term>();
        var inPhrase = false;
        var phrase = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '"' or '“' or '”')
            {
                if (inPhrase && phrase.Count > 0)
                    terms.Add(new Term([.. phrase], false));
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
            while (i < text.Length && IsWordChar(text[i]))
                i++;
            var word = text[start..i];
            var prefix = i < text.Length && text[i] == '*';
            if (inPhrase)
                phrase.Add(word);
            else
                terms.Add(new Term([word], prefix));
        }
        // An unclosed phrase is still a phrase: the user meant those words together.
        if (inPhrase && phrase.Count > 0)
            terms.Add(new Term([.. phrase], false));
        return terms.Count == 0 ? null : new PostgresTextQuery(terms);
    }

    /// <summary>The argument of <c>to_tsquery</c>: each word a quoted literal, so no input is tsquery syntax.</summary>
    public string ToTsQuery() => string.Join(" & ", _terms.Select(term =>
        term.Words.Length == 1
            ? Literal(term.Words[0]) + (term.Prefix ? ":*" : "")
            : "(" + string.Join(" <-> ", term.Words.Select(Literal)) + ")"));

    /// <summary>
    /// Where the terms match in <paramref name="text"/>, in text order: a word as a whole word, a prefix
    /// at a word's start, a phrase as its words in a row; case and accents ignored, as the index does.
    /// </summary>
    public IReadOnlyList<TextSpan> Matches(string text)
    {
        var words = new List<(TextSpan Span, string Folded)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]) && !char.IsSurrogate(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
                i++;
            words.Add((new TextSpan(start, i), Fold(text[start..i])));
        }

        var spans = new List<TextSpan>();
        foreach (var term in _terms)
        {
            var folded = term.Words.Select(Fold).ToArray();
            for (var w = 0; w + folded.Length <= words.Count; w++)
            {
                var matches = true;
                for (var k = 0; k < folded.Length && matches; k++)
                    matches = term.Prefix && k == folded.Length - 1
                        ? words[w + k].Folded.StartsWith(folded[k], StringComparison.Ordinal)
                        : words[w + k].Folded == folded[k];
                if (matches)
                    spans.Add(new TextSpan(words[w].Span.Start, words[w + folded.Length - 1].Span.End));
            }
        }
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return spans;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.IsSurrogate(c)
        || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Lower case without accents: what the index's unaccent and simple dictionaries make of a word.</summary>
    private static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (char.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
                builder.Append(char.ToLowerInvariant(c));
        return builder.ToString();
    }

    private static string Literal(string word) => "'" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";

    private sealed record Term(string[] Words, bool Prefix);
}

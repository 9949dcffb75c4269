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
            // In a phrase a hyphenated word stays whole: the index holds "al-Qaeda" at one position
            // and its parts at the next two, so "the al-Qaeda leader" must ask for that sequence
            // rather than "the" right before "al".
            while (inPhrase && i + 1 < text.Length && text[i] == '-' && IsWordChar(text[i + 1]))
            {
                i++;
                while (i < text.Length && IsWordChar(text[i]))
                    i++;
            }
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
    public string ToTsQuery() => TsQuery(_terms);

    /// <summary>
    /// The query split for the index of neighbouring words (migration 006), or null when no phrase
    /// has two plain words in a row: the phrases that do, the pairs they need, and the other terms.
    /// </summary>
    public PairedPhrases? ToPairedPhrases()
    {
        var paired = _terms.Where(t => PairsOf(t).Any()).ToList();
        if (paired.Count == 0)
            return null;
        var others = _terms.Where(t => !paired.Contains(t)).ToList();
        return new PairedPhrases(
            TsQuery(paired),
            [.. paired.SelectMany(PairsOf).Distinct(StringComparer.Ordinal)],
            others.Count == 0 ? null : TsQuery(others));
    }

    private static string TsQuery(IEnumerable<Term> terms) => string.Join(" & ", terms.Select(term =>
        term.Words.Length == 1
            ? Literal(term.Words[0]) + (term.Prefix ? ":*" : "")
            : "(" + string.Join(" <-> ", term.Words.Select(Literal)) + ")"));

    /// <summary>
    /// A phrase's pairs of neighbouring words as the index holds them ("his delegates"), of the
    /// words it holds as they are written, lower-cased: ASCII letters, or letters and digits. What
    /// the parser and the accent folding make of other words is left to the check of the phrase
    /// against the positions, which every match passes anyway.
    /// </summary>
    private static IEnumerable<string> PairsOf(Term term)
    {
        for (var w = 0; w + 1 < term.Words.Length; w++)
            if (IsPlainWord(term.Words[w]) && IsPlainWord(term.Words[w + 1]))
                yield return term.Words[w].ToLowerInvariant() + " " + term.Words[w + 1].ToLowerInvariant();
    }

    // A word of ASCII letters (an asciiword to PostgreSQL's parser) or of letters and digits (a
    // numword); digits alone are a number, which the parser may read with what follows ("2,000").
    private static bool IsPlainWord(string word) =>
        word.All(char.IsAsciiLetterOrDigit) && word.Any(char.IsAsciiLetter);

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
            var folded = term.Words.SelectMany(w => w.Split('-')).Select(Fold).ToArray();
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

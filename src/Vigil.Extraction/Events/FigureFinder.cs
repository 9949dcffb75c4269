using System.Globalization;
using Vigil.Documents;
using Vigil.Extraction.Clauses;
using Vigil.Extraction.Quotes;

namespace Vigil.Extraction.Events;

/// <summary>A count found in a sentence, before it is tied to an event: its tokens, number, unit and qualifier.</summary>
internal sealed record FoundFigure(WordRange Words, long Count, string Unit, FigureQualifier Qualifier);

/// <summary>
/// Counts of people in a sentence: "at least 100 Afghans and 13 US troops", "more than 114,000
/// people". A count is digits (with thousands separators) followed by up to four words of unit
/// that end at a preposition, verb or punctuation; years, money, percentages and spans of time
/// ("within two weeks", "20 years") are not counts of people.
/// </summary>
internal sealed class FigureFinder(TokenText tokens)
{
    private const int MaxUnitWords = 4;

    private static readonly FrozenSet<string> TimeUnits = new[]
    {
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "percent", "per",
        "million", "billion", "times", "am", "pm", "a.m.", "p.m.", "miles", "kilometers", "km", "dollars", "points", "votes",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public List<FoundFigure> Find(Sentence sentence)
    {
        var found = new List<FoundFigure>();
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (tokens.Tokens[t].Kind != TokenKind.Number || Count(tokens[t]) is not { } count) continue;
            if (tokens.IsChar(t - 1, '$') || tokens.IsChar(t + 1, '%')) continue;
            if (Time.CalendarWords.Year(tokens[t]) is not null && !tokens.Is(t - 1, "least")) continue;
            var unitEnd = t;
            while (unitEnd + 1 < sentence.EndToken && unitEnd - t < MaxUnitWords && IsUnitWord(unitEnd + 1)) unitEnd++;
            if (unitEnd == t || tokens.IsAny(t + 1, TimeUnits)) continue;
            var (qualifier, first) = QualifierBefore(t, sentence.FirstToken);
            var unit = tokens.Text.Substring(tokens.Tokens[t + 1].Start, tokens.Tokens[unitEnd].End - tokens.Tokens[t + 1].Start);
            found.Add(new FoundFigure(new WordRange(first, unitEnd), count, unit, qualifier));
            t = unitEnd;
        }
        return found;
    }

    private bool IsUnitWord(int t)
    {
        if (!tokens.IsWord(t) || tokens.Tokens[t].Kind == TokenKind.Number) return false;
        var word = tokens[t];
        return !ClauseWords.Contains(ClauseWords.Prepositions, word) && !ClauseWords.Contains(ClauseWords.ClauseOpeners, word)
               && !ClauseWords.Contains(ClauseWords.Modals, word) && !tokens.Is(t, "and") && !tokens.Is(t, "or") && !tokens.Is(t, "were")
               && !tokens.Is(t, "was") && !tokens.Is(t, "are") && !tokens.Is(t, "have") && !tokens.Is(t, "had") && !tokens.Is(t, "to")
               && EventLexicon.CountWord(word) is null && EventLexicon.At(word, default) is null
               && !(word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !tokens.IsCapitalized(t));
    }

    private (FigureQualifier, int) QualifierBefore(int t, int sentenceStart)
    {
        bool Is(int i, string word) => i >= sentenceStart && tokens.Is(i, word);
        if (Is(t - 2, "at") && (Is(t - 1, "least"))) return (FigureQualifier.AtLeast, t - 2);
        if ((Is(t - 2, "more") || Is(t - 2, "greater")) && Is(t - 1, "than")) return (FigureQualifier.MoreThan, t - 2);
        if ((Is(t - 2, "fewer") || Is(t - 2, "less")) && Is(t - 1, "than")) return (FigureQualifier.FewerThan, t - 2);
        if (Is(t - 2, "up") && Is(t - 1, "to")) return (FigureQualifier.UpTo, t - 2);
        if (Is(t - 1, "over")) return (FigureQualifier.MoreThan, t - 1);
        if (Is(t - 1, "about") || Is(t - 1, "around") || Is(t - 1, "nearly") || Is(t - 1, "almost") || Is(t - 1, "some")
            || Is(t - 1, "approximately") || Is(t - 1, "roughly")) return (FigureQualifier.About, t - 1);
        return (FigureQualifier.Exact, t);
    }

    private static long? Count(ReadOnlySpan<char> digits)
    {
        Span<char> plain = stackalloc char[Math.Min(digits.Length, 20)];
        var n = 0;
        foreach (var c in digits)
        {
            if (c == ',') continue;
            if (!char.IsDigit(c) || n == plain.Length) return null;
            plain[n++] = c;
        }
        return n > 0 && long.TryParse(plain[..n], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}

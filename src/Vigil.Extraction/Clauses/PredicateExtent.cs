using Vigil.Extraction.Quotes;

namespace Vigil.Extraction.Clauses;

/// <summary>A range of tokens, both ends inclusive.</summary>
internal readonly record struct WordRange(int First, int Last)
{
    public int Length => Last - First + 1;
}

/// <summary>
/// Where a predicate ends, without a parser: at the end of its sentence or quotation, at a
/// semicolon, at a comma that does not continue a list, at a word that opens another clause
/// ("which", "but", "while", "said") or at another modal verb. A parenthetical between dashes stays
/// inside ("ban all Muslims — 1.6 billion … — from entering the U.S."). Predicates coordinated by
/// "and" or "and to" are split into terms ("lift regulations and open more land") when the word
/// after "and" is a verb; a noun list stays whole ("cut individual, business and capital gains rates").
/// </summary>
internal static class PredicateExtent
{
    private const int MaxTokens = 45;
    private const int MaxParenthetical = 20;

    public static List<WordRange> Terms(DocumentIndex index, int first, int sentenceEnd, bool split = true)
    {
        var tokens = index.Tokens;
        var terms = new List<WordRange>();
        var quote = index.QuoteAt(first);
        var termStart = first;
        var last = first - 1;
        var i = first;
        while (i < sentenceEnd && i - first < MaxTokens)
        {
            var token = tokens.Tokens[i];
            if (quote is not null && token.Start >= quote.Span.End) break;
            if (i > first && tokens.IsSentenceEndPunctuation(i)) break;
            if (tokens.IsChar(i, ';') || tokens.IsChar(i, ')')) break;
            if (tokens.IsDash(i))
            {
                var closing = NextDash(tokens, i + 1, Math.Min(sentenceEnd, i + MaxParenthetical));
                if (closing < 0 || closing + 1 >= sentenceEnd || tokens.IsSentenceEndPunctuation(closing + 1)) break;
                last = closing - 1;
                i = closing + 1;
                continue;
            }
            if (tokens.IsQuoteMark(i))
            {
                if (quote is not null && token.End >= quote.Span.End - 1 && i > first) break;
                if (!tokens.IsWord(i + 1) && i > first) break;
                i++;
                continue;
            }
            if (tokens.IsComma(i))
            {
                if (!ContinuesList(tokens, i, sentenceEnd)) break;
                i++;
                continue;
            }
            if (i > first && tokens.IsWord(i))
            {
                var word = tokens[i];
                if (ClauseWords.Contains(ClauseWords.ClauseOpeners, word)) break;
                if (ClauseWords.Contains(ClauseWords.Modals, word) && i > first + 1) break;
                // "his refusal to answer fully did not go over well": another clause's verb
                if (i > first + 1 && (IsAuxiliary(word) && tokens.Is(i + 1, "not") || ClauseWords.IsNegatedAuxiliary(word))) break;
                if (word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase))
                {
                    // "promised a veto and attempted to…": a second predicate in the past is not part of the act
                    if (IsPastVerb(tokens, i + 1)) break;
                    var next = tokens.Is(i + 1, "to") ? i + 2 : i + 1;
                    if (word.Equals("and", StringComparison.OrdinalIgnoreCase) && IsVerbAt(tokens, next)
                        && (next == i + 2 || !tokens.IsCapitalized(next) || tokens.IsCapitalized(first)))
                    {
                        if (split && last >= termStart)
                        {
                            terms.Add(new WordRange(termStart, last));
                            termStart = next;
                        }
                        i = next;
                        continue;
                    }
                    if (tokens.IsAny(i + 1, WordClasses.PersonalPronouns)) break;
                }
            }
            last = i;
            i++;
        }
        if (last >= termStart) terms.Add(new WordRange(termStart, last));
        for (var t = 0; t < terms.Count; t++) terms[t] = Trim(tokens, terms[t]);
        terms.RemoveAll(r => r.Last < r.First);
        return terms;
    }

    private static bool IsAuxiliary(ReadOnlySpan<char> word) => ClauseWords.Contains(Auxiliaries, word);

    private static readonly FrozenSet<string> Auxiliaries = new[] { "did", "does", "do", "is", "was", "were", "are", "has", "have", "had" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsPastVerb(TokenText tokens, int i) =>
        tokens.IsWord(i) && !tokens.IsCapitalized(i) && tokens[i].Length > 4 && tokens[i].EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first word of an infinitive after "to": any lower-case word that is not a function word.</summary>
    public static bool IsInfinitiveAt(TokenText tokens, int i) =>
        tokens.IsWord(i) && !tokens.IsCapitalized(i) && tokens.Tokens[i].Kind == Documents.TokenKind.Word
        && !ClauseWords.Contains(ClauseWords.Determiners, tokens[i]) && !ClauseWords.Contains(ClauseWords.Pronouns, tokens[i])
        && !ClauseWords.Contains(ClauseWords.Prepositions, tokens[i]) && !ClauseWords.Contains(ClauseWords.ClauseOpeners, tokens[i]);

    public static bool IsVerbAt(TokenText tokens, int i) =>
        tokens.IsWord(i) && BaseVerbs.Contains(tokens[i]) && !tokens.Is(i + 1, "of");

    private static int NextDash(TokenText tokens, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (tokens.IsDash(j)) return j;
            if (tokens.IsSentenceEndPunctuation(j)) return -1;
        }
        return -1;
    }

    /// <summary>A comma inside a list of words ("individual, business and capital gains") rather than before another clause.</summary>
    private static bool ContinuesList(TokenText tokens, int comma, int sentenceEnd)
    {
        var next = comma + 1;
        if (!tokens.IsWord(next)) return false;
        var word = tokens[next];
        if (ClauseWords.Contains(ClauseWords.Determiners, word) || ClauseWords.Contains(ClauseWords.Pronouns, word)
            || ClauseWords.Contains(ClauseWords.ClauseOpeners, word) || ClauseWords.Contains(ClauseWords.Prepositions, word)
            || ClauseWords.Contains(ClauseWords.ConditionOpeners, word)
            || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || word.Equals("and", StringComparison.OrdinalIgnoreCase)
            || word.Equals("or", StringComparison.OrdinalIgnoreCase) || word.Equals("as", StringComparison.OrdinalIgnoreCase))
            return false;
        for (var j = next + 1; j < Math.Min(sentenceEnd, next + 6); j++)
        {
            if (tokens.Is(j, "and") || tokens.Is(j, "or")) return true;
            if (!tokens.IsWord(j)) return false;
        }
        return false;
    }

    private static WordRange Trim(TokenText tokens, WordRange range)
    {
        var (first, last) = (range.First, range.Last);
        while (last >= first)
        {
            if (tokens.IsQuoteMark(last) && OpensInside(tokens, first, last)) break;
            if (!tokens.IsWord(last) || tokens.Is(last, "and") || tokens.Is(last, "or") || tokens.Is(last, "to") || tokens.Is(last, "that"))
                last--;
            else break;
        }
        while (first <= last && (tokens.IsChar(first, ',') || tokens.IsDash(first))) first++;
        return new WordRange(first, last);
    }

    /// <summary>True when a closing mark at <paramref name="last"/> matches one opened inside the range.</summary>
    private static bool OpensInside(TokenText tokens, int first, int last)
    {
        var marks = 0;
        for (var t = first; t <= last; t++)
            if (tokens.IsQuoteMark(t)) marks++;
        return marks % 2 == 0 && marks > 0;
    }
}

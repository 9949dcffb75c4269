using Vigil.Collections;
using Vigil.Documents;

namespace Vigil.Extraction.Entities;

// "Roe v. Wade", "Brown v. Board of Education": a court case is named by its parties.
internal sealed partial class MentionFinder
{
    /// <summary>Words that may stand between the capitalised words of a party's name ("Board of Education", "Woman 's Health").</summary>
    private static readonly FrozenSet<string> CaseNameConnectors =
        new[] { "of", "the", "for", "&", "'s", "’s", "de" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A court case named by its parties, "Roe v. Wade", is one name (the newswire corpora mark it
    /// as other, the web corpora not at all), not the two people or bodies it names: read apart,
    /// "Roe" and "Wade" become people the article never mentions. Sports results write "v" without
    /// the period ("Arsenal v Chelsea") and keep their teams.
    /// </summary>
    private List<MentionCandidate> CasesNamedByTheirParties(List<MentionCandidate> found)
    {
        List<TextSpan>? cases = null;
        for (var at = _text.IndexOf(" v. ", StringComparison.Ordinal); at >= 0; at = _text.IndexOf(" v. ", at + 4, StringComparison.Ordinal))
        {
            var start = PartyStart(at);
            var end = PartyEnd(at + 4);
            if (start < 0 || end < 0 || cases is [.., var previous] && previous.End > start) continue;
            (cases ??= []).Add(new TextSpan(start, end));
        }
        if (cases is null) return found;
        var spans = new SortedSpans(cases);
        found.RemoveAll(m => spans.AnyOverlaps(m.Span));
        foreach (var span in cases)
            found.Add(new MentionCandidate(span, EntityType.Other, SentenceOf(span.Start)));
        return [.. found.OrderBy(m => m.Span.Start)];
    }

    /// <summary>Where the party's name that ends at <paramref name="end"/> begins, or -1 where no capitalised word ends there.</summary>
    private int PartyStart(int end)
    {
        var start = -1;
        var position = end;
        while (PreviousWord(position) is var (wordStart, word) && wordStart >= 0)
        {
            // (an opening quotation mark or bracket is no part of the name: "“Roe v. Wade is the law")
            var opening = word.Length - word.TrimStart(Openings).Length;
            if (opening > 0 && IsPartyWord(word[opening..]))
            {
                start = wordStart + opening;
                break;
            }
            if (IsPartyWord(word)) start = wordStart;
            else if (!(start >= 0 && CaseNameConnectors.Contains(word) && PreviousWord(wordStart - 1) is var (_, before) && IsPartyWord(before))) break;
            position = wordStart - 1;
            if (position < 0 || _text[position] != ' ') break;
        }
        return start;
    }

    /// <summary>Where the party's name that begins at <paramref name="start"/> ends, or -1 where it opens with no capitalised word.</summary>
    private int PartyEnd(int start)
    {
        var end = -1;
        var position = start;
        while (NextWord(position) is var (wordEnd, word) && wordEnd > position)
        {
            var bare = word.TrimEnd(Closings);
            if (IsPartyWord(bare)) end = position + bare.Length;
            else if (!(end >= 0 && bare.Length == word.Length && CaseNameConnectors.Contains(word) && NextWord(wordEnd + 1) is var (_, after) && IsPartyWord(after))) break;
            if (bare.Length != word.Length || wordEnd >= _text.Length || _text[wordEnd] != ' ') break;
            position = wordEnd + 1;
        }
        return end;
    }

    private static readonly char[] Openings = ['"', '“', '‘', '\'', '('];

    private static readonly char[] Closings = [',', '.', ';', ':', '"', '”', '’', '\'', ')'];

    private static bool IsPartyWord(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && !EntityLexicon.StopWords.Contains(NameKey.For(word));

    private (int Start, string Word) PreviousWord(int end)
    {
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(_text[start - 1])) start--;
        return start == end ? (-1, "") : (start, _text[start..end]);
    }

    private (int End, string Word) NextWord(int start)
    {
        var end = start;
        while (end < _text.Length && !char.IsWhiteSpace(_text[end])) end++;
        return (end, _text[start..end]);
    }
}

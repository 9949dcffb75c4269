using Vigil.Collections;
using Vigil.Documents;

namespace Vigil.Extraction.Entities;

// Two names that share words: the tagger and the rules each read a name, and each pass keeps its own.
internal sealed partial class MentionFinder
{
    /// <summary>
    /// Each word belongs to one name at most. The tagger, the rules and the article-wide passes may
    /// leave names that share words, and then:
    /// - a name inside another is part of it ("Hillary" of "the Hillary &amp; Chelsea Clinton
    ///   Foundation", "Christian" of "Christian Pardo") and goes;
    /// - two names that meet at a hyphen are two where each part names a body of its own ("the
    ///   Washington Post-ABC News poll": "Washington Post" and "ABC News", not "Post-ABC News"; "NBC
    ///   News-Wall Street Journal"), and one otherwise ("Council on American" and
    ///   "American-Islamic Relations");
    /// - an organisation that runs on into another organisation or a place is one with it ("Muslim
    ///   American Society" and "American Society of Boston", "Turkish Cultural Center" and "Cultural
    ///   Center of New York"); into any other name, it keeps the shared words ("OLYMPICS The
    ///   International" and "International Olympic Committee");
    /// - of two other names, the later keeps the shared words and the earlier what is left of it
    ///   ("Sheridan Sheridan" and "Sheridan Titman" of a signature), or the first stays whole.
    /// </summary>
    private List<MentionCandidate> WithoutSharedWords(List<MentionCandidate> found)
    {
        var sorted = found.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length).ToList();
        var end = -1;
        var anyShared = false;
        foreach (var m in sorted)
        {
            anyShared |= m.Span.Start < end;
            end = Math.Max(end, m.Span.End);
        }
        if (!anyShared) return found;

        var result = new List<MentionCandidate>(sorted.Count);
        foreach (var next in sorted)
        {
            if (result.Count == 0 || next.Span.Start >= result[^1].Span.End)
            {
                result.Add(next);
                continue;
            }
            var last = result[^1];
            if (next.Span.End <= last.Span.End) continue;
            // "Washington Post" + "Post-ABC News": the later name starts after the hyphen the earlier one ends at
            if (last.Span.End < _text.Length && NamePieces.IsHyphen(_text[last.Span.End]) && Trimmed(next, last.Span.End + 1, next.Span.End) is { } after && NamesABody(after.Span))
            {
                result.Add(after);
                continue;
            }
            // "NBC News-Wall" + "Wall Street Journal": the earlier name ends at the hyphen before the later one
            if (next.Span.Start > 0 && NamePieces.IsHyphen(_text[next.Span.Start - 1]) && Trimmed(last, last.Span.Start, next.Span.Start - 1) is { } before && NamesABody(before.Span))
            {
                result[^1] = before;
                result.Add(next);
                continue;
            }
            if (last.Type == EntityType.Org && IsPlaceOrOrganisation(next.Type) || next.Type == EntityType.Org && IsPlaceOrOrganisation(last.Type))
                result[^1] = last with { Span = new TextSpan(last.Span.Start, next.Span.End), Type = EntityType.Org, Entry = null, Title = null, Parts = [], Pending = false };
            // "OLYMPICS The International" + "International Olympic Committee": the organisation keeps its words
            else if (last.Type == EntityType.Org && Trimmed(next, last.Span.End, next.Span.End) is { } rest)
                result.Add(rest);
            // "Sheridan Sheridan" + "Sheridan Titman", "OLYMPICS The International" + "International Olympic Committee":
            // the later name keeps the shared words, the earlier what is left of it
            else if (next.Type == EntityType.Org || Trimmed(last, last.Span.Start, next.Span.Start) is not null)
            {
                if (Trimmed(last, last.Span.Start, next.Span.Start) is { } first) result[^1] = first;
                else result.RemoveAt(result.Count - 1);
                result.Add(next);
            }
        }
        return result;
    }

    /// <summary>
    /// "The American-Arab Anti-Discrimination Committee", "the US-China Business Council": a body's
    /// name may open with a compound of peoples or countries, which the tagger, reading the compound
    /// as one word, leaves out of it and the rules read as its peoples. An organisation no list
    /// knows that a head noun ends, right after such a compound, takes it in.
    /// </summary>
    private List<MentionCandidate> CompoundsOpeningOrganisations(List<MentionCandidate> found)
    {
        Dictionary<MentionCandidate, int>? grown = null;
        foreach (var m in found)
        {
            if (m.Type != EntityType.Org || m.Entry is not null || m.Span.Start < 4 || _text[m.Span.Start - 1] != ' ' || !NamesABody(m.Span)) continue;
            var start = m.Span.Start - 1;
            while (start > 0 && !char.IsWhiteSpace(_text[start - 1])) start--;
            if (IsCompoundOfPeoplesOrPlaces(_text.AsSpan(start, m.Span.Start - 1 - start)))
                (grown ??= new(ReferenceEqualityComparer.Instance))[m] = start;
        }
        if (grown is null) return found;
        var compounds = new SortedSpans(grown.Select(g => new TextSpan(g.Value, g.Key.Span.Start - 1)));
        return found.Where(m => grown.ContainsKey(m) || !compounds.AnyContains(m.Span))
            .Select(m => grown.TryGetValue(m, out var start) ? m with { Span = new TextSpan(start, m.Span.End) } : m).ToList();
    }

    /// <summary>"American-Arab", "US-China": capitalised parts joined by hyphens, each a people or a place a list holds.</summary>
    private bool IsCompoundOfPeoplesOrPlaces(ReadOnlySpan<char> word)
    {
        var parts = 0;
        foreach (var range in word.SplitAny("-‐‑"))
        {
            var part = word[range];
            if (part.Length < 2 || !char.IsUpper(part[0])) return false;
            var entries = _gazetteer.LookupKey(NameKey.For(part), part);
            if (entries.IsEmpty || entries[0].Type is not (EntityType.Norp or EntityType.Gpe)) return false;
            parts++;
        }
        return parts >= 2;
    }

    /// <summary>The mention cut to [start, end) without the spaces at its edges, or null when no word is left.</summary>
    /// <summary>Whether a name stands for a body alone: a list knows it or a head noun ends it ("ABC News", "Wall Street Journal").</summary>
    private bool NamesABody(TextSpan span)
    {
        var name = _document.Slice(span);
        if (!_gazetteer.LookupKey(NameKey.For(name), name).IsEmpty) return true;
        var space = name.LastIndexOf(' ');
        return EntityLexicon.IsHead(NameKey.For(name[(space + 1)..]), out var type) && type == EntityType.Org;
    }

    private static bool IsPlaceOrOrganisation(EntityType type) =>
        type is EntityType.Org or EntityType.Gpe or EntityType.Loc or EntityType.Fac or EntityType.Norp;

    private MentionCandidate? Trimmed(MentionCandidate m, int start, int end)
    {
        while (start < end && !char.IsLetterOrDigit(_text[start])) start++;
        while (end > start && char.IsWhiteSpace(_text[end - 1])) end--;
        // a name cut before another does not end in the article that opened the other
        if (end - start > 4 && _text.AsSpan(end - 4, 4) is " The" or " the" or "\u00a0The") end -= 4;
        while (end > start && char.IsWhiteSpace(_text[end - 1])) end--;
        if (end <= start || !char.IsLetter(_text[start])) return null;
        var span = new TextSpan(start, end);
        return m with { Span = span, Entry = null, Parts = m.Type == EntityType.Person ? WordsIn(span) : [] };
    }
}

using Vigil.Collections;
using Vigil.Documents;

namespace Vigil.Extraction.Entities;

// "Washington Dulles International Airport", "Ted Stevens International Airport": a facility named after a place or a person.
internal sealed partial class MentionFinder
{
    private const int MaxFacilityWords = 3;

    /// <summary>
    /// A place's or a person's name followed by capitalised descriptors and a facility's head noun
    /// ("Washington Dulles International Airport", "Ted Stevens International Airport") names the
    /// facility: the tagger, which knows the place or the person, often stops before the words it
    /// has met less.
    /// </summary>
    private List<MentionCandidate> FacilitiesNamedAfterPlacesOrPeople(List<MentionCandidate> found)
    {
        List<(int Index, int End)>? grown = null;
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            // an airport or a complex of buildings is a place, whatever runs it: every corpus here marks one so (these
            // words are no head nouns of the lexicon, whose every change would retrain the tagger, which reads them)
            if (m.Type == EntityType.Org && WordsIn(m.Span) is { Length: >= 2 } words && _document.Slice(words[^1]) is "Airport" or "Airbase" or "Complex")
                found[i] = m with { Type = EntityType.Fac, Entry = null };
            if (m.Type is not (EntityType.Gpe or EntityType.Loc or EntityType.Person) || FacilityWordsAfter(m.Span.End) is not { } end) continue;
            (grown ??= []).Add((i, end));
        }
        if (grown is null) return found;
        foreach (var (index, end) in grown)
            found[index] = found[index] with { Span = new TextSpan(found[index].Span.Start, end), Type = EntityType.Fac, Entry = null, Parts = [] };
        // a name the tagger read inside the new one ("International Airport" alone) gives way to it
        var facilities = new SortedSpans(grown.Select(g => found[g.Index].Span));
        var grownAt = grown.Select(g => g.Index).ToHashSet();
        return found.Where((o, k) => grownAt.Contains(k) || !facilities.AnyContains(o.Span)).ToList();
    }

    /// <summary>
    /// Where the capitalised words right after <paramref name="end"/> end, when they are descriptors
    /// ending in a facility's head noun and no capitalised word follows them; otherwise null.
    /// </summary>
    private int? FacilityWordsAfter(int end)
    {
        var tokens = _document.Tokens;
        var t = TokenIndexAt(end);
        for (var words = 0; words < MaxFacilityWords && t < tokens.Length; words++, t++)
        {
            var span = tokens[t].Span;
            if (span.Start != (words == 0 ? end : tokens[t - 1].Span.End) + 1 || _text[span.Start - 1] != ' ') return null;
            var word = _document.Slice(span);
            if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLower(word[1])) return null;
            var key = NameKey.For(word);
            if (EntityLexicon.IsHead(key, out var type) && type == EntityType.Fac)
                return t + 1 < tokens.Length && tokens[t + 1].Span.Start == span.End + 1 && char.IsUpper(_text[tokens[t + 1].Span.Start]) ? null : span.End;
            if (!EntityLexicon.Descriptors.Contains(key)) return null;
        }
        return null;
    }
}

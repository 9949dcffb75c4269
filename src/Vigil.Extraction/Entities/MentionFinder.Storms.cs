using Vigil.Documents;

namespace Vigil.Extraction.Entities;

// "Hurricane Katrina", "Typhoon Haiyan", "Tropical Storm Ophelia": a storm is named like a person or a place.
internal sealed partial class MentionFinder
{
    /// <summary>The words that say a storm's kind before its name.</summary>
    private static readonly FrozenSet<string> StormKinds =
        new[] { "hurricane", "typhoon", "cyclone", "superstorm", "storm", "depression" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The words before "Storm" or "Depression" that make it a storm's kind ("Tropical Storm", "Winter Storm").</summary>
    private static readonly FrozenSet<string> StormQualifiers =
        new[] { "tropical", "subtropical", "post-tropical", "winter", "super" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Weather services name storms with given names ("Hurricane Katrina", "Storm Ophelia") or words
    /// of their region's languages ("Typhoon Haiyan"), and the tagger reads such a name by its shape:
    /// a person, or the county of China that "Haiyan" also names. A name written after a storm's
    /// kind is the storm (an event) wherever the article writes it alone, "Katrina packed winds of
    /// 140 mph" included. The kind word stays out of the mention, as a title does. A head noun
    /// after the kind names an institution ("the National Hurricane Center"), and a person the
    /// article names in full with the word ("Katrina Smith") keeps it.
    /// </summary>
    private List<MentionCandidate> StormsByTheirNames(List<MentionCandidate> found)
    {
        HashSet<string>? storms = null;
        var tokens = _document.Tokens;
        for (var t = 0; t + 1 < tokens.Length; t++)
        {
            if (!IsStormKind(t)) continue;
            var name = tokens[t + 1].Span;
            if (!char.IsUpper(_text[name.Start]) || !(IsSingleNameAt(t + 1, found) || IsUnreadNameAt(t, found))) continue;
            var key = NameKey.For(_document.Slice(name));
            if (EntityLexicon.IsHead(key, out _)) continue;
            (storms ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
        }
        if (storms is null) return found;
        storms.ExceptWith(found.Where(m => m.Type == EntityType.Person && m.Parts.Length >= 2 && StormNameIn(m.Span, null) is null)
            .SelectMany(m => m.Parts.Select(p => NameKey.For(_document.Slice(p)))));
        if (storms.Count == 0) return found;

        var result = new List<MentionCandidate>(found.Count);
        var named = new HashSet<int>();
        foreach (var m in found)
        {
            if (StormNameIn(m.Span, storms) is not { } name)
            {
                result.Add(m);
                continue;
            }
            if (named.Add(name.Start))
                result.Add(new MentionCandidate(name, EntityType.Event, m.Sentence));
        }
        // the name alone where neither the tagger nor the rules saw a name ("Katrina packed winds")
        for (var t = 0; t < tokens.Length; t++)
        {
            var span = tokens[t].Span;
            if (named.Contains(span.Start) || !char.IsUpper(_text[span.Start]) || !storms.Contains(NameKey.For(_document.Slice(span)))) continue;
            if (result.Exists(m => m.Span.Start < span.End && span.Start < m.Span.End)) continue;
            result.Add(new MentionCandidate(span, EntityType.Event, SentenceOf(span.Start)));
        }
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    /// <summary>"Hurricane", "Typhoon", "Cyclone"; "Storm" capitalised or after "tropical" or "winter".</summary>
    private bool IsStormKind(int t)
    {
        // read as spans: every token of every article is asked
        var word = _document.Slice(_document.Tokens[t].Span);
        if (word.Length < 5 || !StormKinds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return false;
        var qualified = t > 0 && StormQualifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_document.Slice(_document.Tokens[t - 1].Span));
        if (word.Equals("storm", StringComparison.OrdinalIgnoreCase)) return char.IsUpper(word[0]) || qualified;
        return !word.Equals("depression", StringComparison.OrdinalIgnoreCase) || qualified;
    }

    /// <summary>
    /// Whether the token is a one-word name the tagger or the rules found, alone or with the storm's
    /// kind before it ("Storm Ophelia" read as a person): "Hurricane Relief Fund" names no storm.
    /// </summary>
    private bool IsSingleNameAt(int t, List<MentionCandidate> found)
    {
        var word = _document.Tokens[t].Span;
        foreach (var m in found)
        {
            if (m.Span.End < word.End || m.Span.Start > word.Start) continue;
            if (m.Span.End != word.End) return false;
            if (m.Span.Start == word.Start) return true;
            // the mention runs from the kind word (or its qualifier) to the name
            return StormNameIn(m.Span, null) is { } name && name == word;
        }
        return false;
    }

    /// <summary>
    /// Whether the word after a capitalised kind ("Typhoon Haiyan killed") is a name that neither
    /// the tagger nor the rules read at all, standing alone: a capitalised word after it would be
    /// the same name going on ("Hurricane Relief Fund").
    /// </summary>
    private bool IsUnreadNameAt(int kind, List<MentionCandidate> found)
    {
        var tokens = _document.Tokens;
        if (!char.IsUpper(_text[tokens[kind].Span.Start]) || kind + 1 >= tokens.Length) return false;
        var word = tokens[kind + 1].Span;
        if (found.Exists(m => m.Span.Start < word.End && word.Start < m.Span.End)) return false;
        return kind + 2 >= tokens.Length || !char.IsUpper(_text[tokens[kind + 2].Span.Start]);
    }

    /// <summary>
    /// The storm's name a mention holds: the mention itself when it is one of
    /// <paramref name="storms"/>, or its last word when the words before it are a storm's kind
    /// ("Tropical Storm Ophelia"); with no set, any last word after a kind.
    /// </summary>
    private TextSpan? StormNameIn(TextSpan span, HashSet<string>? storms)
    {
        var words = WordsIn(span);
        var last = words[^1];
        var lastKey = NameKey.For(_document.Slice(WithoutPossessive(last)));
        if (storms is not null && !storms.Contains(lastKey)) return null;
        if (words.Length == 1) return storms is null ? null : last;
        if (!StormKinds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_document.Slice(words[^2]))) return null;
        if (words.Length == 3 && !StormQualifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_document.Slice(words[0]))) return null;
        return words.Length <= 3 ? last : null;
    }

    /// <summary>The sentence a position lies in, by binary search: a text in lower case may add thousands of places.</summary>
    private int SentenceOf(int position)
    {
        var sentences = _document.Sentences;
        int lo = 0, hi = sentences.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].Span.End > position) hi = mid;
            else lo = mid + 1;
        }
        return Math.Max(lo, 0);
    }
}

using System.Buffers;
using System.Text.RegularExpressions;
using Vigil.Documents;

namespace Vigil.Extraction.Entities;

// "Tulsa, Okla., police officer", "in Ferguson, Mo.": a town named with its state or country after a comma.
internal sealed partial class MentionFinder
{
    /// <summary>
    /// News writes a town the reader may not know with its state or country after a comma ("Tulsa,
    /// Okla., police officer", "protests in Ferguson, Mo.,", "a rally in Newport News, Va.", "Mosul,
    /// Iraq"). A name no list knows, written so, is a place wherever the article writes it; the
    /// tagger reads it by its shape or its neighbours ("Tulsa … police" an organisation, "Ferguson"
    /// a person). The state's abbreviation, which no list holds, is a place too.
    /// </summary>
    private List<MentionCandidate> PlacesBeforeTheirState(List<MentionCandidate> found)
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        var townsOfListedNames = new HashSet<TextSpan>();
        var states = new List<MentionCandidate>();
        var byStart = new Dictionary<int, MentionCandidate>();
        foreach (var m in found) byStart.TryAdd(m.Span.Start, m);
        foreach (var m in found)
        {
            // "Sen. Bernie Sanders (Vt.)": a lawmaker's state in brackets
            if (m.Type == EntityType.Person && StateInBracketsAfterName().Match(_text, m.Span.End, Math.Min(_text.Length - m.Span.End, 12)) is { Success: true } bracketed
                && UsStateAbbreviations.Contains(bracketed.Groups["state"].Value))
            {
                var abbreviation = bracketed.Groups["state"];
                states.Add(new MentionCandidate(new TextSpan(abbreviation.Index, abbreviation.Index + abbreviation.Length), EntityType.Gpe, m.Sentence));
                continue;
            }
            if (m.Type is EntityType.Norp or EntityType.Other) continue;
            var after = StateAfterComma().Match(_text, m.Span.End, _text.Length - m.Span.End);   // anchored at the name's end: reads only the few words after it
            if (!after.Success) continue;
            var state = after.Groups["state"];
            var span = new TextSpan(state.Index, state.Index + state.Length);
            if (state.Value.EndsWith('.'))
            {
                if (!UsStateAbbreviations.Contains(state.Value)) continue;
                // read, if at all, as a lone word of no kind ("Mo", "Del" a person's name)
                if (!(byStart.TryGetValue(span.Start, out var read) && read.Type is EntityType.Gpe or EntityType.Loc))
                    states.Add(new MentionCandidate(span, EntityType.Gpe, m.Sentence));
            }
            // a state or country the lists know, then a comma, a full stop or the like: not "Cornyn, Texas Republican"
            else if (!(byStart.TryGetValue(span.Start, out var named) && named.Entry is { Kind: "division", Country: "US" } or { Kind: "country" }
                       && named.Span.End == span.End)) continue;
            // "Stanford, Calif.": an organisation the lists know by a town's one word is the town where an American state follows it
            // (not "ISIS, Iran, North Korea")
            if (m.Entry is { Type: EntityType.Org } && !_document.Slice(m.Span).ContainsAny(' ', '-')
                && (state.Value.EndsWith('.') || byStart.GetValueOrDefault(span.Start)?.Entry is { Kind: "division", Country: "US" }))
                townsOfListedNames.Add(m.Span);
            if (m.Entry is not null || m.Title is not null || m.PersonByContext) continue;
            var name = _document.Slice(m.Span);
            if (m.Type == EntityType.Person && name.Contains(' ')) continue;   // "John Cornyn, Texas" is no town
            // "the Reformation Church of Elizabeth, Colorado", "Suite 29D, New York" are in the place, not it
            if (name.ContainsAny(Digits) || name.Contains(" of ", StringComparison.Ordinal)) continue;
            places.Add(NameKey.For(_document.Slice(m.Span)));
        }
        if (places.Count == 0 && states.Count == 0 && townsOfListedNames.Count == 0) return found;
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (townsOfListedNames.Contains(m.Span))
            {
                found[i] = m with { Type = EntityType.Gpe, Entry = null, Parts = [], Pending = false };
                continue;
            }
            if (m.Type is EntityType.Gpe or EntityType.Loc || m.Entry is not null || m.Title is not null || m.PersonByContext) continue;
            if (places.Contains(NameKey.For(_document.Slice(m.Span))))
                found[i] = m with { Type = EntityType.Gpe, Parts = [], Pending = false };
        }
        found.RemoveAll(m => states.Exists(state => state.Span.Overlaps(m.Span)));
        found.AddRange(states);
        return found;
    }

    /// <summary>
    /// A comma, then a state's abbreviation ("Okla.", "N.C.") or capitalised words, ending where
    /// the sentence goes on after a comma, a semicolon, a bracket or a dash, or ends; in tokenised
    /// text ("Tulsa , Okla. , police") the punctuation stands apart.
    /// </summary>
    [GeneratedRegex(@"\G\s?,\s(?<state>(?:[A-Z]\.){2,3}|W\.\s?Va\.|[A-Z][a-z]{1,4}\.|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?=\s?[,;:)—–]|\s[-—–]|\s?\.?\s*$|\s?\.\s+\p{Lu}|(?<=\.)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex StateAfterComma();

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    [GeneratedRegex(@"\G\s\(\s?(?<state>[^()\s]{2,6}|W\. Va\.)\s?\)", RegexOptions.CultureInvariant)]
    private static partial Regex StateInBracketsAfterName();

    /// <summary>The Associated Press's abbreviations of the American states, as news writes them after a town.</summary>
    private static readonly FrozenSet<string> UsStateAbbreviations = new[]
    {
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Kans.", "Ky.", "La.", "Md.",
        "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nebr.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.",
        "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "W.Va.", "W. Va.", "Wis.", "Wyo.", "D.C.",
    }.ToFrozenSet(StringComparer.Ordinal);
}

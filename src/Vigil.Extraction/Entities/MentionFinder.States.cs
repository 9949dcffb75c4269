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
    /// "Miramar California is a bit north of San Diego", "What to do in San Rafael CA ?": web text
    /// writes a town and its state without the comma, and the tagger reads the two as one place. A
    /// place no list holds whole that ends in an American state's name or postal code is the town and
    /// the state; a direction or a region's word before the state names a part of it ("South
    /// Florida", "Upstate New York").
    /// </summary>
    private List<MentionCandidate> TownsRunIntoTheirState(List<MentionCandidate> found)
    {
        List<(int Index, MentionCandidate Town, MentionCandidate State)>? split = null;
        HashSet<string>? surnames = null;
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Type is not (EntityType.Gpe or EntityType.Loc) || m.Entry is not null) continue;
            var words = WordsIn(m.Span);
            if (words.Length < 2) continue;
            // the state's name of two words ("New Jersey") or one, or its postal code
            for (var n = Math.Min(2, words.Length - 1); n >= 1; n--)
            {
                var state = new TextSpan(words[^n].Start, words[^1].End);
                var surface = _document.Slice(state);
                var code = n == 1 && (PostalCodes.Contains(surface.ToString()) || PostalCodesInTitleCase.Contains(surface.ToString()));
                var entry = code ? null : _gazetteer.LookupKey(NameKey.For(surface), surface).FirstOrDefault(e => e is { Kind: "division", Country: "US" });
                if (!code && entry is null) continue;
                var town = new TextSpan(m.Span.Start, words[^(n + 1)].End);
                // "South Florida", "Upstate New York": a part of the state, not a town in it; nor is "Lake Michigan" a town,
                // "Trump’s AZ rally" or "the Sanders Iowa spots" a person's
                var townKey = NameKey.For(_document.Slice(town));
                if (!WordsIn(town).All(w => char.IsUpper(_text[w.Start])) || RegionWords.Contains(townKey) || EntityLexicon.IsHead(townKey, out _)
                    || _document.Slice(town).IndexOfAny("’'") >= 0 || (surnames ??= FullNameSurnames(found)).Contains(townKey)) break;
                (split ??= []).Add((i, m with { Span = town, Type = EntityType.Gpe, Parts = [] }, new MentionCandidate(state, EntityType.Gpe, m.Sentence) { Entry = entry }));
                break;
            }
        }
        if (split is null) return found;
        for (var k = split.Count - 1; k >= 0; k--)
        {
            var (index, town, state) = split[k];
            found[index] = town;
            found.Insert(index + 1, state);
        }
        return found;
    }

    private static readonly FrozenSet<string> RegionWords = new[]
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast", "northwest",
        "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "upstate", "downstate",
        "coastal", "rural", "greater", "inland", "upper", "lower", "middle", "mid", "deep",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The postal codes of the American states, as addresses and web posts write them after a town.</summary>
    private static readonly FrozenSet<string> PostalCodes = new[]
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA",
        "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
        "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Postal codes written in title case ("San Rafael Ca") that are no English word or name.</summary>
    private static readonly FrozenSet<string> PostalCodesInTitleCase = new[] { "Ca", "Tx", "Fl", "Az", "Nj", "Ny", "Nc", "Sc", "Nv", "Ct", "Wv" }
        .ToFrozenSet(StringComparer.Ordinal);

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

    /// <summary>
    /// "a loan from the State of Virginia", "the Commonwealth of Massachusetts": the state named in
    /// full is one name, the place (every corpus here marks the whole); not after a capitalised word,
    /// whose name it may end ("Islamic State of Iraq").
    /// </summary>
    private List<MentionCandidate> StatesNamedInFull(List<MentionCandidate> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Type != EntityType.Gpe) continue;
            var opening = FollowsWord(m.Span.Start, "of") && PreviousWord(m.Span.Start - 4) is var (start, word) && word is "State" or "Commonwealth" ? start : -1;
            if (opening < 0 || PreviousWord(opening - 1) is var (_, before) && before is [>= 'A' and <= 'Z', ..] and not "The") continue;
            found[i] = m with { Span = new TextSpan(opening, m.Span.End) };
        }
        return found;
    }
}

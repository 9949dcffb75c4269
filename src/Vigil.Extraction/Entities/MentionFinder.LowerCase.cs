using Vigil.Collections;
using Vigil.Documents;

namespace Vigil.Extraction.Entities;

// "i am from mexico traveling to san francisco": places in the posts of writers who capitalise nothing.
internal sealed partial class MentionFinder
{
    /// <summary>Places whose names are also common words, which a writer in lower case means as the words.</summary>
    private static readonly FrozenSet<string> PlacesThatAreWords = new[]
    {
        "china", "turkey", "chad", "jordan", "guinea", "chile", "georgia", "nice", "reading", "split", "bath", "mobile", "victoria",
        "orange", "lima", "sale", "bury", "wells", "march", "male", "cork", "derby", "hull", "buffalo", "phoenix", "eugene", "chihuahua", "jersey",
        "columbus", "washington", "lincoln", "jackson", "madison", "austin", "helena", "pierre", "concord", "providence", "mercury",
        "central", "western", "eastern", "northern", "southern", "north", "south", "east", "west", "capital", "federal", "lakes",
        "coast", "islands", "island", "city", "valley", "highlands", "midlands", "border", "delta", "plateau", "mountain", "upper", "lower",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SchoolWords = new[] { "a&m", "state", "tech", "university", "college", "u" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Names written in lower case. A writer who capitalises nothing ("i am from mexico", "cos i ll
    /// be going to baguio") still names places, and a country, a large town or a state the lists
    /// hold, written in lower case in such a text, is the place. Where the article shows that its
    /// writer capitalises (no pronoun "i", most sentences opening with a capital), a place whose
    /// name is a common word is that word when written in lower case ("we ate turkey", "the china
    /// was broken"), whatever the tagger read, as is any name in lower case after an article ("an
    /// apple"); other places in lower case ("a foreigner living in malaysia") stay, as web text
    /// writes them so.
    /// </summary>
    private List<MentionCandidate> NamesInLowerCase(List<MentionCandidate> found)
    {
        if (!WriterDoesNotCapitalise())
            return found.Exists(IsCommonWord) ? found.Where(m => !IsCommonWord(m)).ToList() : found;
        var tokens = _document.Tokens;
        var added = new List<MentionCandidate>();
        var taken = new SortedSpans(found.Select(m => m.Span));
        for (var t = 0; t < tokens.Length; t++)
        {
            if (!IsLowerCaseWordToken(t)) continue;
            // the longest run of up to three lower-case words the lists hold as a place
            for (var end = Math.Min(t + 2, tokens.Length - 1); end >= t; end--)
            {
                if (!Enumerable.Range(t, end - t + 1).All(IsLowerCaseWordToken)) continue;
                var span = new TextSpan(tokens[t].Span.Start, tokens[end].Span.End);
                var surface = _document.Slice(span);
                if (span.Length < 4 || (end == t && PlacesThatAreWords.Contains(surface.ToString())) || taken.AnyOverlaps(span)) continue;
                var entry = _gazetteer.LookupKey(NameKey.For(surface), surface).FirstOrDefault(e => e.Type == EntityType.Gpe
                    && (e.Kind is "country" or "capital" or "city" || e.Kind == "division" && e.Country == "US"));
                // "texas a&m", "ohio state", "georgia tech": a school named after the place
                if (entry is null || SchoolWords.Contains(WordAfter(span.End))) continue;
                added.Add(new MentionCandidate(span, EntityType.Gpe, SentenceOf(span.Start)) { Entry = entry });
                t = end;
                break;
            }
        }
        if (added.Count == 0) return found;
        return [.. found.Concat(added).OrderBy(m => m.Span.Start)];
    }

    /// <summary>
    /// "Iodine deficiency can lead to ...", where the article goes on about "an adequate intake of
    /// iodine": a lone capitalised word read as a person, which the article also writes in lower
    /// case, is that common word capitalised at a sentence's opening, not a person; unless it is a
    /// given name ("Will", "Grace") or a word of a person's longer name the article gives ("Gordon
    /// Brown", "brown bears"). A speech verb beside it is no evidence against that ("WHO say Iodine
    /// deficiency is ...").
    /// </summary>
    private List<MentionCandidate> CommonWordsReadAsPeople(List<MentionCandidate> found)
    {
        // (a writer who writes names in lower case too shows nothing by it: "a paper on donatello")
        if (!found.Exists(IsLoneWordReadAsPerson) || WriterDoesNotCapitalise()) return found;
        HashSet<string>? lone = null;
        foreach (var m in found)
            if (IsLoneWordReadAsPerson(m))
                (lone ??= new(StringComparer.Ordinal)).Add(_document.Slice(m.Span).ToString().ToLowerInvariant());
        if (lone is null) return found;
        foreach (var m in found)
            if (m.Type == EntityType.Person && m.Parts.Length >= 2)
                foreach (var part in m.Parts)
                    lone.Remove(_document.Slice(part).ToString().ToLowerInvariant());
        if (lone.Count == 0) return found;
        var written = new HashSet<string>(StringComparer.Ordinal);
        var loneWords = lone.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = 0; t < _document.Tokens.Length; t++)
            if (IsLowerCaseWordToken(t) && loneWords.Contains(_document.Slice(_document.Tokens[t].Span)) && IsWordApart(_document.Tokens[t].Span))
                written.Add(Word(t));
        return written.Count == 0 ? found : found.Where(m => !(IsLoneWordReadAsPerson(m) && written.Contains(_document.Slice(m.Span).ToString().ToLowerInvariant()))).ToList();
    }

    /// <summary>Whether a token stands as a word of its own, not a piece of an address ("rajendra.o...@gmail.com").</summary>
    private bool IsWordApart(TextSpan span) =>
        (span.Start == 0 || !IsAddressCharacter(_text[span.Start - 1]))
        && (span.End == _text.Length || !IsAddressCharacter(_text[span.End]) || span.End + 1 == _text.Length || char.IsWhiteSpace(_text[span.End + 1]));

    private static bool IsAddressCharacter(char c) => c is '.' or '@' or '/' or '_' or '#';

    private bool IsLoneWordReadAsPerson(MentionCandidate m) =>
        m is { Type: EntityType.Person, Entry: null, Title: null } && char.IsUpper(_text[m.Span.Start])
        && _document.Slice(m.Span) is var word && word.IndexOfAny(' ', '-', '.') < 0 && word.Length >= 3
        && !Tagging.TaggerLexicon.IsGivenName(word);

    /// <summary>The characters after a space up to the next space ("a&amp;m" whole, however the tokenizer cut it).</summary>
    private string WordAfter(int end) =>
        end < _text.Length && _text[end] == ' ' ? NextWord(end + 1).Word : "";

    /// <summary>
    /// A name in lower case, in a text whose writer capitalises, that is a place's common word, or
    /// any word after an article ("an apple", "the adobe house", "the oracle"): a noun, though the
    /// lists hold a company so named.
    /// </summary>
    private bool IsCommonWord(MentionCandidate m)
    {
        if (!IsAllLowerCase(m.Span, wordsApart: true)) return false;
        if (PlacesThatAreWords.Contains(_document.Slice(m.Span).ToString())) return true;
        var before = TokenIndexAt(m.Span.Start) - 1;
        return before >= 0 && Word(before).ToLowerInvariant() is "a" or "an" or "the";
    }

    private bool IsLowerCaseWordToken(int t) => IsAllLowerCase(_document.Tokens[t].Span);

    /// <summary>
    /// Whether the span is one word of lower-case letters ("turkey"; not "iPhone", "al-Qaeda" or
    /// "e.g."), or with <paramref name="wordsApart"/> such words apart by single spaces ("adobe house").
    /// </summary>
    private bool IsAllLowerCase(TextSpan span, bool wordsApart = false)
    {
        if (span.Length == 0) return false;
        for (var i = span.Start; i < span.End; i++)
            if (!char.IsAsciiLetterLower(_text[i]) && !(wordsApart && _text[i] == ' ' && i > span.Start && _text[i - 1] != ' ')) return false;
        return true;
    }

    /// <summary>Whether the writer writes the pronoun "i" in lower case or opens most sentences so.</summary>
    private bool WriterDoesNotCapitalise()
    {
        var tokens = _document.Tokens;
        for (var t = 0; t < tokens.Length; t++)
            if (tokens[t].Span.Length == 1 && _text[tokens[t].Span.Start] == 'i') return true;
        int lower = 0, opened = 0;
        foreach (var sentence in _document.Sentences)
        {
            var first = sentence.Span.Start;
            while (first < sentence.Span.End && !char.IsLetter(_text[first])) first++;
            if (first >= sentence.Span.End) continue;
            opened++;
            if (char.IsLower(_text[first])) lower++;
        }
        return opened >= 2 && lower * 2 > opened;
    }
}

using System.Text.RegularExpressions;
using Vigil.Collections;
using Vigil.Documents;
using Vigil.Extraction.Actors;
using Vigil.Extraction.Entities.Tagging;

namespace Vigil.Extraction.Entities;

/// <summary>A name found in one sentence, before the names of the whole article are resolved to entities.</summary>
internal sealed record MentionCandidate(TextSpan Span, EntityType Type, int Sentence)
{
    /// <summary>The gazetteer actor the name is, when the gazetteer knows it.</summary>
    public GazetteerEntry? Entry { get; init; }

    /// <summary>The title that precedes a person's name ("Secretary of State").</summary>
    public string? Title { get; init; }

    /// <summary>
    /// A lone capitalised word with no evidence of what it names ("Khalilzad" in "praising
    /// Khalilzad"): kept only if the article names a person with that surname elsewhere.
    /// </summary>
    public bool Pending { get; init; }

    /// <summary>
    /// A person the words beside the name show to be one, a speech verb ("Chowdhury said") or a
    /// cricket scorecard's dismissal ("c Moin Khan b Wasim Akram"): evidence enough without the tagger.
    /// </summary>
    public bool PersonByContext { get; init; }

    /// <summary>For a person: where the words of the name are ("Abdul", "Ghani", "Baradal"), particles included.</summary>
    public ImmutableArray<TextSpan> Parts { get; init; } = [];

    /// <summary>The name parts as comparison keys, filled in by the resolver.</summary>
    internal ImmutableArray<string> PartKeys { get; init; } = [];
}

/// <summary>
/// Finds names sentence by sentence. The statistical <see cref="EntityTagger"/> says where names
/// are and whether each is a person, organisation, place or other; the rules type them finer and
/// fill in what the tagger leaves out. The rules scan runs of capitalised words (joined by "of",
/// "al-", "bin" and the like), cut into gazetteer names, titles and unknown names, typed by the
/// gazetteer, organisation and place head nouns, a title or a speech verb beside a person. Where
/// a rule name is also a tagged name, the rule gives its finer type (GPE, FAC, NORP, EVENT), its
/// gazetteer actor and the person's title; a tagged name the rules did not find is typed by the
/// gazetteer and head nouns alone; a rule name the tagger did not find is kept only on strong
/// evidence (a gazetteer actor, a title before a person, a head noun).
/// </summary>
internal sealed partial class MentionFinder
{
    private enum SegmentKind { Gazetteer, Title, Name }

    private sealed record Segment(SegmentKind Kind, int First, int Last)
    {
        /// <summary>The connector word ("of", "bin") that joins this segment to the one before, or null when they touch.</summary>
        public string? Link { get; init; }
        public GazetteerEntry? Entry { get; init; }
        public PersonTitle? Title { get; init; }
        /// <summary>Set when a segment was grown from a gazetteer name and a head noun ("Kabul Airport").</summary>
        public EntityType? HeadType { get; init; }
        public string? TitleText { get; init; }
    }

    private readonly Document _document;
    private readonly Gazetteer _gazetteer;
    private readonly EntityTagger? _tagger;
    private readonly string _text;

    /// <summary>The names the article shows to be sports teams (a score line, "Barcelona coach", "Barcelona beat Valencia 3-2"), by key.</summary>
    private readonly HashSet<string> _teams = new(StringComparer.Ordinal);

    /// <param name="tagger">The name tagger; null runs the rules alone.</param>
    public MentionFinder(Document document, Gazetteer gazetteer, EntityTagger? tagger)
    {
        _document = document;
        _gazetteer = gazetteer;
        _tagger = tagger;
        _text = document.Text;
    }

    public MentionFinder(Document document, Gazetteer gazetteer) : this(document, gazetteer, EntityTagger.Default)
    {
    }

    public List<MentionCandidate> Find()
    {
        var tagged = TaggedNames();
        var found = new List<MentionCandidate>();
        var rules = new List<MentionCandidate>();
        var shouted = new List<(int Sentence, List<Piece> Pieces)>();
        var titleCased = new HashSet<int>();
        for (var s = 0; s < _document.Sentences.Length; s++)
        {
            var pieces = NamePieces.Of(_document, _document.Sentences[s]);
            if (SentenceScan.IsShouting(pieces)) shouted.Add((s, pieces));
            // the article's headline, a line of its own above a body: a line of names or a signature block in title case is no headline
            else if (s == 0 && IsLineAboveBody(_document.Sentences[s].Span) && SentenceScan.IsHeadline(pieces, every: true)) titleCased.Add(s);
            var sentence = new SentenceScan(this, pieces, s, rules);
            sentence.Run();
            if (tagged is null)
                found.AddRange(rules);
            else
                found.AddRange(new TaggedNameTyping(sentence, pieces, s).Merge(tagged[s], rules));
            rules.Clear();
        }
        found.RemoveAll(m => IsPartyAndState(_document.Text.AsSpan(m.Span.Start, m.Span.Length)) || IsStateAfterParty(m.Span) || IsPronounContraction(_document.Text.AsSpan(m.Span.Start, m.Span.Length))
                             || IsRetweetMarker(m.Span) || IsTournamentGroup(_document.Text.AsSpan(m.Span.Start, m.Span.Length)));
        found = NamesInLowerCase(StormsByTheirNames(PlacesNamedByTheirOwner(TheChamberNamedHouse(TownsRunIntoTheirState(PlacesBeforeTheirState(OrganisationsByFirstWord(CompaniesWithoutTheirLegalForm(OrganisationsWithoutOpeningDescription(RacesNamedTourOfPlaces(EventsNamedAfterTheirBody(OrganisationsThroughHyphens(PartiesOfDemocrats(TypedByDescription(NamesWrittenWhole(KeepGroupsConsistent(OrganisationsOfPeople(ClubsBeforePlayers(PeopleThroughParticles(PeopleByTheirAge(HyphenatedGivenNamesAfterFamilyNames(tagged is null ? found : InitialsNamingNoPerson(LoneWordsNamingNoOne(KeepPeopleConsistent(FamilyNamesThatAreTitles(AddShoutedSurnames(TeamsNamedAfterTowns(PossessivesOfPeopleNamed(PeopleEndingAtPossessives(NamesAfterPeopleByTheirLastWord(PeopleCutAtLowerCaseWords(found))))), shouted))))))))))))))))))))))))));
        // last of the article-wide passes: the body's names are read as the passes leave them, and a copy in a headline counts as no evidence of its own
        found = WithoutSharedWords(CompoundsOpeningOrganisations(InitialsTheArticleDefines(PlacesInDatelines(SportsOpeningHeadlines(TeamsThroughout(TeamsAfterCompetitors(ClubsOfRankedPlayers(PlayersInScorecards(TeamsInResultTables(PeopleInTitleCasedHeadlines(
            tagged is null ? found : ShoutedNamesAsInTheBody(found, shouted), titleCased)))))))))));
        found = OneTypeForEachName(StatesNamedInFull(NamesThroughSpacedHyphens(FacilitiesNamedAfterPlacesOrPeople(OrganisationsJoinedBySlash(CasesNamedByTheirParties(CommonWordsReadAsPeople(NamesKnownAsThroughout(LegislaturesAlone(MastheadsWithTheirThe(MastheadsAlone(MarketIndices(PartiesWithTheirNounInLowerCase(found)))))))))))));
        // after every pass, as one of them may read such a word as a person's name once the organisation is gone
        found.RemoveAll(NamesNothingAlone);
        return found;
    }

    /// <summary>
    /// Words that name nothing alone, whatever read them: a letter read as a place or a body ("the F
    /// statistic"; a letter may stand for a person, "Q" or "Mr. X"), a kind of organisation ("a super PAC",
    /// "NGOs"), a common noun a court or a house style capitalises ("Petitioner", "the Government")
    /// and a Roman numeral. (The lengths first: a key is a new string, and only words of these
    /// lengths can be one.)
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CapitalisedCommonNouns =
        EntityLexicon.CapitalisedCommonNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private bool NamesNothingAlone(MentionCandidate m) =>
        m.Span.Length == 1 && m.Type is not (EntityType.Person or EntityType.Other)
        || m.Span.Length is 3 or 4 && EntityLexicon.KindsOfOrganisation.Contains(NameKey.For(_document.Slice(m.Span)))
        || m.Span.Length is >= 6 and <= 12 && m.Entry is null && CapitalisedCommonNouns.Contains(_document.Slice(m.Span))
        || IsRomanNumeral(_document.Slice(m.Span));

    /// <summary>
    /// "Parts I through IV", "Chapter XII": a Roman numeral of two letters or more alone names
    /// nothing ("World War II" keeps its own).
    /// </summary>
    private static bool IsRomanNumeral(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 6 && !word.ContainsAnyExcept("IVX") && RomanNumerals.Contains(word.ToString());

    private static readonly FrozenSet<string> RomanNumerals =
        Enumerable.Range(2, 38).Select(Roman).ToFrozenSet(StringComparer.Ordinal);

    private static string Roman(int n)
    {
        var tens = new[] { "", "X", "XX", "XXX" }[n / 10];
        var units = new[] { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" }[n % 10];
        return tens + units;
    }

    /// <summary>
    /// "Patriot Coal" read as an organisation three times and once as other: a name of two words or
    /// more, written the same way throughout an article, is one thing, of the type most of its
    /// readings give ("other" counts only where nothing else was read). A name a list knows keeps
    /// the list's type; a tie changes nothing.
    /// </summary>
    private List<MentionCandidate> OneTypeForEachName(List<MentionCandidate> found)
    {
        Dictionary<string, Dictionary<EntityType, int>>? votes = null;
        foreach (var m in found)
        {
            if (m.Pending || m.Type == EntityType.Other || !_document.Slice(m.Span).Contains(' ')) continue;
            votes ??= new(StringComparer.Ordinal);
            var name = _document.Slice(m.Span).ToString();
            if (!votes.TryGetValue(name, out var byType)) votes[name] = byType = [];
            byType[m.Type] = byType.GetValueOrDefault(m.Type) + 1;
        }
        if (votes is null) return found;
        var byName = votes.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Entry is not null || m.Pending || !byName.TryGetValue(_document.Slice(m.Span), out var byType)) continue;
            var ranked = byType.OrderByDescending(v => v.Value).ToList();
            var winner = ranked[0].Key;
            if (winner == m.Type || ranked.Count > 1 && ranked[1].Value == ranked[0].Value) continue;
            found[i] = m with { Type = winner, Parts = winner == EntityType.Person ? WordsIn(m.Span) : [], PersonByContext = false };
        }
        return found;
    }

    /// <summary>
    /// "Dagalo, widely known as Hemedti, ... Hemedti later left": a name the article gives as what
    /// an actor is known as is a name wherever the article writes it, though the tagger read nothing
    /// there (opening a sentence, the word alone has no evidence of its own).
    /// </summary>
    private List<MentionCandidate> NamesKnownAsThroughout(List<MentionCandidate> found)
    {
        if (!EntityResolver.MayGiveNamesKnownAs(_document)) return found;
        Dictionary<string, EntityType>? known = null;
        foreach (var m in found)
            if (!m.Pending && EntityResolver.KnownAsLeadStart(_document, m.Span) >= 0 && char.IsUpper(_text[m.Span.Start]))
                (known ??= new(StringComparer.Ordinal)).TryAdd(_document.Slice(m.Span).ToString(), m.Type);
        if (known is null) return found;
        var taken = new SortedSpans(found.Where(m => !m.Pending).Select(m => m.Span));
        List<MentionCandidate>? added = null;
        foreach (var (name, type) in known)
            for (var at = _text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, at + name.Length);
                if ((at > 0 && char.IsLetterOrDigit(_text[at - 1])) || (span.End < _text.Length && char.IsLetterOrDigit(_text[span.End])) || taken.AnyOverlaps(span)) continue;
                (added ??= []).Add(new MentionCandidate(span, type, SentenceOf(at)));
            }
        if (added is null) return found;
        // a word the tagger left unconfirmed there is dropped for the name
        found.RemoveAll(m => m.Pending && added.Exists(a => a.Span == m.Span));
        return [.. found.Concat(added).OrderBy(m => m.Span.Start)];
    }

    /// <summary>
    /// "and The Post stood by it", "Later the Times followed": a masthead's last word, capitalised
    /// after "the" in the middle of a sentence and going on into no name, is a newspaper,
    /// though the tagger read nothing there, or a person or other (the resolver joins it to the paper the article names in
    /// full). A capitalised "The" there is the masthead's own.
    /// </summary>
    private List<MentionCandidate> MastheadsAlone(List<MentionCandidate> found)
    {
        var tokens = _document.Tokens;
        List<MentionCandidate>? added = null;
        SortedSpans? taken = null;
        for (var t = 1; t < tokens.Length; t++)
        {
            var span = tokens[t].Span;
            var the = tokens[t - 1].Span;
            var article = _document.Slice(the);
            if (span.Length < 4 || !char.IsUpper(_text[span.Start]) || article is not ("the" or "The") || the.End + 1 != span.Start) continue;
            if (!EntityLexicon.MastheadNouns.Contains(NameKey.For(_document.Slice(span))) || OpensSentence(SentenceOf(the.Start), the.Start)) continue;
            // (nor into a name through "of": "the Star of David")
            if (t + 1 < tokens.Length && tokens[t + 1].Span.Start == span.End + 1
                && (char.IsUpper(_text[tokens[t + 1].Span.Start]) || EntityLexicon.Connectors.Contains(Word(t + 1)))) continue;
            var mention = article is "The" ? new TextSpan(the.Start, span.End) : span;
            // read as a person or as other there ("Readers of the Mirror wrote in"), it is the paper all the same
            var read = found.FindIndex(m => m.Span == span || m.Span == mention);
            if (read >= 0 && found[read] is { Entry: null, Title: null, Type: EntityType.Person or EntityType.Other } misread)
            {
                found[read] = misread with { Type = EntityType.Org, Parts = [], Pending = false, PersonByContext = false };
                continue;
            }
            if ((taken ??= new SortedSpans(found.Select(m => m.Span))).AnyOverlaps(mention)) continue;
            (added ??= []).Add(new MentionCandidate(mention, EntityType.Org, SentenceOf(span.Start)));
        }
        return added is null ? found : [.. found.Concat(added).OrderBy(m => m.Span.Start)];
    }

    /// <summary>
    /// "told The Washington Post", "The New York Times reported": a newspaper's name after a
    /// capitalised "The" takes it, as its masthead does and as a masthead's word alone does ("The
    /// Post", above); after "the" it stays out ("the New York Times").
    /// </summary>
    private List<MentionCandidate> MastheadsWithTheirThe(List<MentionCandidate> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Type != EntityType.Org || m.Span.Start < 4 || !_text.AsSpan(m.Span.Start - 4, 4).SequenceEqual("The ")
                || m.Span.Start > 4 && char.IsLetterOrDigit(_text[m.Span.Start - 5])) continue;
            var name = _document.Slice(m.Span);
            var space = name.LastIndexOf(' ');
            if (space < 0 || !EntityLexicon.MastheadNouns.Contains(NameKey.For(name[(space + 1)..]))) continue;
            found[i] = m with { Span = new TextSpan(m.Span.Start - 4, m.Span.End) };
        }
        return found;
    }

    /// <summary>
    /// "a Senate hearing", "needs a Senate majority": a legislature's one-word name capitalised in
    /// the middle of a sentence is the legislature, though the tagger read nothing there (as it
    /// often does after "a"); a head noun alone otherwise names nothing ("Ministry").
    /// </summary>
    private List<MentionCandidate> LegislaturesAlone(List<MentionCandidate> found)
    {
        var tokens = _document.Tokens;
        List<MentionCandidate>? added = null;
        SortedSpans? taken = null;
        for (var t = 1; t < tokens.Length; t++)
        {
            // (the token's characters compared in place: a string for every token of every article costs)
            if (_text.AsSpan(tokens[t].Span.Start, tokens[t].Span.Length) is not ("Senate" or "Parliament" or "Congress")
                || OpensSentence(SentenceOf(tokens[t].Span.Start), tokens[t].Span.Start)) continue;
            if ((taken ??= new SortedSpans(found.Select(m => m.Span))).AnyOverlaps(tokens[t].Span)) continue;
            (added ??= []).Add(new MentionCandidate(tokens[t].Span, EntityType.Org, SentenceOf(tokens[t].Span.Start)));
        }
        return added is null ? found : [.. found.Concat(added).OrderBy(m => m.Span.Start)];
    }

    /// <summary>
    /// "the FTSE 100 index", "the Nikkei average": a name before a market's index is the index, not
    /// the company that computes it or the exchange it measures, so no organisation (the corpora
    /// leave such names out). The name may carry the index's number ("S&amp;P 500") or not.
    /// </summary>
    private List<MentionCandidate> MarketIndices(List<MentionCandidate> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Type != EntityType.Org) continue;
            var t = TokenIndexAt(m.Span.End);
            if (t < _document.Tokens.Length && Word(t).All(char.IsAsciiDigit)) t++;
            if (t < _document.Tokens.Length && Word(t) is "index" or "Index" or "indices" or "average" or "Average" or "indexes")
                found[i] = m with { Type = EntityType.Other, Entry = null, Parts = [] };
        }
        return found;
    }

    /// <summary>
    /// "the Muhammad Ali Center", "the Marshall Plan", "the Brady Campaign", "Martin Luther King Day":
    /// a name read as a person's that ends in a head noun, or in a noun that things named after
    /// people end in, names that thing. Head nouns that are also family names ("Jerry Hall", "Kristen
    /// Day", "Shirley Temple") leave a name of two words a person's.
    /// </summary>
    private List<MentionCandidate> NamesAfterPeopleByTheirLastWord(List<MentionCandidate> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Type != EntityType.Person || m.Entry is not null) continue;
            var name = _document.Slice(m.Span);
            var space = name.LastIndexOf(' ');
            if (space < 0) continue;
            var last = NameKey.For(name[(space + 1)..]);
            if (name[..space].IndexOf(' ') < 0 && HeadsThatAreFamilyNames.Contains(last)) continue;
            EntityType type;
            if (EntityLexicon.IsHead(last, out var head) && head != EntityType.Person) type = head;
            else if (!ThingsNamedAfterPeople.TryGetValue(last, out type)) continue;
            found[i] = m with { Type = type, Parts = [], Title = null, Pending = false, PersonByContext = false };
        }
        return found;
    }

    /// <summary>Head nouns that are family names too: after a given name they end a person's name.</summary>
    private static readonly FrozenSet<string> HeadsThatAreFamilyNames = new[]
    {
        "bank", "banks", "church", "court", "guard", "hall", "park", "parks", "bridge", "bridges", "street", "gate", "gates", "temple",
        "tower", "hill", "hills", "lake", "bay", "forest", "range", "palace", "field", "fields", "camp", "road", "beach", "village",
        "springs", "heights", "mountain", "chambers", "day", "law", "rule", "service", "cross", "house", "mission", "office",
        "fund", "trust", "command", "union", "society", "party", "group", "front", "guards", "forces", "force", "cup", "games", "square",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns that end the names of things named after people: plans, laws, prizes, days, campaigns.</summary>
    private static readonly FrozenDictionary<string, EntityType> ThingsNamedAfterPeople = new Dictionary<string, EntityType>(StringComparer.Ordinal)
    {
        ["plan"] = EntityType.Other, ["doctrine"] = EntityType.Other, ["act"] = EntityType.Other, ["amendment"] = EntityType.Other,
        ["rule"] = EntityType.Other, ["law"] = EntityType.Other, ["prize"] = EntityType.Other, ["award"] = EntityType.Other,
        ["medal"] = EntityType.Other, ["syndrome"] = EntityType.Other, ["day"] = EntityType.Event, ["campaign"] = EntityType.Org,
        ["forum"] = EntityType.Org,
        // the trades a firm named after its founder ends in ("Malcolm Smith Motorsports", "Ashdown Horse Transport")
        ["motorsports"] = EntityType.Org, ["transport"] = EntityType.Org, ["trucking"] = EntityType.Org, ["construction"] = EntityType.Org,
        ["consulting"] = EntityType.Org, ["insurance"] = EntityType.Org, ["realty"] = EntityType.Org, ["properties"] = EntityType.Org,
        ["entertainment"] = EntityType.Org, ["productions"] = EntityType.Org, ["studios"] = EntityType.Org, ["records"] = EntityType.Org,
        ["foods"] = EntityType.Org, ["logistics"] = EntityType.Org, ["enterprises"] = EntityType.Org, ["associates"] = EntityType.Org,
        ["investments"] = EntityType.Org, ["futures"] = EntityType.Org,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// "Sanders trails Clinton in California", "Trump belies Cruz": a person's name holds no
    /// lower-case word but a particle ("Osama bin Laden", "Ludwig van Beethoven"); the tagger, which
    /// reads a few words around each, may run two names over the verb between them. Each side that
    /// is left is a person of its own.
    /// </summary>
    private List<MentionCandidate> PeopleCutAtLowerCaseWords(List<MentionCandidate> found)
    {
        if (!found.Exists(m => m.Type == EntityType.Person && HasLowerCaseWord(m.Span))) return found;
        var result = new List<MentionCandidate>(found.Count + 4);
        foreach (var m in found)
        {
            if (m.Type != EntityType.Person || m.Entry is not null || !HasLowerCaseWord(m.Span))
            {
                result.Add(m);
                continue;
            }
            var start = -1;
            var words = WordsIn(m.Span);
            for (var i = 0; i <= words.Length; i++)
            {
                var cut = i == words.Length || IsLowerCaseWord(words[i]);
                if (!cut && start < 0) start = i;
                if (!cut || start < 0) continue;
                var span = new TextSpan(words[start].Start, words[i - 1].End);
                result.Add(m with { Span = span, Parts = WordsIn(span), Title = start == 0 ? m.Title : null, Pending = false });
                start = -1;
            }
        }
        return result;
    }

    private bool HasLowerCaseWord(TextSpan span)
    {
        // most names hold no space before a lower-case letter: read the characters before making words
        var text = _document.Slice(span);
        var any = false;
        for (var i = 0; i < text.Length && !any; i++)
            any = char.IsLower(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1]));
        if (!any) return false;
        foreach (var word in WordsIn(span))
            if (IsLowerCaseWord(word)) return true;
        return false;
    }

    /// <summary>A word of three letters or more in lower case that no name holds ("trails", not "bin" or "van").</summary>
    private bool IsLowerCaseWord(TextSpan word) =>
        word.Length >= 3 && char.IsLower(_text[word.Start]) && _document.Slice(word).IndexOfAny("-‐'’") < 0
        && !LowerCaseNameWords.Contains(_document.Slice(word).ToString());

    private static readonly FrozenSet<string> LowerCaseNameWords = new[]
    {
        "bin", "ibn", "bint", "abu", "van", "von", "der", "den", "del", "della", "dos", "das", "des", "dei", "ter", "ben", "bey", "zur", "wa",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Bernie Sanders Burns Hillary Clinton", "Pastor Wants Girl Scout Leaders To Be Executed": an
    /// article's headline in title case capitalises its verbs and nouns, and a person's name runs
    /// into them. A person read there loses the words at its edges that the body writes in lower
    /// case ("Hillary Private Email Server"), and then those after or before a person the body names
    /// so ("Bernie Sanders Burns", "Senator Endorsed Trump"); nothing left, or nothing that a person of the body bears, a given
    /// name or a list's person ("Texas Gov. Hears About ..."), no person.
    /// </summary>
    private List<MentionCandidate> PeopleInTitleCasedHeadlines(List<MentionCandidate> found, HashSet<int> titleCased)
    {
        if (titleCased.Count == 0 || !found.Exists(m => m.Type == EntityType.Person && titleCased.Contains(m.Sentence))) return found;
        string KeyOf(TextSpan word) => NameKey.For(_document.Slice(WithoutPossessive(word)));
        var bodyNames = new HashSet<string>(StringComparer.Ordinal);
        var bodyWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in found)
            if (m.Type == EntityType.Person && !m.Pending && !titleCased.Contains(m.Sentence))
            {
                var words = WordsIn(m.Span);
                bodyNames.Add(string.Join(' ', words.Select(KeyOf)));
                foreach (var w in words) bodyWords.Add(KeyOf(w));
            }
        var inHeadlines = found.Where(m => m.Type == EntityType.Person && titleCased.Contains(m.Sentence)).ToList();
        var lower = LowerCaseWords(inHeadlines.SelectMany(m => WordsIn(m.Span)).Select(KeyOf), titleCased);
        var result = new List<MentionCandidate>(found.Count);
        foreach (var m in found)
        {
            if (m.Type != EntityType.Person || !titleCased.Contains(m.Sentence))
            {
                result.Add(m);
                continue;
            }
            var words = WordsIn(m.Span);
            var keys = words.Select(KeyOf).ToList();
            bool Common(int i) => lower.Contains(keys[i]) && !bodyWords.Contains(keys[i]);
            int first = 0, last = words.Length - 1;
            while (first <= last && Common(first)) first++;
            while (last >= first && Common(last)) last--;
            if (first > last) continue;
            // "Hears", "Wants Girl": no word a person of the body bears, no given name, no listed person
            if (m.Entry is null && !Enumerable.Range(first, last - first + 1).Any(i => bodyWords.Contains(keys[i]) || References.GivenNames.IsGivenName(_document.Slice(words[i]))))
                continue;
            for (var b = last; b >= first; b--)
                if (bodyNames.Contains(string.Join(' ', keys.Skip(first).Take(b - first + 1))))
                {
                    last = b;
                    break;
                }
            // "Senator Endorsed Trump": a verb's past before a person the body names, which neither the body's people bear nor a given name is
            for (var a = first; a < last && IsHeadlineVerb(words[a]) && !bodyWords.Contains(keys[a]); a++)
                if (bodyNames.Contains(string.Join(' ', keys.Skip(a + 1).Take(last - a))))
                {
                    first = a + 1;
                    break;
                }
            if (first == 0 && last == words.Length - 1)
            {
                result.Add(m);
                continue;
            }
            var span = new TextSpan(words[first].Start, WithoutPossessive(words[last]).End);
            result.Add(m with { Span = span, Parts = WordsIn(span), Title = first == 0 ? m.Title : null });
        }
        return result;
    }

    /// <summary>"Endorsed", "Slammed": a capitalised word ending as a verb's past does, that no list gives as a name ("Jared", "Ahmed").</summary>
    private bool IsHeadlineVerb(TextSpan word)
    {
        var text = _document.Slice(word);
        return text.Length > 4 && text.EndsWith("ed", StringComparison.Ordinal)
               && !References.GivenNames.IsGivenName(text) && !Tagging.TaggerLexicon.IsGivenName(text);
    }

    private bool IsLineAboveBody(TextSpan sentence)
    {
        var i = sentence.End;
        while (i < _text.Length && _text[i] is ' ' or '\t' or '\r') i++;
        return i < _text.Length && _text[i] == '\n' && _document.Sentences.Length > 1;
    }

    /// <summary>Whether the list spells the actor's name, as keyed, with a possessive ("Lloyd's of London").</summary>
    private static bool SpelledWithPossessive(GazetteerEntry entry, string key)
    {
        foreach (var name in entry.Aliases.Prepend(entry.Name))
            if (name.AsSpan().IndexOfAny('\'', '’') >= 0 && NameKey.For(name) == key) return true;
        return false;
    }

    /// <summary>"Trump’s" and "Trump 's" as "Trump".</summary>
    private TextSpan WithoutPossessive(TextSpan word)
    {
        if (word.Length <= 2 || !NamePieces.IsPossessive(_text.AsSpan(word.End - 2, 2))) return word;
        var end = word.End - 2;
        while (end > word.Start && char.IsWhiteSpace(_text[end - 1])) end--;   // "Moody 's" as tokenised news writes it
        return new TextSpan(word.Start, end);
    }

    /// <summary>
    /// A lone word read as a person that no person of the article bears as surname: no one when it
    /// is a direction's adjective ("Western allies") or a word ending in "-ing" that opens its
    /// sentence ("Fighting continued near Bakhmut"), and, with nothing beside it to say it is a
    /// person, the place the article names by it elsewhere ("Ukraine says Russian strikes hit
    /// Zaporizhzhia", a headline, before "the city of Zaporizhzhia").
    /// </summary>
    private List<MentionCandidate> LoneWordsNamingNoOne(List<MentionCandidate> found)
    {
        var surnames = FullNameSurnames(found);
        // each word's readings as a place, counted: a listed place, or more readings as a place than as a person
        Dictionary<string, (MentionCandidate Place, int Places, int People)>? readings = null;
        foreach (var m in found)
        {
            if (m.Type is not (EntityType.Gpe or EntityType.Loc or EntityType.Person) || _document.Slice(m.Span).ContainsAny(' ', '\n')) continue;
            readings ??= new(StringComparer.Ordinal);
            var key = NameKey.For(_document.Slice(m.Span));
            var (place, places, people) = readings.GetValueOrDefault(key);
            readings[key] = m.Type == EntityType.Person ? (place, places, people + 1)
                : (place is null || place.Entry is null && m.Entry is not null ? m : place, places + 1, people);
        }
        var wordsOpeningSentences = WordsOnlyOpeningSentences(found, surnames);
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var m = found[i];
            if (m.Type != EntityType.Person || !IsLoneUnlistedName(m)) continue;
            var key = NameKey.For(_document.Slice(m.Span));
            if (surnames.Contains(key) || References.GivenNames.IsGivenName(_document.Slice(m.Span))) continue;
            // a speech verb beside the word is no evidence against these ("urged Western allies", "Fighting continued")
            if (DirectionAdjectives.Contains(key) || key.Length >= 6 && key.EndsWith("ing", StringComparison.Ordinal) && OpensSentence(m)
                || !m.PersonByContext && wordsOpeningSentences.Contains(key))
                found.RemoveAt(i);
            else if (!m.PersonByContext && readings!.GetValueOrDefault(key) is { Place: { } place } reading && (place.Entry is not null || reading.Places > reading.People))
                found[i] = m with { Type = place.Type, Entry = place.Entry, Parts = [] };
        }
        return found;
    }

    /// <summary>
    /// "Many young voters stayed home ... “Voters — even those ...”", "a savage grandpa ... “Savage,”
    /// she said": a lone word read as a person only where it opens a sentence, which the article also
    /// writes in lower case, is that common word capitalised.
    /// </summary>
    private HashSet<string> WordsOnlyOpeningSentences(List<MentionCandidate> found, HashSet<string> surnames)
    {
        Dictionary<string, bool>? opening = null;
        foreach (var m in found)
        {
            if (m.Type != EntityType.Person || !IsLoneUnlistedName(m)) continue;
            var key = NameKey.For(_document.Slice(m.Span));
            if (surnames.Contains(key)) continue;
            opening ??= new(StringComparer.Ordinal);
            opening[key] = opening.GetValueOrDefault(key, true) && OpensSentence(m);
        }
        if (opening is null) return [];
        // a name written elsewhere in the middle of a sentence, by any reading, is a name there too
        foreach (var m in found)
            if (m.Type != EntityType.Person && opening.ContainsKey(NameKey.For(_document.Slice(m.Span))) && !OpensSentence(m))
                opening[NameKey.For(_document.Slice(m.Span))] = false;
        var words = opening.Where(o => o.Value).Select(o => o.Key).ToList();
        return words.Count == 0 ? [] : LowerCaseWords(words, [], wordsOfTheirOwn: true);
    }

    /// <summary>
    /// "Mr. Trump 's RT appearance", "Commentary’s Noah Rothman": a person's name never runs through
    /// a possessive; what the tagger read so is the owner and what is owned. The person is the part
    /// after it where that is a given name and more ("Fox's Chris Wallace") or the surname of someone
    /// the article names in full ("Purple PAC's Crane"), else the owner ("Mr. Cruz's Cuba-born
    /// father", "Trump’s Bigotry Doesn’t" in a headline); the other part is left to the passes after (a lone
    /// "RT" then no longer reads as this person's surname).
    /// </summary>
    private List<MentionCandidate> PeopleEndingAtPossessives(List<MentionCandidate> found)
    {
        HashSet<string>? surnames = null;
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var m = found[i];
            if (m.Type != EntityType.Person || m.Entry is not null) continue;
            var at = PossessiveInside().Match(_text, m.Span.Start, m.Span.Length);
            if (!at.Success) continue;
            var owner = new TextSpan(m.Span.Start, at.Index);
            var owned = new TextSpan(at.Index + at.Length, m.Span.End);
            surnames ??= FullNameSurnames(found.Where(p => !PossessiveInside().Match(_text, p.Span.Start, p.Span.Length).Success));
            var words = WordsIn(owned);
            var ownedIsPerson = words.Length >= 2 && Tagging.TaggerLexicon.IsGivenName(_document.Slice(words[0])) || surnames.Contains(NameKey.For(_document.Slice(owned)));
            var person = ownedIsPerson ? owned : owner;
            found[i] = m with { Span = person, Parts = WordsIn(person) };
        }
        return found;
    }

    /// <summary>
    /// "Chris Christie ... Christie's campaign", "Helmut Kohl ... Kohl's government": a listed
    /// company named with a possessive ("Christie's", "Kohl's") is the person's possessive where the
    /// article names a person of that surname or given name.
    /// </summary>
    private List<MentionCandidate> PossessivesOfPeopleNamed(List<MentionCandidate> found)
    {
        HashSet<string>? names = null;
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Type == EntityType.Person || m.Entry is null || WithoutPossessive(m.Span) is var owner && owner == m.Span
                || _document.Slice(owner).ContainsAny(' ', '\n')) continue;
            names ??= NamesOfPeopleNamedInFull(found);
            if (names.Contains(NameKey.For(_document.Slice(owner))))
                found[i] = m with { Span = owner, Type = EntityType.Person, Entry = null, Parts = [owner] };
        }
        return found;
    }

    /// <summary>The surnames and the given names of the people the article names in full.</summary>
    private HashSet<string> NamesOfPeopleNamedInFull(List<MentionCandidate> found)
    {
        var names = FullNameSurnames(found);
        foreach (var p in found)
            if (p.Type == EntityType.Person && p.Parts.Length >= 2) names.Add(NameKey.For(_document.Slice(p.Parts[0])));
        return names;
    }

    /// <summary>
    /// "dinner at Del Frisco's", "going to Kenneally's at around 5", "McDonald s, Burger King, Taco
    /// Bell": a name in the possessive that owns nothing after it is the shop, restaurant or firm
    /// its owner gave the name to, the possessive included. Not a listed actor's ("India's"), nor
    /// one of the article's people ("a decision that was Clinton's"), nor a titled person's.
    /// </summary>
    private List<MentionCandidate> PlacesNamedByTheirOwner(List<MentionCandidate> found)
    {
        HashSet<string>? people = null;
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Entry is not null || m.Title is not null || m.Type is not (EntityType.Person or EntityType.Org or EntityType.Gpe or EntityType.Loc or EntityType.Fac)
                || WordsIn(m.Span).Length > 2 || NamePieces.IsAllCapitals(_document.Slice(m.Span))) continue;
            var end = EllipticalPossessiveEnd(m.Span);
            if (end < 0) continue;
            // a lone word with nothing else to show it a name is one in a list of names ("Bally’s, Caesars and Trump Plaza")
            var listed = m.Pending && BeforeAnotherName(end, found);
            if (m.Pending && !listed) continue;
            // a person's name so is the person's place only where the sentence goes there ("at Sylvia's"; not "like Obama's in 2008")
            if (m.Type == EntityType.Person && !listed)
            {
                if (!PlacePrepositions.Contains(WordBefore(m.Span))) continue;
                people ??= NamesOfPeopleNamedInFull(found);
                var words = WordsIn(m.Span);
                if (words.Length == 1 && people.Contains(NameKey.For(_document.Slice(words[0])))) continue;
                if (words.Length == 2 && found.Exists(p => p.Type == EntityType.Person && p.Span != m.Span && NameKey.For(_document.Slice(p.Span)) == NameKey.For(_document.Slice(m.Span)))) continue;
            }
            found[i] = m with { Span = new TextSpan(m.Span.Start, end), Type = EntityType.Fac, Parts = [], PersonByContext = false };
        }
        return found;
    }

    /// <summary>Whether a comma or "and" at <paramref name="end"/> leads to a name found there.</summary>
    private bool BeforeAnotherName(int end, List<MentionCandidate> found)
    {
        var rest = _text.AsSpan(end, Math.Min(6, _text.Length - end));
        var skip = rest.StartsWith(", ") ? 2 : rest.StartsWith(" and ") ? 5 : -1;
        return skip > 0 && found.Exists(n => n.Span.Start == end + skip && !n.Pending);
    }

    /// <summary>
    /// Where a possessive right after the name ends ("'s", "’s", " 's" as tokenised text writes it,
    /// " s" as web text that lost its apostrophe does) when nothing it owns follows: the end of the
    /// line or sentence, a comma, or a preposition or verb ("for dinner", "at around 5", "is the
    /// best"); else -1.
    /// </summary>
    private int EllipticalPossessiveEnd(TextSpan name)
    {
        var i = name.End;
        var spaced = i < _text.Length && _text[i] == ' ';
        if (spaced) i++;
        if (i + 1 < _text.Length && _text[i] is '\'' or '’' && _text[i + 1] == 's') i += 2;
        else if (spaced && i < _text.Length && _text[i] == 's') i++;
        else return -1;
        var end = i;
        if (i < _text.Length && char.IsLetterOrDigit(_text[i])) return -1;
        while (i < _text.Length && _text[i] is ' ' or '\t') i++;
        if (i >= _text.Length || _text[i] is '.' or ',' or '!' or '?' or ';' or ':' or ')' or '\n' or '\r') return end;
        var w = i;
        while (w < _text.Length && char.IsAsciiLetterLower(_text[w])) w++;
        return w > i && (w == _text.Length || !char.IsLetterOrDigit(_text[w])) && AfterOwnedNothing.Contains(_text[i..w]) ? end : -1;
    }

    /// <summary>The word right before a span, in lower case ("" at the start of a line or after punctuation).</summary>
    private string WordBefore(TextSpan span)
    {
        var end = span.Start;
        while (end > 0 && _text[end - 1] is ' ' or '\t') end--;
        var start = end;
        while (start > 0 && char.IsLetter(_text[start - 1])) start--;
        return _text[start..end].ToLowerInvariant();
    }

    private static readonly FrozenSet<string> PlacePrepositions = new[] { "at", "to", "from", "near", "outside", "inside", "into" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The words that may follow a possessive that owns nothing: prepositions of time and place, and the verbs of a subject.</summary>
    private static readonly FrozenSet<string> AfterOwnedNothing = new[]
    {
        "for", "at", "in", "on", "near", "tonight", "tomorrow", "today", "yesterday",
        "is", "was", "are", "were", "has", "had", "have",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "the Housing Authority of New Orleans ( HANO )", "Israel Defense Forces (IDF)": initials the
    /// article gives in brackets after a name of two words or more, matching its capitalised words'
    /// (or their last ones: "U.S. Department of Housing and Urban Development (HUD)"), are that
    /// name wherever the article writes them, though the tagger, which reads each sentence alone,
    /// missed them or took them for a person ("HANO has not provided"). So are the three or more
    /// initials of an organisation the article names, given in no brackets ("LME" of the London
    /// Metal Exchange).
    /// </summary>
    private List<MentionCandidate> InitialsTheArticleDefines(List<MentionCandidate> found)
    {
        Dictionary<string, EntityType>? defined = null;
        foreach (var m in found)
        {
            if (m.Type is EntityType.Person or EntityType.Norp) continue;
            var initials = InitialsInBracketsAfter(m.Span);
            if (initials is null && m.Type != EntityType.Org) continue;
            var spelled = EntityLexicon.CapitalisedInitials(_document.Slice(m.Span));
            if (initials is not null)
            {
                if (spelled.Length >= 2 && (spelled == initials || initials.Length >= 3 && spelled.EndsWith(initials, StringComparison.Ordinal)))
                    (defined ??= new(StringComparer.Ordinal)).TryAdd(initials, m.Type);
            }
            // "London Metal Exchange copper ... stocks held in LME warehouses": an organisation's initials need no brackets
            // to be known once the article has named it in full
            else if (m.Type == EntityType.Org && spelled.Length >= 3 && !EntityLexicon.StopWords.Contains(spelled.ToLowerInvariant()))
                (defined ??= new(StringComparer.Ordinal)).TryAdd(spelled, m.Type);
        }
        if (defined is null) return found;
        var added = false;
        var tokens = _document.Tokens;
        var lookup = defined.GetAlternateLookup<ReadOnlySpan<char>>();
        var taken = new SortedSpans(found.Select(m => m.Span));
        var byStart = new Dictionary<int, int>();
        for (var i = 0; i < found.Count; i++) byStart.TryAdd(found[i].Span.Start, i);
        for (var s = 0; s < _document.Sentences.Length; s++)
        {
            var sentence = _document.Sentences[s];
            for (var t = sentence.FirstToken; t < sentence.EndToken && t < tokens.Length; t++)
            {
                var span = tokens[t].Span;
                if (span.Length < 2 || !char.IsUpper(_text[span.Start]) || !lookup.TryGetValue(_text.AsSpan(span.Start, span.Length), out var type)) continue;
                if (!taken.AnyOverlaps(span))
                {
                    found.Add(new MentionCandidate(span, type, s));
                    added = true;
                }
                else if (byStart.TryGetValue(span.Start, out var at) && found[at].Span == span && found[at].Type != type && found[at].Entry is null)
                    found[at] = found[at] with { Type = type, Parts = [], Pending = false, PersonByContext = false, Title = null };
            }
        }
        return added ? [.. found.OrderBy(m => m.Span.Start)] : found;
    }

    /// <summary>The capitals in brackets right after a name ("( HANO )", "(IDF)"), or null.</summary>
    private string? InitialsInBracketsAfter(TextSpan name)
    {
        var i = name.End;
        while (i < _text.Length && _text[i] == ' ') i++;
        if (i >= _text.Length || _text[i] != '(') return null;
        i++;
        while (i < _text.Length && _text[i] == ' ') i++;
        var start = i;
        while (i < _text.Length && char.IsAsciiLetterUpper(_text[i])) i++;
        var end = i;
        while (i < _text.Length && _text[i] == ' ') i++;
        return end - start >= 2 && i < _text.Length && _text[i] == ')' ? _text[start..end] : null;
    }

    /// <summary>A possessive between two words of a name: "Trump 's RT" as tokenised news writes it, "Commentary’s Noah".</summary>
    [GeneratedRegex(@"(?<=\w)\s?['’]s\s(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveInside();

    /// <summary>
    /// "RT and its defenders say", "the Sunni AMS told Iraqis", "( Source : ANI )": two or three
    /// capitals the tagger read as a person, in a line written in ordinary case, are an
    /// organisation's initials; a roman numeral ("Parts V and VI") is no name. Initials that are a
    /// person's full name in the article, or a famous person's ("JFK"), stay the person's. Tweets
    /// call friends by their initials ("JD deleted his tweet": three of the five such on the tweet
    /// dev sets); news seldom does (of the 37 on the entity test sets 19 were organisations, one a
    /// person in a line in capitals, the rest no name).
    /// </summary>
    private List<MentionCandidate> InitialsNamingNoPerson(List<MentionCandidate> found)
    {
        HashSet<string>? personInitials = null;
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var m = found[i];
            if (m.Type != EntityType.Person || !IsLoneUnlistedName(m) || m.Span.Length is < 2 or > 3) continue;
            var word = _document[m.Span];
            if (!word.All(char.IsAsciiLetterUpper) || !_document.Slice(_document.Sentences[m.Sentence].Span).ContainsAnyInRange('a', 'z')) continue;
            personInitials ??= found.Where(p => p.Type == EntityType.Person && p.Parts.Length >= 2)
                .Select(p => string.Concat(WordsIn(p.Span).Select(w => char.ToUpperInvariant(_text[w.Start])))).ToHashSet(StringComparer.Ordinal);
            if (personInitials.Contains(word) || EntityLexicon.PersonInitials.Contains(NameKey.For(word))) continue;
            if (word.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C')) found.RemoveAt(i);
            else found[i] = m with { Type = EntityType.Org, Parts = [] };
        }
        return found;
    }

    private static readonly FrozenSet<string> DirectionAdjectives = new[] { "western", "eastern", "northern", "southern", "central" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether no word comes before the mention in its sentence (read backwards from the mention, so a long sentence costs no more).</summary>
    private bool OpensSentence(MentionCandidate m) => OpensSentence(m.Sentence, m.Span.Start);

    private bool OpensSentence(int sentence, int position)
    {
        var tokens = _document.Tokens;
        var first = _document.Sentences[sentence].FirstToken;
        for (var t = TokenIndexAt(position) - 1; t >= first; t--)
            if (tokens[t].Kind is TokenKind.Word or TokenKind.Number) return false;
        return true;
    }

    /// <summary>
    /// "SPA-FRANCORCHAMPS , Belgium 1996-08-25", "KABUL, Afghanistan (AP) —": a dateline names in
    /// capitals the place the story was filed from, known to the lists or not. A line in capitals
    /// is otherwise left alone (headlines shout), and the tagger has seen few datelines.
    /// </summary>
    private List<MentionCandidate> PlacesInDatelines(List<MentionCandidate> found)
    {
        var places = new Dictionary<TextSpan, int>();
        for (var s = 0; s < _document.Sentences.Length; s++)
            if (DatelinePlace(_document.Sentences[s].Span) is { } place)
                places[place] = s;
        if (places.Count == 0) return found;
        // a place already named there stays as it is; any other name over the dateline gives way to it
        var named = found.Where(m => m.Type is EntityType.Gpe or EntityType.Loc && places.ContainsKey(m.Span)).Select(m => m.Span).ToHashSet();
        var datelines = new SortedSpans(places.Keys.Where(p => !named.Contains(p)));
        found.RemoveAll(m => datelines.AnyOverlaps(m.Span));
        foreach (var (place, sentence) in places)
            if (!named.Contains(place))
                found.Add(new MentionCandidate(place, EntityType.Gpe, sentence));
        return found;
    }

    /// <summary>The words in capitals that open a dateline, or null.</summary>
    private TextSpan? DatelinePlace(TextSpan sentence)
    {
        var text = _text.AsSpan(0, sentence.End);
        var i = sentence.Start;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var start = i;
        var end = i;
        var words = 0;
        var letters = 0;
        while (i < text.Length && words < 4)
        {
            var wordStart = i;
            while (i < text.Length && (char.IsUpper(text[i]) || text[i] is '.' or '\'' or '’')) letters += char.IsLetter(text[i++]) ? 1 : 0;
            if (i == wordStart || !char.IsUpper(text[wordStart])) break;
            if (i < text.Length && char.IsLetter(text[i])) return null;   // a word in capitals only
            words++;
            end = i;
            if (i + 1 < text.Length && text[i] is ' ' or '-' && char.IsUpper(text[i + 1])) i++;
            else break;
        }
        if (words == 0 || letters < 3) return null;
        var rest = text[end..];
        // a dash alone also follows a section's heading in capitals ("FAREWELL—", "NOW OPEN—"): then only a place the lists know
        var dated = DatelineRest().IsMatch(rest)
                    || DatelineDash().IsMatch(rest) && !_gazetteer.LookupKey(NameKey.For(text[start..end]), text[start..end]).IsEmpty;
        return dated ? new TextSpan(start, end) : null;
    }

    /// <summary>
    /// What follows a dateline's place: the date or the agency, or its country or state and then a
    /// date, an agency or a dash; a day of a month may stand before the agency or the dash, and a
    /// tokenised copy spaces the state's period and the agency's brackets ("FLINT , Mich . , Oct. 4
    /// ( UPI ) --", "NEWPORT NEWS , Va . - In a tradition").
    /// </summary>
    [GeneratedRegex(@"^\s*(\d{4}-\d{2}-\d{2}\b|\(\s*(AP|AFP|Reuters?|UPI|dpa|Xinhua|IANS|PTI)\s*\)|,\s*\p{Lu}[\p{L}.]*(\s+\p{Lu}[\p{L}.]*){0,2}(\s+\.)?\s*(,\s*\p{Lu}[a-z]{2,8}\s*\.?\s*\d{1,2}\s*)?(\d{4}-\d{2}-\d{2}\b|\(\s*(AP|AFP|Reuters?|UPI|dpa|Xinhua|IANS|PTI)\s*\)|[—–]|--|-(?=\s)))", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineRest();

    [GeneratedRegex(@"^\s*([—–]|--)", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineDash();

    /// <summary>
    /// The rows of a results table name teams: a score line, each name followed by its score and
    /// perhaps its scorers ("Newcastle 4 Southampton 0", "PSV Eindhoven 3 ( Nilis 12 , Jonk 45 )
    /// Utrecht 1", "Boston 5 CLEVELAND 4 ( 10 innings )"), and a row of standings, a name and three
    /// numbers or more, when the article has two such rows ("NEW YORK 74 59 .556 -", "Bayern Munich 4
    /// 3 1 0 9 3 10"). The team is the row's whole name ("Bayern Munich", not the town in it), a
    /// town there is the club, a country its national side (the country); a scorer with the minute of
    /// the goal is a person. A person named in full keeps the row ("Obama 332 Mitt Romney 206").
    /// </summary>
    private List<MentionCandidate> TeamsInResultTables(List<MentionCandidate> found)
    {
        var teams = new List<(TextSpan Span, int Sentence)>();
        var scorers = new List<(TextSpan Span, int Sentence)>();
        var standings = new List<(TextSpan Span, int Sentence)>();
        for (var s = 0; s < _document.Sentences.Length; s++)
        {
            if (!ReadScoreLine(_document.Sentences[s], s, teams, scorers) && StandingsRowTeam(_document.Sentences[s]) is { } team)
                standings.Add((team, s));
        }
        if (standings.Count >= 2) teams.AddRange(standings);
        if (teams.Count > 0) teams.AddRange(TeamsInSchedules());
        teams.AddRange(TeamsBeatingTeams(found));
        if (teams.Count == 0) return found;
        // (a capital read as its country's government, "DALLAS 21 Washington 10", is the town's club, and a country inside
        // a longer name, "NEW ENGLAND 27", is no national side)
        var countries = found.Where(m => m.Entry is { } entry && FieldsNationalSide(entry) && _gazetteer.Lookup(_document.Slice(m.Span).ToString()).Any(FieldsNationalSide))
            .Select(m => m.Span).ToHashSet();
        var people = new SortedSpans(found.Where(IsNamedInFull).Select(m => m.Span));
        var named = new List<MentionCandidate>();
        foreach (var (team, s) in teams)
            if (!countries.Contains(team) && !people.AnyOverlaps(team))
            {
                named.Add(new MentionCandidate(team, EntityType.Org, s));
                _teams.Add(NameKey.For(_document.Slice(team)));
            }
        foreach (var (scorer, s) in scorers)
            named.Add(new MentionCandidate(scorer, EntityType.Person, s) { Parts = WordsIn(scorer), PersonByContext = true });
        return named.Count == 0 ? found : ReplacedBy(found, named);
    }

    /// <summary>The mentions with <paramref name="named"/> in place of every one that overlaps them.</summary>
    private static List<MentionCandidate> ReplacedBy(List<MentionCandidate> found, List<MentionCandidate> named)
    {
        var replaced = new SortedSpans(named.Select(m => m.Span));
        found.RemoveAll(m => replaced.AnyOverlaps(m.Span));
        found.AddRange(named);
        return found;
    }

    /// <summary>
    /// "2. Jacques Villeneuve ( Canada ) Williams 5.602 seconds behind", "Miguel Indurain ( Spain )
    /// Banesto 5:12:33": in a results row, the name between a competitor's country in brackets and
    /// the time is the competitor's team.
    /// </summary>
    private List<MentionCandidate> TeamsAfterCompetitors(List<MentionCandidate> found)
    {
        if (!_text.Contains(" ) ", StringComparison.Ordinal)) return found;
        var byEnd = new Dictionary<int, MentionCandidate>();
        foreach (var m in found) byEnd.TryAdd(m.Span.End, m);
        List<MentionCandidate>? teams = null;
        foreach (var m in found)
        {
            if (m.Type is not (EntityType.Gpe or EntityType.Loc)) continue;
            var row = TeamAfterCountry().Match(_text, m.Span.End, Math.Min(40, _text.Length - m.Span.End));
            if (!row.Success || m.Span.Start < 4 || _text.AsSpan(m.Span.Start - 2, 2) is not "( "
                || !byEnd.TryGetValue(m.Span.Start - 3, out var competitor) || competitor.Type != EntityType.Person) continue;
            var team = row.Groups["team"];
            (teams ??= []).Add(new MentionCandidate(new TextSpan(team.Index, team.Index + team.Length), EntityType.Org, m.Sentence));
        }
        return teams is null ? found : ReplacedBy(found, teams);
    }

    [GeneratedRegex(@"\G \) (?<team>\p{Lu}[\w-]*(?: \p{Lu}[\w-]*){0,2}) \d", RegexOptions.CultureInvariant)]
    private static partial Regex TeamAfterCountry();

    /// <summary>
    /// "TORONTO AT NEW JERSEY", "Boston at Chicago": in an article with a results table, a line that
    /// is nothing but two names joined by "at" is a fixture of the schedule, and both are teams.
    /// </summary>
    private List<(TextSpan, int)> TeamsInSchedules()
    {
        var teams = new List<(TextSpan, int)>();
        for (var s = 0; s < _document.Sentences.Length; s++)
        {
            var span = _document.Sentences[s].Span;
            var fixture = Fixture().Match(_text, span.Start, span.End - span.Start);
            if (!fixture.Success) continue;
            foreach (var side in new[] { fixture.Groups["home"], fixture.Groups["away"] })
                teams.Add((new TextSpan(side.Index, side.Index + side.Length), s));
        }
        return teams;
    }

    [GeneratedRegex(@"^\s*(?<home>[A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,3}) (?:at|AT) (?<away>[A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,3})\s*\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Fixture();

    /// <summary>
    /// "Barcelona beat Valencia 3-2", "the Yorkshire club beat Wimbledon 1-0", "Middlesbrough drew 1-1
    /// with Liverpool": a place or organisation a result's verb and score join to its opponent is a
    /// team, and so is a name right before the verb.
    /// </summary>
    private List<(TextSpan, int)> TeamsBeatingTeams(List<MentionCandidate> found)
    {
        var teams = new List<(TextSpan, int)>();
        // people are never teams here: "Sampras beat Agassi 6-3", a poll's "Clinton beats Cruz 42-40"
        Dictionary<int, MentionCandidate>? ends = null;
        foreach (var m in found)
        {
            if (m.Type is not (EntityType.Org or EntityType.Gpe or EntityType.Loc)) continue;
            if (m.Span.Start < 5 || _text[m.Span.Start - 1] != ' ' || !ResultWordsBeforeTeam.GetAlternateLookup<ReadOnlySpan<char>>().Contains(WordEndingAt(m.Span.Start - 1))) continue;
            var from = Math.Max(0, m.Span.Start - 40);
            var result = BeatenBefore().Match(_text, from, m.Span.Start - from);
            if (!result.Success || !result.Groups["score"].Success && !ScoreAhead().IsMatch(_text.AsSpan(m.Span.End))) continue;
            teams.Add((m.Span, m.Sentence));
            ends ??= found.Where(o => o.Type is EntityType.Org or EntityType.Gpe or EntityType.Loc).GroupBy(o => o.Span.End).ToDictionary(g => g.Key, g => g.First());
            if (ends.TryGetValue(result.Index, out var winner) && winner.Sentence == m.Sentence)
                teams.Add((winner.Span, winner.Sentence));
        }
        return teams;
    }

    /// <summary>What one team does to the other, right before the other's name: the verb, with the score after the name or before it ("drew 1-1 with").</summary>
    [GeneratedRegex(@"\s(?:beat|beats|defeated|defeats|edged|edges|thrashed|routed|crushed|downed|overcame|upset|hammered|trounced|stunned|whipped|outclassed|held|drew with|drew against|lost to|fell to|were held by|(?:drew|lost|won|beat|went down) (?<score>\d{1,3}-\d{1,3}) (?:with|to|at|against|over|away to|at home to)) $", RegexOptions.CultureInvariant)]
    private static partial Regex BeatenBefore();

    /// <summary>The last words of <see cref="BeatenBefore"/>'s phrases: only a name after one of them is tried against it.</summary>
    private static readonly FrozenSet<string> ResultWordsBeforeTeam = new[]
    {
        "beat", "beats", "defeated", "defeats", "edged", "edges", "thrashed", "routed", "crushed", "downed", "overcame", "upset", "hammered",
        "trounced", "stunned", "whipped", "outclassed", "held", "with", "against", "to", "by", "at", "over",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The word that ends right before <paramref name="end"/>.</summary>
    private ReadOnlySpan<char> WordEndingAt(int end)
    {
        var start = end;
        while (start > 0 && char.IsLetter(_text[start - 1])) start--;
        return _text.AsSpan(start, end - start);
    }

    [GeneratedRegex(@"^\s+\d{1,3}-\d{1,3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex ScoreAhead();

    /// <summary>
    /// The length of the possessive after a name and the space after it (" 's ", "’s ", " ' " after
    /// "Leeds"), or 0: an apostrophe alone is a possessive only after an s, else it closes a quotation ("‘Of Course’ Hillary").
    /// </summary>
    private int PossessiveLengthAfter(TextSpan name)
    {
        var i = name.End;
        if (i < _text.Length && _text[i] == ' ') i++;
        if (i >= _text.Length || _text[i] is not ('\'' or '’')) return 0;
        var s = ++i < _text.Length && _text[i] == 's';
        if (s) i++;
        if (i >= _text.Length || _text[i] != ' ') return 0;
        return s || _text[name.End - 1] is 's' or 'S' ? i + 1 - name.End : 0;
    }

    /// <summary>
    /// "Barcelona coach Bobby Robson" or a score line makes Barcelona a team: the article's other
    /// mentions of the town are the team too, and so is one read as a person alone ("Valencia had
    /// led") and, in a story of teams, a town whose player a possessive names ("Newcastle 's Alan
    /// Shearer"); but not where it is a place ("in Barcelona"), in the dateline (read as a place
    /// after this) and where it names a country, whose national side is written as the country.
    /// </summary>
    private List<MentionCandidate> TeamsThroughout(List<MentionCandidate> found)
    {
        if (_teams.Count == 0) return found;
        HashSet<string>? surnames = null;
        Dictionary<int, MentionCandidate>? people = null;
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (!(m.Type is EntityType.Gpe or EntityType.Loc || m.Type == EntityType.Person && m.Entry is null && m.Parts.Length <= 1)
                || m.Entry is { } entry && FieldsNationalSide(entry) || FollowsWord(m.Span.Start, "in")) continue;
            // "Newcastle 's Alan Shearer": in a story of teams, a town whose player a possessive names is the club
            if (!_teams.Contains(NameKey.For(_document.Slice(m.Span)))
                && !(m.Type == EntityType.Gpe && PossessiveLengthAfter(m.Span) is var possessive and > 0
                     && (people ??= PeopleNamedInFullBy(found, p => p.Start)).ContainsKey(m.Span.End + possessive))) continue;
            // "Valencia had led", read as a person: the team, unless someone of the article bears the name
            if (m.Type == EntityType.Person && (surnames ??= FullNameSurnames(found)).Contains(NameKey.For(_document.Slice(m.Span)))) continue;
            found[i] = m with { Type = EntityType.Org, Entry = null, Parts = [] };
        }
        return found;
    }

    /// <summary>"SOCCER - ", "RUGBY UNION - ", "ALPINE SKIING - ": the sport that opens a sports story's headline is no name.</summary>
    private List<MentionCandidate> SportsOpeningHeadlines(List<MentionCandidate> found)
    {
        foreach (var sentence in _document.Sentences)
        {
            var line = _document.Slice(sentence.Span);
            var dash = line.IndexOf(" - ", StringComparison.Ordinal);
            if (dash <= 0 || !Sports.GetAlternateLookup<ReadOnlySpan<char>>().Contains(line[..dash])) continue;
            var sport = new TextSpan(sentence.Span.Start, sentence.Span.Start + dash);
            found.RemoveAll(m => m.Span.Overlaps(sport));
        }
        return found;
    }

    private static readonly FrozenSet<string> Sports = new[]
    {
        "SOCCER", "FOOTBALL", "CRICKET", "TENNIS", "GOLF", "RUGBY", "RUGBY UNION", "RUGBY LEAGUE", "ATHLETICS", "BASKETBALL", "BASEBALL",
        "ICE HOCKEY", "HOCKEY", "NHL ICE HOCKEY", "AMERICAN FOOTBALL", "MOTOR RACING", "MOTORCYCLING", "CYCLING", "BOXING", "ALPINE SKIING",
        "NORDIC SKIING", "SKIING", "SKI JUMPING", "BIATHLON", "HORSE RACING", "SNOOKER", "SQUASH", "BADMINTON", "SWIMMING", "VOLLEYBALL",
        "HANDBALL", "ROWING", "SAILING", "YACHTING", "JUDO", "WRESTLING", "GYMNASTICS", "FIGURE SKATING", "SPEED SKATING", "TABLE TENNIS",
        "EQUESTRIANISM", "TRIATHLON", "DARTS", "BOWLS", "CANOEING", "FENCING", "WEIGHTLIFTING", "MOTORSPORT", "RALLYING", "SPORT", "SPORTS",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A person named by a given name and a surname ("Mitt Romney", not "Bayern Munich"), or one the lists know.</summary>
    private bool IsNamedInFull(MentionCandidate m) =>
        m.Type == EntityType.Person && (m.Entry?.Type == EntityType.Person
                                        || m.Parts.Length >= 2 && References.GivenNames.GenderOf(_document.Slice(m.Span).ToString()) is not null);

    /// <summary>
    /// Reads a score line into its teams and the players its parentheses name: two sides, each a
    /// name, a number and perhaps a parenthesis ("Arsenal 2 Derby 2", "PSV Eindhoven 3 ( Nilis 12 )
    /// Utrecht 1"), or a cricket innings, one side whose parenthesis names its players' figures and
    /// perhaps the other side after "v" ("Leicestershire 343-8 ( P. Simmons 108 ) v Somerset"),
    /// either after a heading and a colon ("At Leicester :", "Premier division :"). False, with
    /// nothing added, when the sentence is neither.
    /// </summary>
    private bool ReadScoreLine(Sentence sentence, int s, List<(TextSpan, int)> teams, List<(TextSpan, int)> scorers)
    {
        var tokens = _document.Tokens;
        var end = Math.Min(sentence.EndToken, tokens.Length);
        while (end > sentence.FirstToken && tokens[end - 1].Kind == TokenKind.Punctuation && !IsText(tokens[end - 1], ")")) end--;
        var at = sentence.FirstToken;
        for (var t = at; t < Math.Min(end, at + 6); t++)
            if (IsText(tokens[t], ":")) { at = t + 1; break; }
        // (most sentences open with no name and a number: nothing is allocated for them)
        if (TeamNameAt(at, end) is not { } opening || AfterCountry(opening.End, end) is var afterOpening && (afterOpening == end || tokens[afterOpening].Kind != TokenKind.Number)) return false;
        var found = new List<(TextSpan, int)>();
        var players = new List<(TextSpan, int)>();
        for (var side = 0; side < 2 && at < end; side++)
        {
            if (TeamNameAt(at, end) is not { } team) return false;
            var name = new TextSpan(tokens[team.Start].Start, tokens[team.End - 1].End);
            var score = AfterCountry(team.End, end);
            if (score == end || tokens[score].Kind != TokenKind.Number)
            {
                // "v Somerset": the other side of an innings, named alone
                if (side == 0 || team.End != end || players.Count == 0) return false;
                found.Add((name, s));
                at = end;
                break;
            }
            found.Add((name, s));
            at = score + 1;
            if (at < end && IsText(tokens[at], "("))
            {
                var close = at + 1;
                while (close < end && !IsText(tokens[close], ")") && !IsText(tokens[close], "(")) close++;
                if (close >= end || !IsText(tokens[close], ")")) return false;
                ScorersIn(at + 1, close, s, players);
                at = close + 1;
            }
            if (side == 0 && at < end && _document.Slice(tokens[at].Span) is "v" or "vs" or "vs.") at++;
        }
        if (at != end || found.Count == 1 && players.Count == 0) return false;
        teams.AddRange(found);
        scorers.AddRange(players);
        return true;
    }

    /// <summary>
    /// A country, or one of the United Kingdom's nations, which field sides of their own ("England 2
    /// Scotland 1", "England coach Glenn Hoddle"): a national side is written as its country.
    /// </summary>
    private static bool FieldsNationalSide(GazetteerEntry entry) =>
        entry.Kind == "country" || entry is { Kind: "division", Country: "GB" } && entry.Name is "England" or "Scotland" or "Wales" or "Northern Ireland";

    /// <summary>
    /// "Slavia Prague ( Czech Republic ) 2 Valencia ( Spain ) 1": a cup's results give each club's
    /// country in brackets before its score. The token after the brackets, or <paramref name="at"/> when there are none.
    /// </summary>
    private int AfterCountry(int at, int end)
    {
        var tokens = _document.Tokens;
        if (at >= end || !IsText(tokens[at], "(")) return at;
        var close = at + 1;
        while (close < end && close - at <= 3 && tokens[close].Kind == TokenKind.Word && char.IsUpper(_text[tokens[close].Start])) close++;
        return close > at + 1 && close + 1 < end && IsText(tokens[close], ")") ? close + 1 : at;
    }

    /// <summary>"Nilis 12 , Van der Meer 60 , Jonk 45 pen", "J. Boiling 69 ; A. Kumble 4-45": each name followed by a number is a player's.</summary>
    private void ScorersIn(int first, int end, int s, List<(TextSpan, int)> scorers)
    {
        var tokens = _document.Tokens;
        var item = first;
        while (item < end)
        {
            var next = item;
            while (next < end && !IsText(tokens[next], ",") && !IsText(tokens[next], ";")) next++;
            var name = item;
            while (name < next && tokens[name].Kind == TokenKind.Word
                   && (char.IsUpper(_text[tokens[name].Start]) || name > item && IsNameParticle(_document.Slice(tokens[name].Span))))
                name++;
            if (name > item && name < next && tokens[name].Kind == TokenKind.Number && char.IsUpper(_text[tokens[name - 1].Start]))
                scorers.Add((new TextSpan(tokens[item].Start, tokens[name - 1].End), s));
            item = next + 1;
        }
    }

    /// <summary>The team of a row of standings: a name and then only numbers, three or more ("TORONTO 63 71 .470 11 1/2", a dash for no games behind).</summary>
    private TextSpan? StandingsRowTeam(Sentence sentence)
    {
        var tokens = _document.Tokens;
        var end = Math.Min(sentence.EndToken, tokens.Length);
        if (TeamNameAt(sentence.FirstToken, end) is not { } team) return null;
        var numbers = 0;
        for (var t = team.End; t < end; t++)
        {
            if (tokens[t].Kind == TokenKind.Number) numbers++;
            else if (!(tokens[t].Kind == TokenKind.Dash || IsText(tokens[t], "-")) || t != end - 1) return null;
        }
        return numbers >= 3 ? new TextSpan(tokens[team.Start].Start, tokens[team.End - 1].End) : null;
    }

    /// <summary>The tokens of a team's name from <paramref name="at"/>: up to four words, each capitalised.</summary>
    private (int Start, int End)? TeamNameAt(int at, int end)
    {
        var tokens = _document.Tokens;
        var start = at;
        while (at < end && at - start < 4 && tokens[at].Kind == TokenKind.Word && char.IsUpper(_text[tokens[at].Start])) at++;
        return at == start ? null : (start, at);
    }

    private bool IsText(Token token, string text) => _document.Slice(token.Span).SequenceEqual(text);

    /// <summary>"der" of "Van der Meer", "de" of "Frank de Boer": a lower-case word inside a person's name.</summary>
    private static bool IsNameParticle(ReadOnlySpan<char> word) =>
        word is not ("of" or "the" or "and" or "for") && EntityLexicon.Connectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The roles a club gives its people, after the club's name and before the person's.</summary>
    private static readonly FrozenSet<string> ClubRoles = new[]
    {
        "striker", "defender", "midfielder", "goalkeeper", "keeper", "winger", "forward", "playmaker", "coach", "manager",
        "captain", "skipper", "pitcher", "catcher", "quarterback", "linebacker", "shortstop", "outfielder", "infielder",
        "driver", "rider", "jockey", "teammate",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Ferrari 's Michael Schumacher", "Mika Hakkinen of McLaren": a lone word read as a person (or as other) whose
    /// person, named in full, it owns or who is "of" it is the team or company he is with, when no
    /// one of the article bears it as a surname; and "Wimbledon champion Richard Krajicek" names the
    /// tournament, not a place.
    /// </summary>
    private List<MentionCandidate> OrganisationsOfPeople(List<MentionCandidate> found)
    {
        Dictionary<int, MentionCandidate>? fullByStart = null;
        Dictionary<int, MentionCandidate>? fullByEnd = null;
        HashSet<string>? surnames = null;
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Parts.Length >= 2 || m.Entry is { Kind: "country" or "capital" } || m.Entry?.Type is EntityType.Person
                || m.Type is not (EntityType.Person or EntityType.Other or EntityType.Gpe or EntityType.Loc) || _document.Slice(m.Span).Contains(' ')) continue;
            // (the people named in full are gathered only for an article where one of these words stands after or before a name)
            if (LowerWordAfter(m.Span.End, allowHyphen: false) is { } title && Titleholders.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_document.Slice(title))
                && (fullByStart ??= PeopleNamedInFullBy(found, p => p.Start)).ContainsKey(title.End + 1))
            {
                found[i] = m with { Type = EntityType.Event, Parts = [], Pending = false, Title = null };
                continue;
            }
            if (m.Type is not (EntityType.Person or EntityType.Other) || m.Entry is not null) continue;
            var owns = PossessiveLengthAfter(m.Span) is var possessive and > 0
                       && (fullByStart ??= PeopleNamedInFullBy(found, p => p.Start)).ContainsKey(m.Span.End + possessive);
            var of = m.Span.Start >= 4 && _text.AsSpan(m.Span.Start - 4, 4).SequenceEqual(" of ")
                     && (fullByEnd ??= PeopleNamedInFullBy(found, p => p.End)).ContainsKey(m.Span.Start - 4);
            if (!owns && !of || (surnames ??= FullNameSurnames(found)).Contains(NameKey.For(_document.Slice(m.Span)))) continue;
            found[i] = m with { Type = EntityType.Org, Parts = [], Pending = false, Title = null };
        }
        return found;
    }

    private static Dictionary<int, MentionCandidate> PeopleNamedInFullBy(List<MentionCandidate> found, Func<TextSpan, int> position) =>
        found.Where(p => p.Type == EntityType.Person && p.Parts.Length >= 2).GroupBy(p => position(p.Span)).ToDictionary(g => g.Key, g => g.First());

    /// <summary>The words between a tournament and its winner ("Wimbledon champion Richard Krajicek").</summary>
    private static readonly FrozenSet<string> Titleholders = new[] { "champion", "winner", "titleholder", "finalist" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Juventus striker Alessandro Del Piero", "Leicester manager Martin O'Neill": a name before a
    /// player's or coach's role and the person's name is the club's, and one read as a person before a
    /// company's chairman is the company ("Santander chairman Emilio Botin"). A country stays the country:
    /// its national side is written as the country ("Italy coach Arrigo Sacchi").
    /// </summary>
    private List<MentionCandidate> ClubsBeforePlayers(List<MentionCandidate> found)
    {
        var text = _document.Text;
        HashSet<int>? people = null;
        HashSet<string>? surnames = null;
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Type is not (EntityType.Person or EntityType.Gpe or EntityType.Org) || m.Parts.Length >= 2
                || m.Entry is { Kind: "capital" } || m.Entry is { } entry && FieldsNationalSide(entry) || m.Entry?.Type is EntityType.Person) continue;
            if (LowerWordAfter(m.Span.End, allowHyphen: false) is not { } role || role.End >= text.Length || text[role.End] != ' ') continue;
            var word = text.AsSpan(role.Start, role.Length);
            var club = ClubRoles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            if (!club && !(m.Type == EntityType.Person && CompanyRoles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))) continue;
            people ??= found.Where(p => p.Type == EntityType.Person).Select(p => p.Span.Start).ToHashSet();
            if (!people.Contains(role.End + 1)) continue;
            // "Santander chairman Emilio Botin": a company's officer, unless the word is a person's of the article ("Clinton chairman John Podesta")
            // (people read in lines in capitals count for nothing here: "SUE BANCO SANTANDER" is a headline's misreading)
            if (!club && (References.GivenNames.IsGivenName(_document.Slice(m.Span))
                          || (surnames ??= FullNameSurnames(found.Where(p => _document.Slice(p.Span).ContainsAnyInRange('a', 'z')))).Contains(NameKey.For(_document.Slice(m.Span))))) continue;
            found[i] = m with { Type = EntityType.Org, Entry = null, Parts = [], Pending = false, Title = null };
            if (club) _teams.Add(NameKey.For(_document.Slice(m.Span)));
        }
        return found;
    }

    /// <summary>The officers a company names after its name and before theirs ("Santander chairman Emilio Botin").</summary>
    private static readonly FrozenSet<string> CompanyRoles = new[] { "chairman", "chairwoman", "ceo" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "The New York Yankees lost", "the Chicago Bulls": a listed town or state read apart from the
    /// plural name right after it is one team with it. A people's plural ("Texas Democrats") stays
    /// apart, as does a head noun ("Kabul Police").
    /// </summary>
    private List<MentionCandidate> TeamsNamedAfterTowns(List<MentionCandidate> found)
    {
        var text = _document.Text;
        var byStart = new Dictionary<int, int>();
        for (var i = 0; i < found.Count; i++) byStart.TryAdd(found[i].Span.Start, i);
        HashSet<int>? joined = null;
        HashSet<string>? surnames = null;
        for (var i = 0; i < found.Count; i++)
        {
            var town = found[i];
            // (a town too small for the lists, read as a place by the tagger, is a town all the same: "Cleveland Cavaliers")
            if (town.Type != EntityType.Gpe || town.Entry is { Kind: "country" } || joined?.Contains(i) == true) continue;
            if (!byStart.TryGetValue(town.Span.End + 1, out var j) || j == i || text[town.Span.End] != ' ') continue;
            var name = found[j];
            var word = text.AsSpan(name.Span.Start, name.Span.Length);
            // (not a person's surname, "a New Hampshire Sanders veteran", nor a name that goes on, "New York Communities for Change")
            if (name.Type is not (EntityType.Org or EntityType.Other or EntityType.Person) || name.Entry is not null || word.ContainsAny(' ', '\n')
                || name.Type == EntityType.Person && (surnames ??= FullNameSurnames(found)).Contains(NameKey.For(word))
                || LowerWordAfter(name.Span.End, allowHyphen: false) is { } after && EntityLexicon.Connectors.Contains(NameKey.For(text.AsSpan(after.Start, after.Length)))
                || !char.IsUpper(word[0]) || !IsTeamName(NameKey.For(word))) continue;
            found[i] = new MentionCandidate(new TextSpan(town.Span.Start, name.Span.End), EntityType.Org, town.Sentence);
            (joined ??= []).Add(j);
        }
        if (joined is not null)
        {
            var k = 0;
            found.RemoveAll(_ => joined.Contains(k++));
        }
        return found;
    }

    /// <summary>
    /// "TENNIS - SAMPRAS BEATS AGASSI": in a line all in capitals, where case tells names from words,
    /// the surname of a person the article names in full is that person. Read there alone as
    /// something else ("CRICKET - LARA ENDURES ANOTHER MISERABLE DAY", Lara a Venezuelan state), it is
    /// still the person, unless the rest of the article also names something else so.
    /// </summary>
    private List<MentionCandidate> AddShoutedSurnames(List<MentionCandidate> found, List<(int Sentence, List<Piece> Pieces)> shouted)
    {
        if (shouted.Count == 0) return found;
        var surnames = FullNameSurnames(found);
        surnames.RemoveWhere(k => EntityLexicon.StopWords.Contains(k));
        if (surnames.Count == 0) return found;
        var shoutedSentences = shouted.Select(s => s.Sentence).ToHashSet();
        var namingOthers = found.Where(m => m.Type != EntityType.Person && !shoutedSentences.Contains(m.Sentence))
            .Select(m => NameKey.For(_document.Slice(m.Span))).ToHashSet(StringComparer.Ordinal);
        var named = new SortedSpans(found.Select(m => m.Span));
        var byStart = new Dictionary<int, int>();
        for (var i = 0; i < found.Count; i++) byStart.TryAdd(found[i].Span.Start, i);
        var added = new List<MentionCandidate>();
        foreach (var (sentence, pieces) in shouted)
            foreach (var p in pieces)
            {
                if (!p.IsWord || !p.AllCapitals || !surnames.Contains(p.Key)) continue;
                if (byStart.TryGetValue(p.Start, out var at) && found[at].Span == p.Span)
                {
                    if (found[at].Type != EntityType.Person && !namingOthers.Contains(p.Key))
                        found[at] = found[at] with { Type = EntityType.Person, Entry = null, Parts = [p.Span], Pending = false };
                    continue;
                }
                if (named.AnyContains(p.Span)) continue;
                added.Add(new MentionCandidate(p.Span, EntityType.Person, sentence) { Parts = [p.Span] });
            }
        found.AddRange(added);
        return found;
    }

    /// <summary>
    /// "control of the House", "the full House", "House Speaker Paul Ryan", "a House panel", "HOUSE
    /// PANEL VOTES": the chamber named by its one word, which no list can hold ("House" is also a
    /// common word, and the start of "House prices"). It is the House of Representatives unless the
    /// article names the Commons, the Lords or a state's legislature. A longer name holding it
    /// ("White House", "House of Commons") is left alone.
    /// </summary>
    private List<MentionCandidate> TheChamberNamedHouse(List<MentionCandidate> found)
    {
        if (!_text.Contains("House", StringComparison.Ordinal) && !_text.Contains("HOUSE", StringComparison.Ordinal)) return found;
        var entry = OtherHouses().IsMatch(_text) ? null : _gazetteer.FindById("vigil:us-house");
        var tokens = _document.Tokens;
        var byStart = new Dictionary<int, int>();
        for (var i = 0; i < found.Count; i++) byStart.TryAdd(found[i].Span.Start, i);
        var named = new SortedSpans(found.Select(m => m.Span));
        for (var s = 0; s < _document.Sentences.Length; s++)
        {
            var sentence = _document.Sentences[s];
            for (var t = sentence.FirstToken; t < sentence.EndToken && t < tokens.Length; t++)
            {
                if (Word(t) is not ("House" or "HOUSE")) continue;
                var span = tokens[t].Span;
                var next = t + 1 < sentence.EndToken && t + 1 < tokens.Length ? Word(t + 1) : "";
                var chamber = ChamberWordsAfterHouse.Contains(next.ToLowerInvariant())
                              || t > sentence.FirstToken && Word(t - 1).ToLowerInvariant() is "the" or "full"
                                 && !(next.Length > 0 && char.IsUpper(next[0])) && next is not "of";
                if (!chamber) continue;
                if (byStart.TryGetValue(span.Start, out var at) && found[at].Span == span)
                    found[at] = found[at] with { Type = EntityType.Org, Entry = entry, Parts = [], Pending = false };
                else if (!named.AnyOverlaps(span))
                    found.Add(new MentionCandidate(span, EntityType.Org, s) { Entry = entry });
            }
        }
        return found;
    }

    /// <summary>A house that is not the House of Representatives: Britain's, or a state's.</summary>
    [GeneratedRegex(@"\bCommons\b|\bHouse of Lords\b|\b[Ss]tate (?:House|Senate)\b|\bLegislature\b|\bGeneral Assembly\b", RegexOptions.CultureInvariant)]
    private static partial Regex OtherHouses();

    /// <summary>What follows the chamber's name where "House" is the chamber ("House Speaker", "House Republicans", "House panel").</summary>
    private static readonly FrozenSet<string> ChamberWordsAfterHouse = new[]
    {
        "speaker", "minority", "majority", "republicans", "republican", "democrats", "democratic", "gop", "members", "member",
        "leader", "leaders", "leadership", "panel", "committee", "subcommittee", "intelligence", "judiciary", "oversight", "ethics",
        "appropriations", "floor", "vote", "votes", "voted", "passed", "bill", "seat", "seats", "races", "race", "candidates",
        "conservatives", "liberals", "chamber", "hearing", "investigators", "lawmakers", "aides", "staff",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Mr. Major" after "John Major", "Mr. Justice" after "Jim Justice": after an honorific, a word
    /// that is also a title (and so no name to the sentence's own reading) is the family name of the
    /// person the article names in full with it, and so is one before a speech verb ("King told
    /// reporters" after "Don King"; not "the King said"). "Mr. Justice Kennedy", a title before a name, stays one.
    /// </summary>
    private List<MentionCandidate> FamilyNamesThatAreTitles(List<MentionCandidate> found)
    {
        var surnames = FullNameSurnames(found);
        if (surnames.Count == 0) return found;
        var named = new SortedSpans(found.Select(m => m.Span));
        var tokens = _document.Tokens;
        List<MentionCandidate>? added = null;
        for (var s = 0; s < _document.Sentences.Length; s++)
        {
            var sentence = _document.Sentences[s];
            for (var t = sentence.FirstToken; t < sentence.EndToken && t < tokens.Length; t++)
            {
                var span = tokens[t].Span;
                if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(_text[span.Start]) || named.AnyOverlaps(span)) continue;
                if (!surnames.Contains(NameKey.For(_document.Slice(span)))) continue;
                // "King told a news conference" after "Don King": a speech verb after the word, no article before it
                if (!(t > sentence.FirstToken && AfterHonorific(t, sentence.FirstToken))
                    && !(SpeechVerbAfter(span) && !(t > sentence.FirstToken && Determiners.Contains(Word(t - 1).ToLowerInvariant())))) continue;
                if (t + 1 < sentence.EndToken && tokens[t + 1].Kind == TokenKind.Word && char.IsUpper(_text[tokens[t + 1].Span.Start])) continue;
                (added ??= []).Add(new MentionCandidate(span, EntityType.Person, s) { Parts = [span] });
            }
        }
        if (added is not null) found.AddRange(added);
        return found;
    }

    /// <summary>Whether an honorific of the titles list ("Mr.", "Mrs", "Ms.") stands right before token <paramref name="t"/>.</summary>
    private bool AfterHonorific(int t, int first)
    {
        var k = t - 1;
        if (k > first && Word(k) == "." && _document.Tokens[k].Span.Start == _document.Tokens[k - 1].Span.End) k--;
        return _gazetteer.FindTitle(NameKey.For(Word(k).TrimEnd('.'))) is { Kind: "honorific" };
    }

    /// <summary>
    /// "DIEGO SILANG Y ANDAYA (1730 - 1763) WAS ...", "CONNECTICUT LOTTERY": in a line all in
    /// capitals the words that are names cannot be told by their case, and the tagger reads them
    /// worst there. A run of words the article writes elsewhere, in ordinary case, as a name is that
    /// name, with the type it has there; what was read over those words in the line gives way,
    /// unless it is a longer name that holds them ("CONNECTICUT LOTTERY" around "Connecticut").
    /// </summary>
    private List<MentionCandidate> ShoutedNamesAsInTheBody(List<MentionCandidate> found, List<(int Sentence, List<Piece> Pieces)> shouted)
    {
        if (shouted.Count == 0) return found;
        var shoutedSentences = shouted.Select(s => s.Sentence).ToHashSet();
        var body = BodyNames(found, shoutedSentences);
        if (body.Count == 0) return found;
        var maxWords = body.Keys.Max(WordCount);
        var readInLine = found.Where(m => shoutedSentences.Contains(m.Sentence)).GroupBy(m => m.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        var replaced = new HashSet<MentionCandidate>(ReferenceEqualityComparer.Instance);
        var added = new List<MentionCandidate>();
        foreach (var (sentence, pieces) in shouted)
        {
            var inLine = readInLine.GetValueOrDefault(sentence) ?? [];
            for (var i = 0; i < pieces.Count; i++)
            {
                // "THE CHURCH OF SCIENTOLOGY": a name that the body opens a sentence with may have taken its article along
                if (!pieces[i].IsWord || EntityLexicon.StopWords.Contains(pieces[i].Key)) continue;
                for (var j = Math.Min(pieces.Count - 1, i + 2 * maxWords); j >= i; j--)
                {
                    if (!pieces[j].IsWord) continue;
                    var span = new TextSpan(pieces[i].Start, pieces[j].End);
                    if (!body.TryGetValue(NameKey.For(_document.Slice(span)), out var named)) continue;
                    // (a person read in the line around an organisation the body names is the tagger's misreading: "SUE BANCO SANTANDER")
                    if (!inLine.Any(m => m.Span.Contains(span) && m.Span.Length > span.Length && !BodyWritesRestInLowerCase(m.Span, span)
                                         && !(m.Type == EntityType.Person && named.Type is EntityType.Org)))
                    {
                        var read = named with
                        {
                            Span = span, Sentence = sentence, Title = null, Pending = false, PersonByContext = false,
                            Parts = named.Type == EntityType.Person ? WordsIn(span) : [],
                        };
                        foreach (var m in inLine)
                            if (m.Span.Overlaps(span)) replaced.Add(m);
                        inLine.RemoveAll(m => m.Span.Overlaps(span));
                        inLine.Add(read);
                        added.Add(read);
                    }
                    i = j;
                    break;
                }
            }
        }
        found.RemoveAll(replaced.Contains);
        found.AddRange(added);
        return found;
    }

    /// <summary>
    /// "TOKYO STOCKS END LOWER" over a body that writes "Tokyo stocks ended": the longer name read in
    /// the line is the body's name and words the body writes in lower case, so no name.
    /// </summary>
    private bool BodyWritesRestInLowerCase(TextSpan holder, TextSpan name)
    {
        // (a headline repeated down a page is searched for once)
        var key = string.Concat(_document.Slice(holder), "\u0001", _document.Slice(name));
        if ((_restInLowerCase ??= new(StringComparer.Ordinal)).TryGetValue(key, out var known)) return known;
        return _restInLowerCase[key] = SearchBodyForRestInLowerCase(holder, name);
    }

    private Dictionary<string, bool>? _restInLowerCase;

    private bool SearchBodyForRestInLowerCase(TextSpan holder, TextSpan name)
    {
        var before = _document.Slice(new TextSpan(holder.Start, name.Start)).ToString().ToLowerInvariant();
        var after = _document.Slice(new TextSpan(name.End, holder.End)).ToString().ToLowerInvariant();
        // (but for an organisation's head noun, which the body may write in lower case: "the Republican party")
        if (EntityLexicon.IsHead(NameKey.For(after.AsSpan(after.LastIndexOf(' ') + 1)), out var head) && head == EntityType.Org) return false;
        var written = _document.Slice(name).ToString();
        for (var at = _text.IndexOf(written, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = at + 1 < _text.Length ? _text.IndexOf(written, at + 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            var start = at - before.Length;
            var end = at + written.Length + after.Length;
            if (start < 0 || end > _text.Length || !_text.AsSpan(at, written.Length).ContainsAnyInRange('a', 'z')
                || !_text.AsSpan(start, before.Length).SequenceEqual(before) || !_text.AsSpan(at + written.Length, after.Length).SequenceEqual(after)) continue;
            if ((start == 0 || !char.IsLetterOrDigit(_text[start - 1])) && (end == _text.Length || !char.IsLetterOrDigit(_text[end])))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The names the article writes outside its lines in capitals, by key, each with the type most
    /// of its mentions have. One-word names that tell little are left out: one the article also
    /// writes in lower case ("Labour" and "labour": in capitals it may be the word), one only ever
    /// read where its sentence opens ("Take"), and initials of three letters or fewer that no list
    /// holds ("DH", "L2": in capitals they read as they do in the body).
    /// </summary>
    private Dictionary<string, MentionCandidate> BodyNames(List<MentionCandidate> found, HashSet<int> shoutedSentences)
    {
        var byKey = new Dictionary<string, List<MentionCandidate>>(StringComparer.Ordinal);
        foreach (var m in found)
        {
            if (m.Pending || shoutedSentences.Contains(m.Sentence)) continue;
            var key = NameKey.For(_document.Slice(m.Span));
            // (a run of capitals longer than any name is no name to look for: each word of a line would be tried against it)
            if (key.Length < 2 || m.Entry is null && key.Length <= 3 && !key.Contains(' ') || WordCount(key) > MaxBodyNameWords) continue;
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
            list.Add(m);
        }
        var nicknames = byKey.Keys.Select(k => (Key: k, Nickname: TeamNickname(k))).Where(n => n.Nickname is not null).ToList();
        var lower = LowerCaseWords(byKey.Keys.Where(k => !k.Contains(' ')).Concat(nicknames.Select(n => n.Nickname!)), shoutedSentences);
        var names = new Dictionary<string, MentionCandidate>(StringComparer.Ordinal);
        foreach (var (key, mentions) in byKey)
        {
            if (lower.Contains(key) || !key.Contains(' ') && mentions.All(m => m.Entry is null && OpensSentence(m))) continue;
            var type = mentions.GroupBy(m => m.Type).MaxBy(g => g.Count())!.Key;
            names[key] = mentions.Where(m => m.Type == type).OrderBy(m => m.Entry is null).First();
        }
        // "PHILIP MORRIS SHARES RISE" over "Philip Morris Cos Inc": a company the body names with its legal form, the headline without
        foreach (var (key, named) in names.ToList())
            if (named.Type == EntityType.Org && EntityLexicon.WithoutLegalForm(key) is var plain && plain.Length < key.Length && plain.Length > 3)
                names.TryAdd(plain, named);
        // "ORIOLES EDGE YANKEES" over "the Baltimore Orioles": a team the body names with its town, the headline by its nickname
        foreach (var (key, nickname) in nicknames)
            if (names.TryGetValue(key, out var team) && team.Type == EntityType.Org && !lower.Contains(nickname!))
                names.TryAdd(nickname!, team);
        return names;
    }

    /// <summary>The last word of "baltimore orioles", "new york yankees": a plural after a place the lists know; else null.</summary>
    private string? TeamNickname(string key)
    {
        var space = key.LastIndexOf(' ');
        if (space <= 0) return null;
        var last = key[(space + 1)..];
        if (!IsTeamName(last)) return null;
        var town = key[..space];
        return _gazetteer.NamesAPlace(town) ? last : null;
    }

    /// <summary>
    /// A key that may be a team's name after its town: a plural ("yankees", "bulls"), not a head
    /// noun, which ends a paper's or a body's name ("New York Times", "Cayman Islands").
    /// </summary>
    private static bool IsTeamName(string key) =>
        key.Length >= 4 && key.EndsWith('s') && !key.EndsWith("ss", StringComparison.Ordinal) && !EntityLexicon.IsHead(key, out _);

    private const int MaxBodyNameWords = 8;

    private static int WordCount(string key) => key.Count(c => c == ' ') + 1;

    /// <summary>
    /// Which of <paramref name="words"/> (keys) the article writes in lower case outside its lines in
    /// capitals; with <paramref name="wordsOfTheirOwn"/>, only as words standing apart, not inside an address.
    /// </summary>
    private HashSet<string> LowerCaseWords(IEnumerable<string> words, HashSet<int> shoutedSentences, bool wordsOfTheirOwn = false)
    {
        var wanted = words.ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (wanted.Count == 0) return seen;
        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var s = 0; s < _document.Sentences.Length; s++)
        {
            if (shoutedSentences.Contains(s)) continue;
            var sentence = _document.Sentences[s];
            for (var t = sentence.FirstToken; t < sentence.EndToken && t < _document.Tokens.Length; t++)
            {
                var span = _document.Tokens[t].Span;
                var word = _document.Slice(span);
                if (word.Length > 0 && char.IsLower(word[0]) && (!wordsOfTheirOwn || StandsAlone(span)) && lookup.TryGetValue(word, out var key)) seen.Add(key);
            }
        }
        return seen;

        // a word of its own, not the start of an address ("rajendra.o...@gmail.com")
        bool StandsAlone(TextSpan span) =>
            (span.Start == 0 || char.IsWhiteSpace(_text[span.Start - 1]))
            && (span.End == _text.Length || char.IsWhiteSpace(_text[span.End])
                || _text[span.End] is ',' or ';' or ':' or '!' or '?' or ')' or '.' && (span.End + 1 == _text.Length || char.IsWhiteSpace(_text[span.End + 1])));
    }

    /// <summary>The nouns that, after a name, make it a people's or a language's ("Rohingya refugees", "Pashto-speaking").</summary>
    private static readonly FrozenSet<string> GroupNouns = new[]
    {
        "language", "languages", "dialect", "dialects", "speakers", "speaking", "people", "peoples",
        "tribe", "tribes", "tribesmen", "clan", "clans", "minorities", "community", "communities",
        "refugees", "diaspora",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Judicial Watch stated", read as a person "Judicial" where the article also names "Judicial
    /// Watch" whole: a mention the text goes on from, word for word, into a longer name the article
    /// names is that name, with its type.
    /// </summary>
    private List<MentionCandidate> NamesWrittenWhole(List<MentionCandidate> found)
    {
        // by the hash of their first word (the text is compared in full below): no string is made for a name
        Dictionary<int, List<MentionCandidate>>? byFirstWord = null;
        foreach (var m in found)
        {
            var name = _document.Slice(m.Span);
            var space = name.IndexOf(' ');
            // "Mecca 's Grand Mosque", "Hillary Clinton’s State Department": a possessive joins two names, and is read as two
            if (space <= 0 || m.Pending || name.Contains("'s", StringComparison.Ordinal) || name.Contains("’s", StringComparison.Ordinal)) continue;
            byFirstWord ??= [];
            var key = string.GetHashCode(name[..space]);
            if (!byFirstWord.TryGetValue(key, out var longer)) byFirstWord[key] = longer = [];
            // (a few longer names a word opens are all an article has; a run of thousands would make each mention try them all)
            if (longer.Count < MaxLongerNames && !longer.Exists(n => _document.Slice(n.Span).SequenceEqual(_document.Slice(m.Span)))) longer.Add(m);
        }
        if (byFirstWord is null) return found;
        NamesByStart? byStart = null;
        var replaced = new Dictionary<MentionCandidate, MentionCandidate>(ReferenceEqualityComparer.Instance);
        foreach (var m in found)
        {
            var text = _document.Slice(m.Span);
            var space = text.IndexOf(' ');
            if (!byFirstWord.TryGetValue(string.GetHashCode(space < 0 ? text : text[..space]), out var names)) continue;
            MentionCandidate? longest = null;
            foreach (var n in names)
            {
                var end = m.Span.Start + n.Span.Length;
                if (n.Span.Length > Math.Max(m.Span.Length + 1, longest?.Span.Length ?? 0) && n.Span.Start != m.Span.Start && end <= _text.Length
                    && _text.AsSpan(m.Span.Start, n.Span.Length).SequenceEqual(_document.Slice(n.Span)) && (end == _text.Length || !char.IsLetterOrDigit(_text[end])))
                    longest = n;
            }
            // a person named in full is no part of a longer name ("Jackie Gleason" of "the Jackie Gleason Classic" elsewhere)
            if (longest is null || IsNamedInFull(m)) continue;
            var whole = new TextSpan(m.Span.Start, m.Span.Start + longest.Span.Length);
            byStart ??= new NamesByStart(found);
            if (byStart.Overlapping(whole).Any(o => !ReferenceEquals(o, m) && !whole.Contains(o.Span))) continue;
            replaced[m] = longest with { Span = whole, Sentence = m.Sentence, Parts = longest.Type == EntityType.Person ? WordsIn(whole) : [], Title = m.Title };
        }
        if (replaced.Count == 0) return found;
        var wholes = new SortedSpans(replaced.Values.Select(r => r.Span));
        return found.Where(o => replaced.ContainsKey(o) || !wholes.AnyContains(o.Span))
            .Select(o => replaced.GetValueOrDefault(o) ?? o).ToList();
    }

    private const int MaxLongerNames = 8;

    /// <summary>
    /// A name no list knows that the article writes before a group noun ("the Eegimaa language",
    /// "Rohingya refugees") names a people or its language wherever the article writes it, and one
    /// written before "party" ("Fidesz party") the party: the tagger, which has met few such names,
    /// reads a lone one as a person or an organisation. A language may have a name of two words
    /// ("Jóola Fogny speakers"), be named after "speakers of", or be a family named after a place
    /// ("the Atlantic languages"); a name of two words that opens with a people's name is one of that
    /// people's varieties ("the Jóola Búluf area"). A name the article gives a person in full as
    /// often stays the person's ("the Clinton people").
    /// </summary>
    private List<MentionCandidate> KeepGroupsConsistent(List<MentionCandidate> found)
    {
        Dictionary<string, GroupEvidence>? groups = null;
        foreach (var m in found)
            if (GroupEvidenceAround(m, found) is var (type, language))
            {
                groups ??= new(StringComparer.Ordinal);
                var key = NameKey.For(_document.Slice(m.Span));
                var seen = groups.GetValueOrDefault(key);
                groups[key] = new GroupEvidence(type, seen.Count + 1, seen.Language || language);
            }
        if (groups is null) return found;
        // the evidence each way is counted: a heading in capitals read as a person's name
        // ("GUJJOLAAY EEGIMAA") does not outweigh the language named eight times; a name that opens
        // with a language's is one of its varieties, no evidence against it ("Jóola Karon")
        foreach (var m in found)
            if (m.Type == EntityType.Person && m.Parts.Length >= 2 && !groups.ContainsKey(NameKey.For(_document.Slice(m.Span)))
                && groups.GetValueOrDefault(NameKey.For(_document.Slice(m.Parts[0]))) is not { Language: true })
                foreach (var part in m.Parts)
                    if (groups.TryGetValue(NameKey.For(_document.Slice(part)), out var group))
                        groups[NameKey.For(_document.Slice(part))] = group with { Count = group.Count - 1 };
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Entry is not null && GroupEvidenceAround(m, found) is var (family, _))
                found[i] = m with { Type = family, Entry = null };
            // (a word the tagger left unconfirmed, as it opened a sentence, "Rohingya refugees fled", is confirmed by the group's name)
            else if (GroupOf(m with { Pending = false }) is { Count: > 0 } group)
                found[i] = m with { Type = group.Type, Parts = [], Pending = false };
        }
        return found;

        // a place's name, and a name of two words, are a language's only where the article says it is one ("Orlando" of
        // "Orlando community leaders" is still the city; "Jóola Búluf" of the "Jóola languages" is one of them)
        GroupEvidence? GroupOf(MentionCandidate m)
        {
            if (IsLoneUnlistedName(m)) return groups.GetValueOrDefault(NameKey.For(_document.Slice(m.Span)));
            if (IsLoneUnlistedPlace(m)) return groups.GetValueOrDefault(NameKey.For(_document.Slice(m.Span))) is { Language: true } place ? place : null;
            if (!IsUnlistedNameOfTwoWords(m)) return null;
            if (groups.TryGetValue(NameKey.For(_document.Slice(m.Span)), out var whole)) return whole;
            return groups.GetValueOrDefault(NameKey.For(_document.Slice(WordsIn(m.Span)[0]))) is { Language: true } people ? people : null;
        }
    }

    private readonly record struct GroupEvidence(EntityType Type, int Count, bool Language);

    /// <summary>What the words around a name make it as a group, and whether as a language (see <see cref="KeepGroupsConsistent"/>).</summary>
    private (EntityType Type, bool Language)? GroupEvidenceAround(MentionCandidate m, List<MentionCandidate> found)
    {
        if (IsLoneUnlistedName(m) && GroupTypeAfter(m.Span) is { } type) return (type, BeforeLanguageNoun(m.Span, pluralOnly: false));
        // "like many Texans", "fellow Iowans": a place's people counted, not the team named after them
        // (which the article names in full: "Many Texans fans" after "the Houston Texans")
        if (IsLoneUnlistedName(m) && m.Type is EntityType.Org or EntityType.Person && _document.Slice(m.Span) is { Length: >= 6 } word && word.EndsWith("ans", StringComparison.Ordinal)
            && PreviousWord(m.Span.Start - 1) is var (_, before) && PeopleCounters.Contains(before) && !NamesATeamEndingIn(found, word))
            return (EntityType.Norp, false);
        // a place's name before a noun of its people is still the place ("Texas communities"), and "the Orlando language" of a
        // platform is the words it uses about the place; a name before speakers or languages is a language's
        if ((IsLoneUnlistedName(m) || IsLoneUnlistedPlace(m) || IsUnlistedNameOfTwoWords(m))
            && (BeforeLanguageNoun(m.Span, pluralOnly: true) || FollowsWord(m.Span.Start, "of") && FollowsWord(m.Span.Start - 3, "speakers")))
            return (EntityType.Norp, true);
        // "the Atlantic languages": a place no one speaks names a family of languages
        return m.Entry is { Type: EntityType.Loc or EntityType.Gpe } && m.Title is null && LowerWordAfter(m.Span.End, allowHyphen: false) is { } after
               && _document.Slice(after) is "languages" or "dialects" ? (EntityType.Norp, true) : null;
    }

    /// <summary>Whether an organisation of two words or more ends in <paramref name="word"/> ("Houston Texans"); asked rarely, so no set is built.</summary>
    private bool NamesATeamEndingIn(List<MentionCandidate> found, ReadOnlySpan<char> word)
    {
        foreach (var o in found)
            if (o.Type == EntityType.Org && WordsIn(o.Span) is { Length: >= 2 } words && _document.Slice(words[^1]).SequenceEqual(word)) return true;
        return false;
    }

    private static readonly FrozenSet<string> PeopleCounters = new[]
    {
        "many", "most", "some", "all", "few", "several", "fellow", "other", "ordinary", "average", "million", "millions", "thousands",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private bool BeforeLanguageNoun(TextSpan span, bool pluralOnly) =>
        LowerWordAfter(span.End, allowHyphen: !pluralOnly) is { } word && _document.Slice(word) is var noun
        && (pluralOnly ? noun is "languages" or "dialects" or "speakers" : noun is "language" or "languages" or "dialect" or "dialects" or "speakers" or "speaking");

    private bool IsLoneUnlistedPlace(MentionCandidate m) => m.Type is EntityType.Loc or EntityType.Gpe && IsLoneUnlistedName(m with { Type = EntityType.Other });

    private bool IsUnlistedNameOfTwoWords(MentionCandidate m) =>
        m.Entry is null && m.Title is null && !m.Pending && m.Type is EntityType.Person or EntityType.Org or EntityType.Other or EntityType.Loc or EntityType.Gpe
        && WordsIn(m.Span) is { Length: 2 };

    /// <summary>
    /// "Philip Morris shares rose" after "Philip Morris Cos Inc said": a company the article names with
    /// its legal form is the company where the article drops the form, though its name reads as a
    /// person's. (A title before the name keeps the person: "Mr. Philip Morris".)
    /// </summary>
    private List<MentionCandidate> CompaniesWithoutTheirLegalForm(List<MentionCandidate> found)
    {
        HashSet<string>? companies = null;
        foreach (var m in found)
        {
            if (m.Type != EntityType.Org || m.Entry is { Kind: not "company" }) continue;
            var key = NameKey.For(_document.Slice(m.Span));
            var bare = EntityLexicon.WithoutLegalForm(key);
            if (bare.Length < key.Length && bare.Contains(' ')) (companies ??= new(StringComparer.Ordinal)).Add(bare);
        }
        if (companies is null) return found;
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Type == EntityType.Person && m.Title is null && companies.Contains(NameKey.For(_document.Slice(m.Span))))
                found[i] = m with { Type = EntityType.Org, Parts = [], Pending = false, PersonByContext = false };
        }
        return found;
    }

    /// <summary>
    /// "Opposition National Action Party ( PAN ) leader", "Rival ING Groep NV said": a word that
    /// describes an organisation, capitalised only because it opens the sentence, is no part of the
    /// organisation's name, though the tagger or a head noun ran the two together. Before a group's
    /// adjective ("Radical Islamic terrorism", "Radical Shiite cleric") what is left is the adjective.
    /// </summary>
    private List<MentionCandidate> OrganisationsWithoutOpeningDescription(List<MentionCandidate> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Type is not (EntityType.Org or EntityType.Other) || m.Entry is not null) continue;
            var name = _document.Slice(m.Span);
            var space = name.IndexOf(' ');
            if (space < 0 || space + 1 >= name.Length || !char.IsUpper(name[space + 1])
                || !OrganisationDescriptionLookup.Contains(name[..space]) || !OpensSentence(m)) continue;
            var rest = new TextSpan(m.Span.Start + space + 1, m.Span.End);
            var restText = _document.Slice(rest);
            var group = restText.Contains(' ') ? null : _gazetteer.LookupKey(NameKey.For(restText), restText).FirstOrDefault(e => e.Type == EntityType.Norp);
            if (group is not null) found[i] = new MentionCandidate(rest, EntityType.Norp, m.Sentence) { Entry = group };
            else if (m.Type == EntityType.Org) found[i] = m with { Span = rest };
        }
        return found;
    }

    /// <summary>
    /// "The opposition Social Democrats", "Christian Democrats", "Free Democrats": a word of a
    /// party's name before "Democrats", which alone names the members of the American party, makes
    /// the whole the party.
    /// </summary>
    private List<MentionCandidate> PartiesOfDemocrats(List<MentionCandidate> found)
    {
        HashSet<TextSpan>? words = null, spans = null;
        SortedSpans? taken = null;
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Type != EntityType.Norp || !_document.Slice(m.Span).SequenceEqual("Democrats") || m.Span.Start < 2 || _text[m.Span.Start - 1] != ' ') continue;
            var start = m.Span.Start - 1;
            while (start > 0 && char.IsLetter(_text[start - 1])) start--;
            if (!DemocratsParties.GetAlternateLookup<ReadOnlySpan<char>>().Contains(_text.AsSpan(start, m.Span.Start - 1 - start))) continue;
            // (the word may have been read alone, "Christian" a people's, "Social" a person's, and gives way; any other name there keeps it)
            var word = new TextSpan(start, m.Span.Start - 1);
            spans ??= found.Select(o => o.Span).ToHashSet();
            taken ??= new SortedSpans(spans);
            if (taken.AnyOverlaps(word) && !spans.Contains(word)) continue;
            found[i] = new MentionCandidate(new TextSpan(start, m.Span.End), EntityType.Org, m.Sentence);
            (words ??= []).Add(word);
        }
        if (words is not null) found.RemoveAll(o => words.Contains(o.Span));
        return found;
    }

    /// <summary>
    /// "the Republican party", "the Labour party": a party's word before "party" written in lower
    /// case names the party with it, as the corpora mark it, not the party's people or a person.
    /// </summary>
    private List<MentionCandidate> PartiesWithTheirNounInLowerCase(List<MentionCandidate> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            var end = m.Span.End;
            if (m.Type == EntityType.Org && m.Entry is not null || end + 6 > _text.Length || _text[end] != ' ' || !_text.AsSpan(end + 1, 5).SequenceEqual("party")
                || end + 6 < _text.Length && char.IsLetter(_text[end + 6]) || !PartyWords.Contains(NameKey.For(_document.Slice(m.Span)))) continue;
            var span = new TextSpan(m.Span.Start, end + 6);
            var party = _gazetteer.LookupKey(NameKey.For(_document.Slice(span)), _document.Slice(span)).FirstOrDefault(e => e.Type == EntityType.Org);
            found[i] = new MentionCandidate(span, EntityType.Org, m.Sentence) { Entry = party };
        }
        return found;
    }

    private static readonly FrozenSet<string> PartyWords = EntityLexicon.Keys(
        "republican democratic democrat labour labor conservative liberal communist socialist green libertarian nationalist");

    private static readonly FrozenSet<string> DemocratsParties =
        new[] { "Social", "Christian", "Free", "Liberal", "Sweden", "Swiss", "Centre", "Center" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "the Alliance of Democratic Forces for the Liberation of Congo-Zaire": an organisation's name
    /// of three words or more that runs through a hyphen into a place goes on to the place's end.
    /// </summary>
    private List<MentionCandidate> OrganisationsThroughHyphens(List<MentionCandidate> found) =>
        JoinedToTheNext(found,
            m => m.Type == EntityType.Org && _text[m.Span.End] == '-' && char.IsUpper(_text[m.Span.End + 1]) && _document.Slice(m.Span).Count(' ') >= 2,
            next => next.Type is EntityType.Gpe or EntityType.Loc,
            (m, next) => m with { Span = new TextSpan(m.Span.Start, next.Span.End), Entry = null });

    /// <summary>
    /// "Udvar - Hazy Center", "Wright - Patterson Air Force Base": a tokenised copy spaces the hyphen
    /// of a compound name; a person's name or a place's word before it and a building's or a body's
    /// name after it are one name, typed by its head. (A dash between parts of a line opens no such
    /// name: the name after it must end in a head noun, the one before be no line's first, no word in
    /// capitals, no place of more than a word, "Victoria St Hamilton - Hamilton Police", nor the word the
    /// name after it opens with, "Downtown Lisbon - Lisbon Police", and not itself
    /// after a dash, "Posted via Newsfeed.Com - Unlimited - Uncensored - Secure Usenet News".)
    /// </summary>
    private List<MentionCandidate> NamesThroughSpacedHyphens(List<MentionCandidate> found) =>
        JoinedToTheNext(found,
            first => _text.AsSpan(first.Span.End).StartsWith(" - ") && WordsIn(first.Span) is var words && _document.Slice(words[^1]) is [_, >= 'a' and <= 'z', ..]
                     && (first.Type == EntityType.Person || words.Length == 1 && first.Type is EntityType.Gpe or EntityType.Loc) && !OpensLine(first.Span.Start)
                     && !_text.AsSpan(0, first.Span.Start).EndsWith(" - "),
            next => WordsIn(next.Span) is { Length: >= 2 } words && next.Type is EntityType.Fac or EntityType.Org
                    && EntityLexicon.IsHead(NameKey.For(_document.Slice(words[^1])), out _)
                    && !_text.AsSpan(0, next.Span.Start - 3).EndsWith(_document.Slice(words[0]), StringComparison.Ordinal),
            (first, next) => next with { Span = new TextSpan(first.Span.Start, next.Span.End), Entry = null, Title = null, Parts = [] },
            gap: 3);

    private bool OpensLine(int start) => start == 0 || _text.LastIndexOf('\n', start - 1) is var newline && _text.AsSpan(newline + 1, start - newline - 1).IsWhiteSpace();

    /// <summary>
    /// Each mention that <paramref name="opens"/> a longer name, followed <paramref name="gap"/>
    /// characters after it (one by default) by a mention that <paramref name="closes"/> it, made one
    /// by <paramref name="join"/>; a mention joined to the one before is not joined again.
    /// </summary>
    private List<MentionCandidate> JoinedToTheNext(List<MentionCandidate> found, Func<MentionCandidate, bool> opens, Func<MentionCandidate, bool> closes,
                                                   Func<MentionCandidate, MentionCandidate, MentionCandidate> join, int gap = 1)
    {
        Dictionary<int, int>? byStart = null;
        HashSet<int>? joined = null;
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Span.End + gap >= _text.Length || joined?.Contains(i) == true || !opens(m)) continue;
            byStart ??= found.Select((o, k) => (o.Span.Start, k)).GroupBy(x => x.Start).ToDictionary(g => g.Key, g => g.First().k);
            if (!byStart.TryGetValue(m.Span.End + gap, out var j) || j == i || joined?.Contains(j) == true || !closes(found[j])) continue;
            found[i] = join(m, found[j]);
            (joined ??= []).Add(j);
        }
        if (joined is null) return found;
        var kept = new List<MentionCandidate>(found.Count - joined.Count);
        for (var k = 0; k < found.Count; k++)
            if (!joined.Contains(k)) kept.Add(found[k]);
        return kept;
    }

    /// <summary>
    /// "a Reuters/Ipsos poll", "Photo: Getty/Instagram", "NBC/MSNBC": an organisation joined by a
    /// slash, with no space, to another or to a name read as other is one name, a joint brand or a
    /// credit, as the newswire stand-in marks it (a tokenised copy keeps such a word whole).
    /// </summary>
    private List<MentionCandidate> OrganisationsJoinedBySlash(List<MentionCandidate> found) =>
        JoinedToTheNext(found, first => first.Type == EntityType.Org && _text[first.Span.End] == '/',
            next => next.Type is EntityType.Org or EntityType.Other && (next.Span.End == _text.Length || !char.IsLetterOrDigit(_text[next.Span.End])),
            (first, next) => first with { Span = new TextSpan(first.Span.Start, next.Span.End), Entry = null, Title = null });

    /// <summary>
    /// "the WTA Tour Championships", "the ATP Tour World Championship": a sports body's name right
    /// before an event's is the first word of the event's name.
    /// </summary>
    private List<MentionCandidate> EventsNamedAfterTheirBody(List<MentionCandidate> found) =>
        JoinedToTheNext(found, body => body.Entry is { Kind: "sports-body" } && _text[body.Span.End] == ' ', next => next.Type == EntityType.Event,
            (body, next) => next with { Span = new TextSpan(body.Span.Start, next.Span.End), Entry = null });

    /// <summary>
    /// "the Tour de France", "the Tour of Spain": a place after "Tour de" or "Tour of", with a capital
    /// T, names a race (an event), not the place.
    /// </summary>
    private List<MentionCandidate> RacesNamedTourOfPlaces(List<MentionCandidate> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            // (read whole, as an organisation or a place: "The Tour de France winner")
            if (m.Type != EntityType.Event && m.Span.Length > 9 && IsTourOf(_text.AsSpan(m.Span.Start, 8)) && char.IsUpper(_text[m.Span.Start + 8]))
            {
                found[i] = new MentionCandidate(m.Span, EntityType.Event, m.Sentence);
                continue;
            }
            if (m.Type is not (EntityType.Gpe or EntityType.Loc) || m.Span.Start < 8) continue;
            var before = _text.AsSpan(m.Span.Start - 8, 8);
            if (!IsTourOf(before)) continue;
            var start = m.Span.Start - 8;
            if (start > 0 && char.IsLetter(_text[start - 1])) continue;
            found[i] = new MentionCandidate(new TextSpan(start, m.Span.End), EntityType.Event, m.Sentence);
        }
        return found;
    }

    private static bool IsTourOf(ReadOnlySpan<char> words) => words is "Tour of " or "Tour de " or "Tour du " or "TOUR OF " or "TOUR DE ";

    /// <summary>Words that describe an organisation before its name ("opposition", "rival", "ruling"), never a part of it.</summary>
    private static readonly FrozenSet<string> OrganisationDescriptions = new[]
    {
        "opposition", "rival", "ruling", "embattled", "troubled", "outlawed", "banned", "separatist", "hardline", "moderate",
        "leftist", "rightist", "right-wing", "left-wing", "far-right", "far-left", "pro-government", "dissident", "state-owned",
        "state-run", "privately-held", "loss-making", "debt-laden", "struggling", "beleaguered",
        "retired", "top", "insurgent", "battleground", "powerful", "influential", "secretive", "fledgling", "radical", "extremist",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // (made once: every organisation's first word is looked up)
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationDescriptionLookup =
        OrganisationDescriptions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Patriot" after "Patriot Coal", "Peabody" after "Peabody Energy": news names a company in full
    /// once and then by its first word, which the tagger, seeing one capitalised word before "said"
    /// or "sold", reads as a person. A lone word that opens an organisation's name in the same article
    /// is that organisation, unless it is a given name, a person of the article bears it ("Clinton"
    /// of "Clinton Foundation" after "Hillary Clinton") or the article also writes it in lower case.
    /// </summary>
    private List<MentionCandidate> OrganisationsByFirstWord(List<MentionCandidate> found)
    {
        HashSet<string>? firstWords = null;
        foreach (var m in found)
        {
            if (m.Type != EntityType.Org || m.Entry is { Kind: not ("company" or "media") }) continue;
            var words = WordsIn(m.Span);
            if (words.Length < 2 || !char.IsUpper(_text[words[0].Start])) continue;
            var first = _document.Slice(words[0]).ToString();
            // "National", "American", "Ohio": a word that describes or places the organisation names none
            if (EntityLexicon.Descriptors.Contains(NameKey.For(first)) || EntityLexicon.StopWords.Contains(NameKey.For(first))
                || !_gazetteer.LookupKey(NameKey.For(first), first).IsEmpty || References.GivenNames.IsGivenName(first)) continue;
            (firstWords ??= new(StringComparer.Ordinal)).Add(NameKey.For(first));
        }
        if (firstWords is null) return found;
        firstWords.ExceptWith(FullNameSurnames(found));
        // a word the article also writes in lower case is a common noun that opens the name ("Crime Lab", "House panel")
        firstWords.ExceptWith(LowerCaseWords(firstWords, []));
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Type == EntityType.Person && !m.Pending && m.Entry is null && m.Title is null && IsOneWordName(m.Span)
                && firstWords.Contains(NameKey.For(_document.Slice(m.Span))) && !AfterGivenName(m.Span.Start))
                found[i] = m with { Type = EntityType.Org, Parts = [], PersonByContext = false };
        }
        return found;

        bool IsOneWordName(TextSpan span) => !_document.Slice(span).ContainsAny(' ', '\n');

        // "Frank Sheridan", of which the tagger took the family name alone
        bool AfterGivenName(int start)
        {
            var t = TokenIndexAt(start) - 1;
            return t >= 0 && References.GivenNames.IsGivenName(_document.Slice(_document.Tokens[t].Span));
        }
    }

    /// <summary>
    /// "Ban Ki-moon", "Kim Jong-un", "Moon Jae-in": a Korean given name, hyphenated and written after
    /// the family name, belongs to the name before it, which the tagger (having met few) ends at the
    /// family name. The resolver then reads a lone "Ban" as the family name written first.
    /// </summary>
    private List<MentionCandidate> HyphenatedGivenNamesAfterFamilyNames(List<MentionCandidate> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Type is not (EntityType.Person or EntityType.Other or EntityType.Org) || m.Entry is not null) continue;
            var t = TokenIndexAt(m.Span.End);
            if (t >= _document.Tokens.Length || _document.Tokens[t].Start != m.Span.End + 1 || _document.Text[m.Span.End] != ' '
                || WordsIn(m.Span)[^1].Length > 4 || !HyphenatedGivenName().IsMatch(_document.Slice(_document.Tokens[t].Span))
                || found.Any(o => o.Span.Start == _document.Tokens[t].Start)) continue;
            var span = new TextSpan(m.Span.Start, _document.Tokens[t].End);
            found[i] = m with { Span = span, Type = EntityType.Person, Parts = WordsIn(span), Pending = false };
        }
        // one the tagger missed whole ("Ban Ki-moon, the secretary general, …" opening its sentence)
        var tokens = _document.Tokens;
        for (var s = 0; s < _document.Sentences.Length; s++)
        {
            var sentence = _document.Sentences[s];
            for (var t = sentence.FirstToken + 1; t < sentence.EndToken && t < tokens.Length; t++)
            {
                var family = tokens[t - 1].Span;
                if (family.Length is < 2 or > 4 || tokens[t].Start != family.End + 1 || !char.IsUpper(_document.Text[family.Start])
                    || !HyphenatedGivenName().IsMatch(_document.Slice(tokens[t].Span))) continue;
                var span = new TextSpan(family.Start, tokens[t].End);
                if (found.Any(o => o.Span.Start < span.End && span.Start < o.Span.End)) continue;
                found.Add(new MentionCandidate(span, EntityType.Person, s) { Parts = WordsIn(span) });
            }
        }
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    // a family name is short ("Ban", "Kim", "Wong"), and an English compound ends in a particle ("How-to", "Follow-up")
    [GeneratedRegex(@"^[A-Z][a-z]{1,4}-(?!(?:to|up|off|out|on|down|over|by|back|away|of)$)[a-z]{1,4}$")]
    private static partial Regex HyphenatedGivenName();

    /// <summary>
    /// "One voter, Guadalupe Potocacetpl, 35, showed up": a name no list holds followed by an age
    /// between commas is a person's, whatever the tagger made of it.
    /// </summary>
    private List<MentionCandidate> PeopleByTheirAge(List<MentionCandidate> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Type == EntityType.Person || m.Entry is not null || !IsFollowedByAge(m.Span.End)) continue;
            found[i] = m with { Type = EntityType.Person, Parts = WordsIn(m.Span), Pending = false };
        }
        return found;
    }

    private bool IsFollowedByAge(int end)
    {
        var t = TokenIndexAt(end);
        var tokens = _document.Tokens;
        if (t + 2 >= tokens.Length || Word(t) != "," || tokens[t + 1].Kind != TokenKind.Number || Word(t + 2) != ",") return false;
        return int.TryParse(_document.Slice(tokens[t + 1].Span), out var age) && age is > 0 and < 110;
    }

    /// <summary>The nouns that describe a place or an organisation, and the type each gives a name they describe.</summary>
    private static readonly FrozenDictionary<string, EntityType> DescribingNouns = new Dictionary<string, EntityType>(StringComparer.Ordinal)
    {
        ["village"] = EntityType.Gpe, ["town"] = EntityType.Gpe, ["city"] = EntityType.Gpe, ["hamlet"] = EntityType.Gpe,
        ["municipality"] = EntityType.Gpe, ["suburb"] = EntityType.Gpe, ["township"] = EntityType.Gpe, ["borough"] = EntityType.Gpe,
        ["parish"] = EntityType.Gpe, ["county"] = EntityType.Gpe, ["province"] = EntityType.Gpe, ["district"] = EntityType.Gpe,
        ["commune"] = EntityType.Gpe, ["neighbourhood"] = EntityType.Gpe, ["neighborhood"] = EntityType.Gpe, ["settlement"] = EntityType.Gpe,
        ["river"] = EntityType.Loc, ["island"] = EntityType.Loc, ["lake"] = EntityType.Loc, ["mountain"] = EntityType.Loc, ["valley"] = EntityType.Loc,
        ["company"] = EntityType.Org, ["firm"] = EntityType.Org, ["band"] = EntityType.Org, ["manufacturer"] = EntityType.Org,
        ["maker"] = EntityType.Org, ["retailer"] = EntityType.Org, ["airline"] = EntityType.Org, ["broadcaster"] = EntityType.Org,
        ["newspaper"] = EntityType.Org, ["magazine"] = EntityType.Org, ["publisher"] = EntityType.Org, ["charity"] = EntityType.Org,
        ["militia"] = EntityType.Org, ["brand"] = EntityType.Org, ["conglomerate"] = EntityType.Org, ["startup"] = EntityType.Org,
        ["club"] = EntityType.Org, ["organisation"] = EntityType.Org, ["organization"] = EntityType.Org, ["agency"] = EntityType.Org,
        ["bank"] = EntityType.Org, ["lender"] = EntityType.Org, ["insurer"] = EntityType.Org, ["carmaker"] = EntityType.Org,
        ["automaker"] = EntityType.Org, ["chipmaker"] = EntityType.Org, ["brokerage"] = EntityType.Org,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The words that may follow a describing noun where it heads its phrase (", a village in", ", a
    /// company that", "a brand of pencils"); any other word makes it a modifier (", a company
    /// spokesman", ", a town councillor").
    /// </summary>
    private static readonly FrozenSet<string> AfterDescribingNoun = new[]
    {
        ",", ".", ";", ":", ")", "(", "—", "–", "-", "--", "and", "in", "of", "on", "at", "near", "from", "outside", "that", "which",
        "whose", "where", "with", "founded", "based", "located", "situated", "known", "best", "north", "south", "east", "west",
        "northeast", "northwest", "southeast", "southwest", "about", "some", "run", "owned", "led", "set",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A name no list knows that the article describes with a noun of its kind takes that kind
    /// wherever the article writes it: after it (", a village in Holderness", "is a brand of
    /// pencils", ", a stationery company with") or before it ("the village of Skirlington", "the band
    /// God Street Wine"). The tagger, which has met few such names, reads an unknown one by its
    /// shape ("Atwick" a person); the article itself says what it is. An organisation's noun right
    /// before a name with no given name outweighs a speech verb after it ("bank Rabobank said").
    /// </summary>
    private List<MentionCandidate> TypedByDescription(List<MentionCandidate> found)
    {
        Dictionary<string, (EntityType Type, bool OverContext)>? described = null;
        foreach (var m in found)
        {
            if (m.Entry is not null || m.Title is not null) continue;
            var before = DescribedBefore(m.Span);
            var overContext = before == EntityType.Org && References.GivenNames.GenderOf(_document.Slice(m.Span).ToString()) is null;
            if (m.PersonByContext && !overContext) continue;
            if ((m.PersonByContext ? before : DescribedAfter(m.Span) ?? before) is not { } type) continue;
            (described ??= new(StringComparer.Ordinal)).TryAdd(NameKey.For(_document.Slice(m.Span)), (type, overContext));
        }
        if (described is null) return found;
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Entry is not null || m.Title is not null) continue;
            if (!described.TryGetValue(NameKey.For(_document.Slice(m.Span)), out var kind) || SameKind(m.Type, kind.Type)) continue;
            if (m.PersonByContext && !kind.OverContext) continue;
            found[i] = m with { Type = kind.Type, Parts = [], Pending = false, PersonByContext = false };
        }
        return found;

        static bool SameKind(EntityType a, EntityType b) =>
            a == b || a is EntityType.Gpe or EntityType.Loc or EntityType.Fac && b is EntityType.Gpe or EntityType.Loc;
    }

    /// <summary>", a (small) village in", "is an alternative rock band from": the kind the words after a name give it, or null.</summary>
    private EntityType? DescribedAfter(TextSpan span)
    {
        var tokens = _document.Tokens;
        var t = TokenIndexAt(span.End);
        if (t + 1 >= tokens.Length || Word(t) is not ("," or "is" or "was") || Word(++t) is not ("a" or "an" or "the")) return null;
        // the noun may follow a few lower-case modifiers ("a small", "an alternative rock"), not a phrase of its own ("a mainstay in the district")
        for (var k = t + 1; k < tokens.Length && k <= t + 4; k++)
        {
            var word = Word(k);
            if (DescribingNouns.TryGetValue(word, out var type))
                return k + 1 < tokens.Length && AfterDescribingNoun.Contains(Word(k + 1)) ? type : null;
            if (!IsModifier(word)) return null;
        }
        return null;

        static bool IsModifier(string word) =>
            word.Length > 1 && char.IsLower(word[0]) && word.All(c => char.IsLetter(c) || c == '-')
            && word is not ("and" or "or" or "not") && !Clauses.ClauseWords.Prepositions.Contains(word) && !Clauses.ClauseWords.Determiners.Contains(word)
            && !Clauses.ClauseWords.ClauseOpeners.Contains(word) && !Clauses.ClauseWords.VerbModifiers.Contains(word);
    }

    /// <summary>
    /// "the village of Skirlington", "the band God Street Wine": the kind the noun right before a name
    /// gives it, or null. A place's noun needs its "of" ("a district Hillary Clinton won", "the
    /// district GOP chairman" describe nothing); an organisation's takes none ("the maker of Botox"
    /// names the product), and newswire writes it after a nationality or an opening word without an
    /// article ("Dutch bank Rabobank", "Rival bank Rabobank said"). What has shares is a company.
    /// </summary>
    private EntityType? DescribedBefore(TextSpan span)
    {
        var t = TokenIndexAt(span.Start) - 1;
        // "Shares in Ferrari rose", "shares of Daewoo": what has shares is a company (a "stake in" may be in a place or an outcome)
        if (t >= 1 && Word(t) is "in" or "of" && Word(t - 1) is "shares" or "Shares") return EntityType.Org;
        var of = t >= 0 && Word(t) == "of";
        if (of) t--;
        if (t < 1 || !DescribingNouns.TryGetValue(Word(t), out var type) || of == (type == EntityType.Org)) return null;
        if (Word(t - 1) is "the" or "a" or "an") return type;
        if (type != EntityType.Org || Word(t - 1) is not [>= 'A' and <= 'Z', ..] before) return null;
        var opening = _document.Tokens[t - 1].Span.Start;
        return OpensSentence(SentenceOf(opening), opening) || _gazetteer.LookupKey(NameKey.For(before), before) is [{ Type: EntityType.Norp }, ..] ? type : null;
    }

    /// <summary>The index of the first token that starts at or after <paramref name="position"/>.</summary>
    private int TokenIndexAt(int position)
    {
        var tokens = _document.Tokens;
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.Start < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private string Word(int token) => _document[_document.Tokens[token].Span];

    private bool IsLoneUnlistedName(MentionCandidate m) =>
        m.Entry is null && m.Title is null && !m.Pending && m.Type is EntityType.Person or EntityType.Org or EntityType.Other
        && !_document.Text.AsSpan(m.Span.Start, m.Span.Length).ContainsAny(' ', '\n');

    /// <summary>
    /// What a lower-case noun after the span, past one space or a hyphen, makes the name: a people
    /// ("Rohingya refugees", "Pashto-speaking") or a party ("Fidesz party"), or null.
    /// </summary>
    private EntityType? GroupTypeAfter(TextSpan span)
    {
        if (LowerWordAfter(span.End, allowHyphen: true) is not { } word) return null;
        var noun = _document.Text.AsSpan(word.Start, word.Length);
        var hyphen = _document.Text[span.End] == '-';
        if (!hyphen && noun.SequenceEqual("party")) return EntityType.Org;
        // "Biden speaking at the White House" is a caption; "Pashto-speaking" a language's
        return (hyphen || !noun.SequenceEqual("speaking")) && GroupNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun) ? EntityType.Norp : null;
    }

    /// <summary>Whether <paramref name="word"/> and one space come right before <paramref name="start"/>.</summary>
    private bool FollowsWord(int start, string word)
    {
        var from = start - 1 - word.Length;
        return from >= 0 && _text[start - 1] == ' ' && _text.AsSpan(from, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
               && (from == 0 || !char.IsLetter(_text[from - 1]));
    }

    /// <summary>
    /// "Nikolaus van der Pas", "Frank de Boer": a person's name goes on through the particles after
    /// it to the capitalised word they lead to, which the tagger may have cut off or read apart.
    /// </summary>
    private List<MentionCandidate> PeopleThroughParticles(List<MentionCandidate> found)
    {
        NamesByStart? names = null;
        Dictionary<MentionCandidate, MentionCandidate>? extended = null;
        HashSet<MentionCandidate>? inside = null;
        foreach (var m in found)
        {
            if (m.Type != EntityType.Person || ParticlesAndNameLength(m.Span.End) is var rest && rest == 0) continue;
            var whole = new TextSpan(m.Span.Start, m.Span.End + rest);
            names ??= new NamesByStart(found);
            var others = names.Overlapping(whole).Where(o => !ReferenceEquals(o, m)).ToList();
            if (others.Exists(o => !whole.Contains(o.Span) || o.Type != EntityType.Person && o.Entry is not null)) continue;
            // a name that could be anything before the particle ("Tour de France", "En la Masía") needs a person after it
            if (References.GivenNames.GenderOf(_document.Slice(whole).ToString()) is null
                && !others.Exists(o => o.Type == EntityType.Person && o.Span.End == whole.End && o.Span.Start > m.Span.End)) continue;
            (extended ??= new(ReferenceEqualityComparer.Instance))[m] = m with { Span = whole, Parts = WordsIn(whole), Pending = false };
            (inside ??= new(ReferenceEqualityComparer.Instance)).UnionWith(others);
        }
        if (extended is null) return found;
        return found.Where(o => extended.ContainsKey(o) || !inside!.Contains(o)).Select(o => extended.GetValueOrDefault(o) ?? o).ToList();
    }

    /// <summary>The article's names sorted by where they start, to find those that overlap a span without a walk over all of them.</summary>
    private sealed class NamesByStart
    {
        private readonly MentionCandidate[] _sorted;
        private readonly int _longest;

        public NamesByStart(List<MentionCandidate> found)
        {
            _sorted = [.. found.OrderBy(m => m.Span.Start)];
            _longest = _sorted.Length == 0 ? 0 : _sorted.Max(m => m.Span.Length);
        }

        public IEnumerable<MentionCandidate> Overlapping(TextSpan span)
        {
            int lo = 0, hi = _sorted.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_sorted[mid].Span.Start < span.Start - _longest) lo = mid + 1;
                else hi = mid;
            }
            for (var i = lo; i < _sorted.Length && _sorted[i].Span.Start < span.End; i++)
                if (_sorted[i].Span.Overlaps(span)) yield return _sorted[i];
        }
    }

    /// <summary>The length of " van der Pas" after <paramref name="end"/>: one or two particles, then a capitalised word; else 0.</summary>
    private int ParticlesAndNameLength(int end)
    {
        var i = end;
        var particles = 0;
        while (particles < 2 && i + 1 < _text.Length && _text[i] == ' ' && char.IsAsciiLetterLower(_text[i + 1]))
        {
            var word = i + 1;
            var after = word;
            while (after < _text.Length && char.IsAsciiLetterLower(_text[after])) after++;
            if (!IsNameParticle(_text.AsSpan(word, after - word))) break;
            particles++;
            i = after;
        }
        if (particles == 0 || i + 1 >= _text.Length || _text[i] != ' ' || !char.IsUpper(_text[i + 1])) return 0;
        var name = i + 1;
        while (name < _text.Length && (char.IsLetter(_text[name]) || _text[name] is '\'' or '’' or '-')) name++;
        while (!char.IsLetter(_text[name - 1])) name--;
        return name > i + 2 ? name - end : 0;
    }

    /// <summary>The lower-case word right after <paramref name="end"/>, past one space (or a hyphen: "Pashto-speaking").</summary>
    private TextSpan? LowerWordAfter(int end, bool allowHyphen)
    {
        var text = _document.Text;
        if (end >= text.Length || !(text[end] == ' ' || allowHyphen && text[end] == '-')) return null;
        var i = end + 1;
        while (i < text.Length && char.IsAsciiLetterLower(text[i])) i++;
        return i > end + 1 ? new TextSpan(end + 1, i) : null;
    }

    /// <summary>"I've", "We'll", "They’re": a pronoun and its verb, which the tagger has taken for a name.</summary>
    private static bool IsPronounContraction(ReadOnlySpan<char> name)
    {
        var apostrophe = name.IndexOfAny('\'', '’');
        if (apostrophe <= 0) return false;
        return ContractedPronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name[..apostrophe])
               && ContractedVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name[(apostrophe + 1)..]);
    }

    private static readonly FrozenSet<string> ContractedPronouns = new[] { "i", "we", "you", "they", "he", "she", "it" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> ContractedVerbs = new[] { "ve", "m", "ll", "d", "re", "s" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "RT @nytimes :", "RT MarkIHenderson :": Twitter's marks of a retweet, a modified tweet or a
    /// hat tip before a handle are no name ("RT" is also the Russian network); nor is "RT" anywhere
    /// in a text that retweets ("RT if you agree", "RT for a chance to win").
    /// </summary>
    private bool IsRetweetMarker(TextSpan word)
    {
        var text = _document.Slice(word);
        if (text is not ("RT" or "MT" or "HT")) return false;
        if (text is "RT" && Retweets()) return true;
        return IsBeforeHandle(word);
    }

    private bool? _retweets;

    private bool Retweets() => _retweets ??= FindsRetweet();

    private bool FindsRetweet()
    {
        for (var at = _text.IndexOf("RT", StringComparison.Ordinal); at >= 0; at = _text.IndexOf("RT", at + 2, StringComparison.Ordinal))
            if ((at == 0 || !char.IsLetterOrDigit(_text[at - 1])) && IsBeforeHandle(new TextSpan(at, at + 2)))
                return true;
        return false;
    }

    private bool IsBeforeHandle(TextSpan word)
    {
        var i = word.End;
        while (i < _text.Length && _text[i] == ' ') i++;
        if (i < _text.Length && _text[i] == '@') return true;
        var handle = i;
        while (i < _text.Length && !char.IsWhiteSpace(_text[i]) && _text[i] != ':') i++;
        if (i == handle) return false;
        while (i < _text.Length && _text[i] == ' ') i++;
        return i < _text.Length && _text[i] == ':';
    }

    /// <summary>"a Group C match", "Pool B": a tournament's group is named by a letter or a number, and is no organisation.</summary>
    private static bool IsTournamentGroup(ReadOnlySpan<char> name) =>
        name.Length is >= 6 and <= 9 && (name.StartsWith("Group ") || name.StartsWith("GROUP ") || name.StartsWith("Pool ") || name.StartsWith("POOL "))
        && name[(name.IndexOf(' ') + 1)..] is [>= 'A' and <= 'Z'] or [>= '1' and <= '9'] or [>= '1' and <= '9', >= '0' and <= '9'];

    /// <summary>
    /// "R-Fla." and "D-N.Y." after a member of Congress give a party and a state, not a name of their own.
    /// </summary>
    private static bool IsPartyAndState(ReadOnlySpan<char> name)
    {
        if (name.Length < 4 || name[0] is not ('R' or 'D' or 'I') || name[1] != '-' || !char.IsUpper(name[2])) return false;
        foreach (var c in name[3..])
            if (!(char.IsLetter(c) || c == '.')) return false;
        return name.Length <= 14;
    }

    /// <summary>"( R - Texas )": a tokenised copy spaces the party's hyphen, and the state is read apart.</summary>
    private bool IsStateAfterParty(TextSpan span) =>
        span.Start >= 6 && _text.AsSpan(span.Start - 6, 6) is var before && before[2..] is "R - " or "D - " or "I - " && before[..2] is "( " or ", ";

    /// <summary>
    /// A name the article gives a person in full stays a person when it stands alone: "Hurt" after
    /// "Darnell Hurt" is him, whatever the tagger made of it there.
    /// </summary>
    private List<MentionCandidate> KeepPeopleConsistent(List<MentionCandidate> found)
    {
        var surnames = FullNameSurnames(found);
        // one-word people, and whether one of their mentions speaks
        var lonePeople = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var m in found)
            if (m.Type == EntityType.Person && m.Parts.Length == 1)
            {
                ref var speaks = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(lonePeople, NameKey.For(_document.Slice(m.Span)), out _);
                speaks |= SpeechVerbAfter(m.Span);
            }
        if (surnames.Count == 0 && lonePeople.Count == 0) return found;
        Dictionary<string, MentionCandidate>? fullNames = null;
        Dictionary<string, HashSet<string>>? givenNames = null;   // a given name → the full names it opens
        foreach (var m in found)
            if (m.Type == EntityType.Person && m.Parts.Length >= 2)
            {
                var full = NameKey.For(_document.Slice(m.Span));
                (fullNames ??= new(StringComparer.Ordinal)).TryAdd(full, m);
                givenNames ??= new(StringComparer.Ordinal);
                var given = NameKey.For(_document.Slice(m.Parts[0]));
                if (!givenNames.TryGetValue(given, out var names)) givenNames[given] = names = new(StringComparer.Ordinal);
                names.Add(full);
            }
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Type == EntityType.Person) continue;
            var key = NameKey.For(_document.Slice(m.Span));
            // a company or newsroom named after its founder is the person where the article names that person in full
            // ("Bloomberg said"); a listed place only where it speaks ("Jordan said" after "Rep. Jim Jordan")
            if (m.Entry is not null && m.Entry.Kind is not ("company" or "media") && !(surnames.Contains(key) && SpeechVerbAfter(m.Span))) continue;
            if (surnames.Contains(key) || m.Entry is null && SpeechVerbAfter(m.Span) && MisspellsOneSurname(m.Span, found))
                found[i] = m with { Type = EntityType.Person, Parts = [m.Span], Pending = false };
            // and a person's full name read once as a place or an organisation is still the person ("a Hillary Clinton rally" in a headline)
            else if (m.Type is EntityType.Gpe or EntityType.Loc or EntityType.Fac or EntityType.Org && fullNames?.GetValueOrDefault(key) is { } person)
                found[i] = m with { Type = EntityType.Person, Entry = person.Entry, Parts = WordsIn(m.Span), Pending = false };
            // "the Bernie people", "Bernie or Bust" after "Bernie Sanders": a given name the lists know, of one person the
            // article names in full, read as a group's or a thing's, is that person (not a place's or an organisation's:
            // "Jordan", "Georgia" stay; nor a word of a name misread as a person's, as a language's term once was)
            else if (m.Entry is null && m.Type is EntityType.Other or EntityType.Norp && givenNames?.GetValueOrDefault(key) is { Count: 1 }
                     && References.GivenNames.IsGivenName(_document.Slice(m.Span)))
                found[i] = m with { Type = EntityType.Person, Parts = [m.Span], Pending = false };
            // "Mehmet Oz" read as a thing's name (neither word one the tagger knew) where "Oz said" is a person: a name
            // of two or three capitalised words whose last word alone is a person who speaks in the article (or whose
            // first word is a given name, written as one: "LA Pride" stays), and the surname of no one else the article
            // names in full, is that person ("Fifth Amendment" stays where a stray "Amendment" was read as a person)
            else if (m.Entry is null && m.Type == EntityType.Other && WordsIn(m.Span) is { Length: 2 or 3 } words
                     && lonePeople.TryGetValue(NameKey.For(_document.Slice(words[^1])), out var speaks) && !surnames.Contains(NameKey.For(_document.Slice(words[^1])))
                     && words.All(w => char.IsUpper(_text[w.Start])) && IsCapitalisedWord(_document.Slice(words[0]))
                     && (speaks || References.GivenNames.IsGivenName(_document.Slice(words[0])) || Tagging.TaggerLexicon.IsGivenName(_document.Slice(words[0]))))
                found[i] = m with { Type = EntityType.Person, Parts = words, Pending = false };
        }
        return found;
    }

    /// <summary>A capital and then only lower-case letters, <paramref name="minLength"/> in all, as a given name is written ("Mehmet"; not "LA").</summary>
    private static bool IsCapitalisedWord(ReadOnlySpan<char> word, int minLength = 3)
    {
        if (word.Length < minLength || !char.IsUpper(word[0])) return false;
        foreach (var c in word[1..])
            if (!char.IsLower(c)) return false;
        return true;
    }

    /// <summary>
    /// "McLenney said" after "Tyresha McClenney": one word that the copy misspells from the surname
    /// of exactly one person the article names in full, and that speaks, is that person, whatever the
    /// tagger made of it (<see cref="NameParts.SameSurnameMisspelt"/>).
    /// </summary>
    private bool MisspellsOneSurname(TextSpan span, List<MentionCandidate> found)
    {
        var word = _document.Slice(span);
        if (word.Contains(' ') || word.Length < 6) return false;
        var part = NamePart.Of(NameKey.ForNamePart(word));
        var people = found.Where(m => m.Type == EntityType.Person && m.Parts.Length >= 2
                                      && NameParts.SameSurnameMisspelt(part, NamePart.Of(NameKey.ForNamePart(_document.Slice(m.Parts[^1])))))
            .Select(m => NameKey.For(_document.Slice(m.Span))).Distinct(StringComparer.Ordinal).Take(2).Count();
        return people == 1;
    }

    private bool SpeechVerbAfter(TextSpan span) =>
        LowerWordAfter(span.End, allowHyphen: false) is { } word && EntityLexicon.SpeechVerbs.Contains(NameKey.For(_document.Slice(word)));

    /// <summary>The words of a name, split at white space.</summary>
    private ImmutableArray<TextSpan> WordsIn(TextSpan span)
    {
        var words = ImmutableArray.CreateBuilder<TextSpan>();
        var start = -1;
        for (var i = span.Start; i <= span.End; i++)
        {
            var space = i == span.End || char.IsWhiteSpace(_text[i]);
            if (!space && start < 0) start = i;
            else if (space && start >= 0)
            {
                words.Add(new TextSpan(start, i));
                start = -1;
            }
        }
        return words.ToImmutable();
    }

    /// <summary>The surnames (name keys) of the people the article names in full.</summary>
    private HashSet<string> FullNameSurnames(IEnumerable<MentionCandidate> found)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in found)
            if (m.Type == EntityType.Person && m.Parts.Length >= 2)
                surnames.Add(NameKey.For(_document.Slice(m.Parts[^1])));
        return surnames;
    }

    /// <summary>
    /// The second syllable of a Korean given name, written after a hyphen in lower case ("moon" of
    /// "Ki-moon", "un" of "Jong-un"): at most four letters and no English word ("Trump-led", "Bush-era").
    /// </summary>
    private static bool IsGivenNameSyllable(string word) =>
        word.Length is > 0 and <= 4 && word.All(char.IsAsciiLetterLower) && !CompoundEndings.Contains(word);

    private static readonly FrozenSet<string> CompoundEndings = new[]
    {
        "era", "led", "run", "born", "made", "like", "wide", "free", "held", "bred", "fed", "done", "type", "size", "base",
        "ish", "less", "ism", "ist", "ite", "gate", "care", "bot", "fan", "fans", "side", "camp", "team", "ally", "foe",
        "aide", "pick", "plan", "deal", "law", "bill", "tax", "ban", "wall", "tour", "day", "year", "time", "age", "only",
        "sr", "jr",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The tagger's names per sentence, as text spans and classes.</summary>
    private List<(TextSpan Span, NameClass Class)>[]? TaggedNames()
    {
        if (_tagger is null) return null;
        var view = TaggerDocument.From(_document);
        var bySentence = new List<(TextSpan, NameClass)>[_document.Sentences.Length];
        for (var s = 0; s < bySentence.Length; s++) bySentence[s] = [];
        var previousEnd = (Sentence: -1, Token: 0);
        foreach (var name in JoinedAndTrimmed(_tagger.Tag(view), view))
        {
            var tokens = view.Sentences[name.Sentence];
            var first = name.Class switch
            {
                NameClass.Person => FirstOfPersonName(tokens, name.FirstToken),
                NameClass.Organisation or NameClass.Location => AfterOpeningArticle(name.Sentence, tokens, name.FirstToken, name.EndToken),
                _ => name.FirstToken,   // a work keeps its article ("The War That Changed Us")
            };
            if (name.Class != NameClass.Person && !(previousEnd.Sentence == name.Sentence && previousEnd.Token > first - 2))
                first = FromTheWordOfItsOf(name.Sentence, tokens, first, name.EndToken);
            if (name.Class != NameClass.Person)
                first = BackToItsArticle(tokens, first, name.EndToken, previousEnd.Sentence == name.Sentence ? previousEnd.Token : 0, name.Class);
            bySentence[name.Sentence].Add((new TextSpan(tokens[first].Start, tokens[name.EndToken - 1].End), name.Class));
            previousEnd = (name.Sentence, name.EndToken);
        }
        return bySentence;
    }

    /// <summary>
    /// Repairs of the tagger's spans before anything reads them. Names of one class that touch
    /// ("Zalmay" "Khalilzad", "Club for Growth" "PAC") are one name, as is a given name read as other
    /// before a person ("Jeb" "Bush"): the tweets it learnt from put handles
    /// side by side ("@a @b"), so it sometimes starts a second name where the corpora of news
    /// almost never do (under 0.5% of their names; the handles stay apart). Places stay apart, as
    /// one may stand before another ("Kosovo" "Pristina International Airport"). And a name does not end
    /// in a word in lower case ("Philip Morris Cos Inc rose"): such a word is the verb after it,
    /// unless the whole name is in lower case, as a tweet may write one. "PAC" after an organisation
    /// ends its name, and an article may open it (<see cref="WithArticleOfItsOwn"/>).
    /// </summary>
    private List<TaggedName> JoinedAndTrimmed(ImmutableArray<TaggedName> names, TaggerDocument view)
    {
        var result = new List<TaggedName>(names.Length);
        foreach (var name in names)
        {
            var tokens = view.Sentences[name.Sentence];
            if (result.Count > 0 && result[^1].Sentence == name.Sentence && result[^1].EndToken > name.FirstToken) continue;   // taken in above ("PAC")
            var end = name.EndToken;
            while (end - 1 > name.FirstToken && IsAllLowerCase(tokens[end - 1])
                   && Enumerable.Range(name.FirstToken, end - 1 - name.FirstToken).Any(t => char.IsUpper(_text[tokens[t].Start])))
                end--;
            // "the Club for Growth PAC": the initials of its kind end an organisation's name where the tagger stopped short of them
            if (end == name.EndToken && name.Class == NameClass.Organisation && end < tokens.Length && tokens[end].Start == tokens[end - 1].End + 1
                && _text.AsSpan(tokens[end].Start, tokens[end].Length) is "PAC"
                && !(name.FirstToken > 0 && _text.AsSpan(tokens[name.FirstToken - 1].Start, tokens[name.FirstToken - 1].Length) is "a" or "an"))   // "a Republican PAC" is one of many
                end++;
            var trimmed = name with { EndToken = end, FirstToken = WithArticleOfItsOwn(tokens, name.FirstToken, end) };
            if (result.Count > 0 && result[^1] is var previous && previous.Sentence == name.Sentence
                && (previous.Class == name.Class && name.Class != NameClass.Location || IsGivenNameReadAsOther(previous, name, tokens))
                && previous.EndToken == name.FirstToken && name.FirstToken == trimmed.FirstToken
                && tokens[name.FirstToken].Start == tokens[previous.EndToken - 1].End + 1 && _text[tokens[name.FirstToken].Start - 1] == ' '
                && !IsHandle(tokens[name.FirstToken]) && !IsHandle(tokens[previous.EndToken - 1]))
                result[^1] = previous with { EndToken = trimmed.EndToken, Class = name.Class };
            else
                result.Add(trimmed);
        }
        return result;
    }

    /// <summary>"Jeb" read as other right before "Bush" read as a person: a given name opening the person's name.</summary>
    private bool IsGivenNameReadAsOther(TaggedName previous, TaggedName name, ImmutableArray<TextSpan> tokens)
    {
        if (previous.Class != NameClass.Miscellaneous || name.Class != NameClass.Person || previous.EndToken - previous.FirstToken != 1) return false;
        var word = _text.AsSpan(tokens[previous.FirstToken].Start, tokens[previous.FirstToken].Length);
        // (not a head noun that is also somebody's name: "Court Philippe Chatrier")
        return References.GivenNames.IsGivenName(word) && !EntityLexicon.IsHead(NameKey.For(word), out _);
    }

    /// <summary>
    /// "nicknamed El Chapo", "“The Wall Street Journal” wrote": an article the tagger left outside
    /// a name is its own when it is a foreign one, capitalised ("El", "La", "Los", "Las", "Al"), or
    /// when it opens a title in quotation marks that the name closes.
    /// </summary>
    private int WithArticleOfItsOwn(ImmutableArray<TextSpan> tokens, int first, int end)
    {
        if (first == 0) return first;
        var before = tokens[first - 1];
        if (before.End + 1 != tokens[first].Start) return first;
        var article = _text.AsSpan(before.Start, before.Length);
        if (article is "El" or "La" or "Los" or "Las" or "Al") return first - 1;
        if (article is not "The" || first < 2 || end >= tokens.Length) return first;
        var open = _text.AsSpan(tokens[first - 2].Start, tokens[first - 2].Length);
        var close = _text.AsSpan(tokens[end].Start, tokens[end].Length);
        return tokens[first - 2].End == before.Start && open is "“" or "\"" && close is "”" or "\"" && tokens[end].Start == tokens[end - 1].End ? first - 1 : first;
    }

    private bool IsHandle(TextSpan token) => _text[token.Start] is '@' or '#';

    /// <summary>
    /// "the Freedom of Information Act", "Justice Against Sponsors of Terrorism Act": the tagger may
    /// start a law's name after its "of", leaving the capitalised word before it out ("Information
    /// Act"); that word opens the name, unless it is a title or only capitalised as the sentence's
    /// first. Only for a law: before other names the word is as often a headline's ("Fall of
    /// Saigon", "Parents of Americans"), and the name stands without it; and "the State of Virginia"
    /// made whole would be an entity apart from the article's "Virginia".
    /// </summary>
    private int FromTheWordOfItsOf(int sentence, ImmutableArray<TextSpan> tokens, int first, int end)
    {
        if (first < 2 || !_text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length).SequenceEqual("of")
            || !_text.AsSpan(tokens[end - 1].Start, tokens[end - 1].Length).SequenceEqual("Act")
            || OpensSentence(sentence, tokens[first - 2].Start)) return first;
        var word = _text.AsSpan(tokens[first - 2].Start, tokens[first - 2].Length);
        if (!IsCapitalisedWord(word, minLength: 2)) return first;
        return _gazetteer.StartsATitle(NameKey.For(word)) ? first : first - 2;
    }

    /// <summary>
    /// "the No Child Left Behind Act", "signed the Every Student Succeeds Act": a law's name is
    /// made of words that are no names, some of them words the tagger reads as anything but ("No",
    /// "Every"), and it may keep only the last of them ("Act", "Child Left Behind Act"). The
    /// capitalised words between "the" and the tagged end are the law's (up to six, none of them a
    /// name tagged apart, a month or a day, and none in the possessive: "the president's Affordable
    /// Care Act"). So are they before any other name of several words the tagger read as other
    /// ("the No Child Left Behind law", "the Living Legend Award", "the Second World War"); a lone
    /// word read so is as often an adjective ("the Central American migrants").
    /// </summary>
    private int BackToItsArticle(ImmutableArray<TextSpan> tokens, int first, int end, int previousEnd, NameClass cls)
    {
        var act = _text.AsSpan(tokens[end - 1].Start, tokens[end - 1].Length).SequenceEqual("Act");
        if (!act && !(cls == NameClass.Miscellaneous && end - first >= 2)) return first;
        var start = first;
        while (start > previousEnd && start > 1 && first - start < 6)
        {
            var word = _text.AsSpan(tokens[start - 1].Start, tokens[start - 1].Length);
            if (!char.IsUpper(word[0]) || word.ContainsAny('\'', '’') || TaggedNameTyping.TimeWords.Contains(word.ToString().ToLowerInvariant())) break;
            start--;
        }
        return start < first && _text.AsSpan(tokens[start - 1].Start, tokens[start - 1].Length) is "the" ? start : first;
    }

    /// <summary>
    /// "The State Department said", "A State Department spokesman": the article that opens a
    /// sentence is capitalised, and the tagger reads it into the name it opens, where mid-sentence
    /// it leaves "the" out. An organisation's or a place's name starts after it, as the entity's own name does
    /// (<see cref="EntityResolver"/>); a name of one word after "The" keeps it ("The Hague", "The Hill").
    /// </summary>
    private int AfterOpeningArticle(int sentence, ImmutableArray<TextSpan> tokens, int first, int end)
    {
        if (!OpensSentence(sentence, tokens[first].Start)) return first;
        var word = _text.AsSpan(tokens[first].Start, tokens[first].Length);
        var rest = end - first - 1;
        return (word is "The" && rest >= 2) || (word is "A" or "An" && rest >= 1) ? first + 1 : first;
    }

    /// <summary>
    /// "said Will Doyle", "Will Smith said": "Will" is a given name the tagger leaves off the surname
    /// after it, having met the word as a verb; read as the verb, it also hid the speaker. Not after
    /// another capitalised word ("Trump Will Win" in a headline). ("May" stays apart: the month
    /// comes before names far more often, "in May Trump said".)
    /// </summary>
    private int FirstOfPersonName(ImmutableArray<TextSpan> tokens, int first)
    {
        if (first == 0) return first;
        var before = tokens[first - 1];
        if (!_text.AsSpan(before.Start, before.Length).SequenceEqual("Will")) return first;
        if (first >= 2 && char.IsUpper(_text[tokens[first - 2].Start])) return first;
        return first - 1;
    }

    /// <summary>
    /// Turns one sentence's tagged names into mention candidates: a title is cut off a person's
    /// name and kept apart, a trailing possessive is dropped, the class becomes an entity type
    /// through the rule name of the same span or the gazetteer and head nouns; then the rule names
    /// that no tagged name overlaps are added when their evidence is strong.
    /// </summary>
    private sealed class TaggedNameTyping(SentenceScan scan, List<Piece> pieces, int sentence)
    {
        /// <summary>
        /// Every decision below concerns names that overlap, so the sentence is cut into groups of
        /// overlapping names, merged one group at a time: a run-on sentence of thousands of names
        /// would otherwise compare each name with all the others. The result keeps the order a
        /// single pass gives (tagged names first, then the rule names added, each in input order).
        /// </summary>
        public List<MentionCandidate> Merge(List<(TextSpan Span, NameClass Class)> tagged, List<MentionCandidate> rules)
        {
            for (var i = 0; i < tagged.Count; i++)
                if (SaintBefore(tagged[i].Span.Start) is { } start)
                    tagged[i] = (new TextSpan(start, tagged[i].Span.End), tagged[i].Class);
            var items = new List<(TextSpan Span, int Index)>(tagged.Count + rules.Count);
            for (var i = 0; i < tagged.Count; i++) items.Add((tagged[i].Span, i));
            for (var i = 0; i < rules.Count; i++) items.Add((rules[i].Span, tagged.Count + i));
            items.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Index.CompareTo(b.Index));

            var merged = new List<(int Order, MentionCandidate Mention)>();
            var groupTagged = new List<(TextSpan Span, NameClass Class, int Index)>();
            var groupRules = new List<(MentionCandidate Rule, int Index)>();
            var groupEnd = int.MinValue;
            foreach (var (span, index) in items)
            {
                if (span.Start >= groupEnd && (groupTagged.Count > 0 || groupRules.Count > 0))
                {
                    MergeGroup(groupTagged, groupRules, merged);
                    groupTagged.Clear();
                    groupRules.Clear();
                }
                if (index < tagged.Count) groupTagged.Add((span, tagged[index].Class, index));
                else groupRules.Add((rules[index - tagged.Count], index));
                groupEnd = Math.Max(groupEnd, span.End);
            }
            MergeGroup(groupTagged, groupRules, merged);
            return merged.OrderBy(m => m.Order).Select(m => m.Mention).ToList();
        }

        /// <summary>
        /// "Stevie Wonder", "Lonnie Bunch", "Dana Bash": a given name the tagger read as a person alone,
        /// where the rules read it with the one capitalised word after it that the tagger left alone,
        /// is a person named in full whose family name is also a word; not after "the" ("The Kelly
        /// File"), nor where that word ends the name of a show, a committee or a thing that bears the
        /// person's ("the Rachel Maddow Show", "Ted Cruz Super PAC", "the Marshall Plan"), or is a
        /// headline's verb ("Donald Trump Wins").
        /// </summary>
        /// <summary>
        /// "St Helens coach Shaun McRae", the tagger reading "Helens" alone: "St", "Saint" or "Ste" right
        /// before a name is the first word of it (a town's, a club's, a saint's). Where it begins, or null.
        /// </summary>
        private int? SaintBefore(int start)
        {
            var text = scan.Text;
            var at = start - 1;
            if (at < 1 || text[at] != ' ') return null;
            var end = at;
            if (text[at - 1] == '.') at--;
            while (at > 0 && char.IsAsciiLetter(text[at - 1])) at--;
            if (at > 0 && !char.IsWhiteSpace(text[at - 1]) && text[at - 1] is not ('(' or '"' or '\'' or '“')) return null;
            return text.AsSpan(at, end - at) is "St" or "St." or "Saint" or "Ste" or "Ste." or "Sainte" ? at : null;
        }

        private bool GoesOnFromGivenName(TextSpan given, MentionCandidate rule)
        {
            if (rule.Type != EntityType.Person || rule.Span.Start != given.Start || rule.Span.End <= given.End || !IsOneWord(given)
                || !Tagging.TaggerLexicon.IsGivenName(scan.Text.AsSpan(given.Start, given.Length)) || AfterTheArticle(given.Start)) return false;
            var rest = scan.Text.AsSpan(given.End, rule.Span.End - given.End);
            if (rest.Length < 3 || rest[0] != ' ' || rest[1..].ContainsAny(' ', '\n') || !char.IsUpper(rest[1])) return false;
            var key = NameKey.For(rest[1..]);
            return !EntityLexicon.IsHead(key, out _) && !ThingsNamedAfterPeople.ContainsKey(key) && !WordsAfterPeoplesNames.Contains(key);
        }

        private bool AfterTheArticle(int position) =>
            position >= 4 && scan.Text.AsSpan(position - 4, 4) is "the " or "The ";

        /// <summary>
        /// Besides head nouns and what is named after people, the words after a person's name that
        /// make it a show's, a firm's or a headline's ("Show", "PAC", "Golf", "Wins").
        /// </summary>
        private static readonly FrozenSet<string> WordsAfterPeoplesNames = new[]
        {
            "show", "hour", "report", "reports", "radio", "live", "tonight", "today", "podcast", "pac", "super", "golf",
            "victory", "wins", "win", "says", "said", "slams", "blasts", "rips", "calls", "jr", "sr", "awards",
            "era", "presidency", "towers", "estate", "trust", "memorial", "communication", "communications", "rally", "tour", "file", "files",
            "theater", "theatre",
        }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>
        /// "Howard Dean", "Amy Pope", "Martin Luther King": a person's last word that is also a title,
        /// with no name after it, is the surname (as MergeTrailingTitleWords reads it among the rule names).
        /// </summary>
        private bool IsSurnameThatIsATitle(int k, int end) =>
            k == end && pieces[k].Shape == PieceShape.Capitalised
            && !(end + 1 < pieces.Count && pieces[end + 1].Shape == PieceShape.Capitalised);

        /// <summary>One group of overlapping names; each result carries the index of the tagged name or rule it came from.</summary>
        private void MergeGroup(List<(TextSpan Span, NameClass Class, int Index)> taggedNames, List<(MentionCandidate Rule, int Index)> ruleNames,
            List<(int Order, MentionCandidate Mention)> merged)
        {
            var rules = ruleNames.Select(r => r.Rule).ToList();
            var result = new List<MentionCandidate>();
            var order = new List<int>();
            var previous = -1;
            foreach (var (span, cls, index) in taggedNames)
            {
                while (order.Count < result.Count) order.Add(previous);
                previous = index;
                // "Kosovo Pristina International Airport": where the rules cut a tagged name into names they know, they know better
                var inside = rules.Where(r => span.Contains(r.Span) && !r.Pending && (r.Entry is not null || r.Type != EntityType.Person)).ToList();
                // but a group's adjective opening an organisation's name the list does not know is part of it
                // ("Democratic Senatorial Campaign Committee", "Syrian Democratic Forces"; not "Afghan Taliban"), as it is
                // before a name the list holds for no country ("Ethiopian People's Revolutionary Party")
                var adjectiveOpensName = cls == NameClass.Organisation && inside.Count == 2 && inside[0].Type == EntityType.Norp
                                         && inside[0].Span.Start == span.Start && inside[1].Type == EntityType.Org
                                         && (string.IsNullOrEmpty(inside[1].Entry?.Country)
                                             // nor is another country's adjective before a listed body of one country ("the German Council on Foreign Relations")
                                             || inside[0].Entry?.Country is { Length: > 0 } people && people != inside[1].Entry!.Country);
                // nor is a person's name that opens with a given name cut into the places it spells ("Michael Jordan")
                var givenNamed = cls == NameClass.Person && References.GivenNames.GenderOf(scan.Text[span.Start..span.End]) is not null;
                // and a company's name ending in its legal form is one ("Samsung Electronics Co Ltd")
                var company = cls == NameClass.Organisation && PieceRange(span) is var (spanFirst, spanLast) && spanLast > spanFirst
                              && EntityLexicon.CompanySuffixes.Contains(pieces[spanLast].Key);
                // nor is an organisation's unit named after it ("Planned Parenthood Action Fund", "Democratic National Committee Black
                // Caucus"): the last part, no list's, is the unit's head noun
                var unit = cls == NameClass.Organisation && inside.Count >= 2 && inside[^1].Entry is null && inside[^1].Type == EntityType.Org
                           && inside[^1].Span.End == span.End && inside.Take(inside.Count - 1).All(r => r.Entry is { Type: EntityType.Org });
                // nor is a place opening an organisation's name no list holds that the tagger read whole ("the Pakistan Cricket
                // Board", "the London Metal Exchange"), as the rules join it where only descriptors stand between ("US Central Command"),
                // nor one opening a place or a building's name ("the Melbourne Sports Stadium", "Sydney Olympic Park")
                var placeOpensName = inside.Count == 2 && inside[0].Type is EntityType.Gpe && inside[0].Span.Start == span.Start
                                     && (cls == NameClass.Organisation && inside[1] is { Type: EntityType.Org or EntityType.Fac, Entry: null }
                                         || cls == NameClass.Location && inside[1] is { Type: EntityType.Fac or EntityType.Loc, Entry: null })
                                     && inside[1].Span.End == span.End;
                if (inside.Count >= 2 && CoversWords(span, inside) && !adjectiveOpensName && !placeOpensName && !givenNamed && !company && !unit)
                {
                    result.AddRange(inside);
                    continue;
                }
                // A rule name that joins this tagged name to another by a possessive, or an organisation's
                // or place's name to a tagged person's name that ends it, ran two names together ("Media Research Center’s Dan Gainor",
                // "Senate Majority Whip John Cornyn"): the tagger's cut stands. Joined by "of" or "and"
                // the whole is often one name ("National Library of the Netherlands", "Department of
                // Housing and Urban Development"), as it is when the person comes before its head noun
                // ("Donald J. Trump Foundation"), and is kept as before.
                bool RunsNamesTogether(MentionCandidate r) =>
                    taggedNames.Exists(t => t.Index != index && t.Span.Overlaps(r.Span)
                        && (HasPossessiveOutside(r.Span, span) && !(r.Entry is { } listed && SpelledWithPossessive(listed, NameKey.For(scan.Text.AsSpan(r.Span.Start, r.Span.Length))))
                            || (cls != NameClass.Person && t.Class == NameClass.Person && t.Span.End == r.Span.End)));
                // "Omar Haidari told": a person the rules found whole on evidence beside the name, of which the tagger found a part;
                // "Bakheet al-Rashidi": a particle makes a name the tagger read in part as "other" a person's
                var whole = cls switch
                {
                    NameClass.Person => rules.Find(r => r.Type == EntityType.Person && !r.Pending && (r.PersonByContext || r.Title is not null || r.Entry is not null)
                                                        && r.Span.Contains(span) && r.Span != span && !RunsNamesTogether(r))
                                        ?? rules.Find(r => GoesOnFromGivenName(span, r) && !RunsNamesTogether(r) && !taggedNames.Exists(t => t.Index != index && t.Span.Overlaps(r.Span))),
                    // and a title before it a person's ("Japanese Foreign Minister Yukihiko Ikeda", of which the tagger read "Ikeda")
                    NameClass.Miscellaneous => rules.Find(r => r.Type == EntityType.Person && !r.Pending && r.Span.Contains(span) && r.Span != span
                                                               && (HasNameParticle(r) || r.Title is not null && !HasPossessiveOutside(r.Span, span))),
                    _ => null,
                };
                // "a Secret Service detail", of which the tagger read "Service": a name a list knows, taken whole
                whole ??= rules.Find(r => r.Entry is not null && !r.Pending && r.Type != EntityType.Person && r.Span.Contains(span)
                                          && (r.Span != span || EndsInPossessive(r.Span)) && !RunsNamesTogether(r));
                if (whole is not null)
                {
                    // the same whole name for each of the tagged names inside it is one mention
                    if (!result.Contains(whole)) result.Add(whole);
                    continue;
                }
                // "Department of War" of "Department of War Studies": an organisation or place the rules found whole by its head noun
                // and "Hartley Brandt" of "Hartley Brandt & Co", a person's name only as a company's
                if ((cls is NameClass.Organisation or NameClass.Location or NameClass.Miscellaneous || cls == NameClass.Person && EndsWithCompanySuffix(span, rules))
                    && rules.Find(r => r.Type is not EntityType.Person && !r.Pending && r.Span.Contains(span) && r.Span != span
                        && (r.Span.Start == span.Start || r.Span.End == span.End) && HasHeadNoun(r.Span) && !RunsNamesTogether(r)) is { } named)
                {
                    if (!result.Contains(named)) result.Add(named);
                    continue;
                }
                // "said Meenakshi Ganguly of Human Rights Watch" tagged as one organisation: a person the rules found, then "of" and a listed body
                if (cls == NameClass.Organisation
                    && rules.Find(r => r.Type == EntityType.Person && !r.Pending && r.Span.Start == span.Start && r.Span.End < span.End) is { } member
                    && rules.Find(r => r.Entry is { Type: EntityType.Org } && r.Span.End == span.End && r.Span.Start > member.Span.End) is { } body
                    && scan.Text.AsSpan(member.Span.End, body.Span.Start - member.Span.End).Trim() is "of" or "at" or "from")
                {
                    result.Add(member);
                    result.Add(body);
                    continue;
                }
                // "British Airways and Glaxo Wellcome" tagged as one: two organisations, the first complete with its head noun
                if (cls == NameClass.Organisation && CompleteBeforeAnd(span) is var (before, after))
                {
                    foreach (var part in new[] { before, after })
                        if (Candidate(part, cls, rules) is { } half)
                            result.Add(half);
                    continue;
                }
                // "Washington , D.C.", "Invercargill , New Zealand": a place that runs through a comma is two, as every corpus marks them
                if (cls == NameClass.Location && PlacesApartAtComma(span) is var (town, region))
                {
                    foreach (var part in new[] { town, region })
                        if (Candidate(part, cls, rules) is { } each)
                            result.Add(each);
                    continue;
                }
                // "Italy - Casiraghi ( 21st minute )": a place the lists know, then a spaced dash, is the team or country of the person after it
                if (cls == NameClass.Person && PlaceBeforeDash(span, rules) is var (place, person))
                {
                    result.Add(place);
                    if (Candidate(person, cls, rules) is { } scorer) result.Add(scorer);
                    continue;
                }
                // "OLYMPICS The International Olympic Committee": a tagged name that runs through "The" into a name the lists hold is
                // two, the words before "The" left to be read on their own
                if (ListedNameAfterThe(span, rules) is var (beforeThe, listed))
                {
                    if (Candidate(beforeThe, NameClass.Miscellaneous, rules) is { } head) result.Add(head);
                    result.Add(listed);
                    continue;
                }
                if (Candidate(span, cls, rules) is { } candidate)
                    result.Add(candidate);
            }
            while (order.Count < result.Count) order.Add(previous);
            for (var r = 0; r < rules.Count; r++)
            {
                var rule = rules[r];
                if (result.Exists(r => r.Span.Overlaps(rule.Span)))
                {
                    // a name inside a tagged compound ("Taliban" in "Taliban-ruled") is the better mention,
                    // but not inside a name of two capitalised parts ("Daimler" in "Daimler-Benz")
                    var compound = result.FindIndex(r => r.Span.Contains(rule.Span) && r.Span != rule.Span && IsOneWord(r.Span));
                    if (compound >= 0 && rule.Entry is not null)
                    {
                        var whole = result[compound];
                        // a company's name joined to another by a hyphen names the company they make ("Daimler-Benz")
                        if (HasCapitalOutside(whole.Span, rule.Span) && rule.Entry.Kind == "company" && whole.Type is EntityType.Org or EntityType.Other)
                            result[compound] = whole with { Type = EntityType.Org };
                        else
                            result[compound] = rule;
                    }
                    continue;
                }
                if (IsStrong(rule))
                {
                    result.Add(rule);
                    order.Add(ruleNames[r].Index);
                }
            }
            for (var i = 0; i < result.Count; i++)
            {
                // a name inside a longer one taken whole ("Great City" of "Council of the Great City
                // Schools", tagged apart) is part of it, not a name of its own; but a person inside an
                // organisation's or place's name is more often a name the rules ran on into ("Senate
                // Minority Whip Richard J. Durbin of Illinois"), and stays
                var inner = result[i];
                if (result.Exists(r => r.Span.Contains(inner.Span) && r.Span != inner.Span && (inner.Type != EntityType.Person || r.Type == EntityType.Person)))
                    continue;
                merged.Add((order[i], result[i]));
            }
        }

        private (TextSpan BeforeThe, MentionCandidate Listed)? ListedNameAfterThe(TextSpan span, List<MentionCandidate> rules)
        {
            var listed = rules.Find(r => r.Entry is not null && !r.Pending && r.Span.End == span.End && r.Span.Start > span.Start);
            if (listed is null || listed.Span.Start - span.Start < 6 || scan.Text.AsSpan(listed.Span.Start - 5, 5) is not (" The " or "\u00a0The ")) return null;
            var end = listed.Span.Start - 5;
            return end > span.Start ? (new TextSpan(span.Start, end), listed) : null;
        }

        public static readonly FrozenSet<string> TimeWords = new[]
        {
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>Whether a person's name has an Arabic particle between its words (<see cref="EntityLexicon.ArabicParticles"/>).</summary>
        private bool HasNameParticle(MentionCandidate person)
        {
            var (first, last) = PieceRange(person.Span);
            for (var k = first + 1; k < last; k++)
                if (pieces[k].Shape == PieceShape.Lower && EntityLexicon.ArabicParticles.Contains(pieces[k].Key)) return true;
            return false;
        }

        /// <summary>The two names of "X Airways and Y", when the name before "and" is complete: two words or more ending in a head noun or a company's form.</summary>
        private (TextSpan, TextSpan)? CompleteBeforeAnd(TextSpan span)
        {
            var (first, last) = PieceRange(span);
            if (first < 0) return null;
            for (var k = first + 2; k < last; k++)
            {
                if (pieces[k].Key != "and" || pieces[k].Shape != PieceShape.Lower) continue;
                if (pieces[k + 1].Shape != PieceShape.Capitalised || !pieces[k - 1].IsWord || !pieces[k - 2].IsWord) return null;
                var end = pieces[k - 1].Key;
                if (!EntityLexicon.CompanySuffixes.Contains(end) && !EntityLexicon.IsHead(end, out _)) return null;
                // "Golf Club and Spa", "Hotel and Casino": one word after "and" is more often the place's other half
                if (k + 1 == last)
                {
                    scan.TypeOf(NameClass.Organisation, last, last, out var listed);
                    if (listed is null) return null;
                }
                return (new TextSpan(pieces[first].Start, pieces[k - 1].End), new TextSpan(pieces[k + 1].Start, pieces[last].End));
            }
            return null;
        }

        /// <summary>The two places of a tagged place written "X , Y", each with a capitalised word, or null.</summary>
        private (TextSpan, TextSpan)? PlacesApartAtComma(TextSpan span)
        {
            var (first, last) = PieceRange(span);
            for (var k = first + 1; k < last; k++)
            {
                if (scan.Text[pieces[k].Start] != ',' || pieces[k].End - pieces[k].Start != 1) continue;
                if (pieces[k - 1].IsWord && pieces[k + 1].IsWord && char.IsUpper(scan.Text[pieces[first].Start]) && char.IsUpper(scan.Text[pieces[k + 1].Start]))
                    return (new TextSpan(pieces[first].Start, pieces[k - 1].End), new TextSpan(pieces[k + 1].Start, pieces[last].End));
                return null;
            }
            return null;
        }

        private (MentionCandidate, TextSpan)? PlaceBeforeDash(TextSpan span, List<MentionCandidate> rules)
        {
            var (first, last) = PieceRange(span);
            for (var k = first + 1; k < last; k++)
            {
                if (pieces[k].Shape != PieceShape.Other || pieces[k].End - pieces[k].Start > 2 || !IsDash(scan.Text[pieces[k].Start])
                    || !char.IsWhiteSpace(scan.Text[pieces[k].Start - 1]) || !char.IsWhiteSpace(scan.Text[pieces[k].End])) continue;
                var before = new TextSpan(pieces[first].Start, pieces[k - 1].End);
                return rules.Find(r => r.Span == before && r.Entry is not null && r.Type is EntityType.Gpe or EntityType.Loc) is { } place
                       && pieces[k + 1].Shape == PieceShape.Capitalised
                    ? (place, new TextSpan(pieces[k + 1].Start, pieces[last].End))
                    : null;
            }
            return null;
        }

        private static bool IsDash(char c) => c is '-' or '–' or '—';

        private bool HasCapitalOutside(TextSpan outer, TextSpan inner)
        {
            for (var i = outer.Start; i < outer.End; i++)
                if ((i < inner.Start || i >= inner.End) && char.IsUpper(scan.Text[i])) return true;
            return false;
        }

        /// <summary>"McDonald's", "Moody 's": a listed name the rules found with its possessive, which a tagged name's would lose.</summary>
        private bool EndsInPossessive(TextSpan span) => PieceRange(span) is var (_, last) && last >= 0 && pieces[last].Shape == PieceShape.Possessive;

        /// <summary>Whether a possessive ("’s") stands in <paramref name="outer"/> outside <paramref name="inner"/>.</summary>
        private bool HasPossessiveOutside(TextSpan outer, TextSpan inner)
        {
            var (first, last) = PieceRange(outer);
            for (var k = first; k >= 0 && k <= last; k++)
                if (pieces[k].Shape == PieceShape.Possessive && !inner.Contains(pieces[k].Span))
                    return true;
            return false;
        }

        private bool EndsWithCompanySuffix(TextSpan tagged, List<MentionCandidate> rules) =>
            rules.Exists(r => r.Type == EntityType.Org && r.Span.Start == tagged.Start && r.Span.End > tagged.End
                              && PieceRange(r.Span) is var (first, last) && last > first && EntityLexicon.CompanySuffixes.Contains(pieces[last].Key));

        /// <summary>An organisation's head noun, or a company's legal form ending the name ("Merrill Lynch & Co").</summary>
        private bool HasHeadNoun(TextSpan span)
        {
            var (first, last) = PieceRange(span);
            return first >= 0 && (scan.HasHeadNoun(first, last) || last > first && EntityLexicon.CompanySuffixes.Contains(pieces[last].Key));
        }

        private bool CoversWords(TextSpan span, List<MentionCandidate> names)
        {
            var first = FirstPieceFrom(span.Start);
            var last = first;
            while (last + 1 < pieces.Count && pieces[last + 1].End <= span.End) last++;
            for (var i = first; i <= last && i < pieces.Count; i++)
            {
                var p = pieces[i];
                if (p.IsWord && p.Shape == PieceShape.Capitalised && span.Contains(p.Span) && !names.Exists(n => n.Span.Contains(p.Span)))
                {
                    // "Republican Indiana Gov." before "Mike Pence": a title the tagger ran the names into ends them, and is none of them
                    if (i > first && scan.TitleAt(i) >= last) return true;
                    return false;
                }
            }
            return true;
        }

        private static readonly FrozenSet<string> _handleSigns = new[] { "@", "#" }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>
        /// Rule names the tagger missed that are kept: gazetteer actors, titled people, speakers, names of
        /// several words with a head noun ("Senate Armed Services Committee"), and lone words pending a
        /// person of that surname (which the resolver keeps only then). A lone word in capitals is not
        /// kept as an organisation on the rules' word alone: in web text and headlines most are
        /// emphasis or abbreviations ("FREE", "RFP"), and the tagger, which reads the context, knows
        /// the initials that name one.
        /// </summary>
        private bool IsStrong(MentionCandidate rule) =>
            rule.Pending || rule.PersonByContext || rule.Entry is not null || rule.Title is not null
            || (rule.Type is not EntityType.Person && !IsOneWord(rule.Span));

        private bool IsOneWord(TextSpan span)
        {
            for (var i = span.Start; i < span.End; i++)
                if (char.IsWhiteSpace(scan.Text[i])) return false;
            return true;
        }

        private MentionCandidate? Candidate(TextSpan span, NameClass cls, List<MentionCandidate> rules)
        {
            var (first, last) = PieceRange(span);
            if (first < 0) return null;
            // "the Taliban’s": the possessive is no part of the name
            while (last > first && pieces[last].Shape is PieceShape.Possessive or PieceShape.Other) last--;
            // "eastern Ukraine": a lower-case word opening a capitalised name is no part of it, but for a particle
            // ("van Gogh") or an ordinal ("507th Air Refueling Wing"); a name written all in lower case stays whole ("san francisco")
            var capitalised = false;
            for (var k = first; k <= last && !capitalised; k++) capitalised = pieces[k].Shape == PieceShape.Capitalised;
            while (capitalised && first < last && pieces[first].Shape == PieceShape.Lower && pieces[first].Key.All(char.IsLetter)
                   && !EntityLexicon.NameParticles.Contains(pieces[first].Key)) first++;
            // "67 Bernhard Langer ( Germany )": a leaderboard's score before a person's name is no part of it ("50 Cent" is a name)
            while (cls == NameClass.Person && first + 1 < last && pieces[first].Shape == PieceShape.Other && char.IsAsciiDigit(scan.Text[pieces[first].Start])
                   && pieces[first + 1].Shape == PieceShape.Capitalised) first++;
            // "Republican-controlled Congress", "Saudi-led Coalition": a compound modifier before the name is no part of it
            for (var k = first + 2; k < last; k++)
                if (pieces[k].Shape == PieceShape.Lower && pieces[k - 1].Shape == PieceShape.Hyphen && pieces[k + 1].Shape == PieceShape.Capitalised
                    && pieces[k + 1].Start > pieces[k].End && pieces[k].Key.All(char.IsLetter) && !EntityLexicon.NameParticles.Contains(pieces[k].Key))
                    first = k + 1;
            // "Senate Armed Services Committee on Tuesday": a date the tagger ran into is no part of the name
            var stop = last;
            var dated = false;
            while (stop > first && (TimeWords.Contains(pieces[stop].Key) || !pieces[stop].IsWord || pieces[stop].Shape == PieceShape.Lower))
                dated |= TimeWords.Contains(pieces[stop--].Key);
            if (dated && pieces[stop].IsWord && !TimeWords.Contains(pieces[stop].Key)) last = stop;
            // "Senate Armed Services Committee on": a capitalised name does not end in a lower-case word,
            // but for the second syllable of a Korean given name ("Ban Ki-moon", "Kim Jong-un")
            var syllable = cls == NameClass.Person && EndsWithGivenNameSyllable(first, last);
            if (pieces[first].Shape == PieceShape.Capitalised && !syllable)
                while (last > first && (pieces[last].Shape == PieceShape.Lower || !pieces[last].IsWord)) last--;
            // "White House Press" of "White House Press Secretary Jen Psaki": a title the name runs into is no part of it
            // (but "South African" of "South African President" is a name the gazetteer knows whole)
            var known = rules.Exists(r => r.Entry is not null && r.Span == new TextSpan(pieces[first].Start, pieces[last].End));
            for (var k = first + 1; k <= last && !known; k++)
                if (pieces[k].IsWord && scan.TitleAt(k) >= last && !(cls == NameClass.Person && IsSurnameThatIsATitle(k, last)))
                {
                    last = k - 1;
                    while (last > first && !pieces[last].IsWord) last--;
                    break;
                }
            // "Prince" of "Saudi Crown Prince Mohammed bin Salman": a title before a name is no name of its own,
            // nor is a title written in lower case ("The crown prince added")
            if (cls != NameClass.Person && (scan.TitleAt(first) == last && last + 1 < pieces.Count && pieces[last + 1].Shape == PieceShape.Capitalised
                                            || pieces[first].Shape == PieceShape.Lower && scan.TitleAt(first) >= last))
                return null;
            // "The Minister for [Foreign Affairs] said": what a title begun before the name is of or for, wholly inside it, is no name
            // ("former Treasury Secretary" keeps its Treasury: only what the title is of or for)
            if (cls != NameClass.Person && first >= 1 && (pieces[first - 1].Key is "of" or "for" || pieces[first - 1].Key == "the" && first >= 2 && pieces[first - 2].Key is "of" or "for")
                && scan.TitleRunningInto(first, last) is var (_, portfolioEnd) && portfolioEnd >= last)
                return null;
            string? title = null;
            if (cls == NameClass.Person)
            {
                // "Gen. McKenzie" tagged whole: the title goes apart; a title alone ("Senior Lecturer") names no one
                var titleEnd = scan.TitleAt(first);
                if (titleEnd >= last) return null;
                // "Chancellor of the [Exchequer Kenneth Clarke]": the tagger may start a name inside a title that began before it
                var titleStart = first;
                if (titleEnd < first && scan.TitleRunningInto(first, last) is var (start, end))
                    (titleStart, titleEnd) = (start, end);
                // "The Commissioner for [Human Rights] said": a title's portfolio is no name
                if (titleEnd >= last) return null;
                if (titleEnd >= first)
                {
                    title = scan.TextOf(titleStart, titleEnd);
                    first = titleEnd + 1;
                    while (first < last && !pieces[first].IsWord) first++;
                }
                title ??= scan.TitleBefore(first);
            }
            // a tokenised handle ("@ colgo") keeps its sign
            var handle = _handleSigns.Contains(scan.TextOf(first, first)) && first < last;
            if (!(pieces[first].IsWord || handle) || !pieces[last].IsWord) return null;
            var trimmed = new TextSpan(pieces[first].Start, pieces[last].End);
            // "Everyone", "However": a function word opening a sentence is no name, whatever its case
            if (first == last && EntityLexicon.StopWords.Contains(pieces[first].Key)) return null;
            // "Co" of "Merrill Lynch & Co": a company's legal form alone names no one (but "SA", "NV" in capitals may be places)
            if (first == last && !pieces[first].AllCapitals && EntityLexicon.CompanySuffixes.Contains(pieces[first].Key)) return null;
            var same = rules.Find(r => r.Span == trimmed);
            // "Jordan 's King Hussein": a country before a possessive and a title is the country, not a person
            if (cls == NameClass.Person && same?.Entry is { Kind: "country" } && last + 2 < pieces.Count
                && pieces[last + 1].Shape == PieceShape.Possessive && scan.TitleAt(last + 2) >= 0)
                cls = NameClass.Location;
            // the gazetteer's actor and a head noun's type outrank the tagger's class, except that a
            // person stays a person ("Jordan said")
            // a town the tagger reads, alone, as an organisation stands for one ("Newcastle 4 Southampton 0",
            // "Barcelona beat Real Madrid": the club); a country or a capital stays the state, and a
            // place the tagger ran into a title is the place ("Florida Senator")
            var townAsOrganisation = cls == NameClass.Organisation && trimmed == span && same?.Entry?.Kind is "city" or "division";
            // (a disease, a law or an event the list holds is never a person: "Zika is carried by mosquitoes", "Obamacare";
            // and a name the tagger read as "other" that the rules read as a person named in full after a title is the person:
            // "RNC Chairman Reince Priebus")
            // but a place the tagger read by a head that names a building as often as a body is the building ("Kennedy Space Center")
            var building = cls == NameClass.Location && same?.Entry is null && scan.HeadNamesBuildingOrBody(first, last);
            if (same is not null && !townAsOrganisation && (Compatible(cls, same.Type) || (cls != NameClass.Person && same.Type != EntityType.Person && (same.Entry is not null || scan.HasHeadNoun(first, last)) && !building)
                                                            || same.Entry?.Type is EntityType.Other or EntityType.Event
                                                            || cls == NameClass.Miscellaneous && same.Type == EntityType.Person && same.Title is not null && same.Parts.Length >= 2))
                return same with { Pending = false, Title = same.Title ?? title };
            // "Inter Milan", "Real Madrid", "Dynamo Kiev": a club's word before a town names the club, whatever the tagger read
            if (scan.IsClubName(first, last))
                return new MentionCandidate(trimmed, EntityType.Org, sentence);
            // "Assistant Secretary of State Victoria Nuland": a title before a given name and a surname
            // the lists do not know makes a person of what the tagger read as a place or an organisation
            if (cls is NameClass.Location or NameClass.Organisation && same?.Entry is null && scan.TitleBefore(first) is { } personTitle
                && References.GivenNames.GenderOf(scan.TextOf(first, last)) is not null && scan.Words(first, last).Length >= 2)
                return new MentionCandidate(trimmed, EntityType.Person, sentence) { Title = personTitle, Parts = scan.Words(first, last) };
            var type = scan.TypeOf(cls, first, last, out var entry);
            var candidate = new MentionCandidate(trimmed, type, sentence) { Entry = entry, Title = title };
            if (type != EntityType.Person) return candidate;
            var parts = scan.Words(first, last);
            // "Ki-moon" is one part of the name, not "Ki" and "moon"
            if (syllable && parts.Length >= 3) parts = [.. parts[..^2], new TextSpan(parts[^2].Start, parts[^1].End)];
            return candidate with { Parts = parts };
        }

        /// <summary>
        /// Whether a person's name of two words or more ends in a capitalised word, a hyphen and a
        /// lower-case syllable of at most four letters that is no English word ("Moon Jae-in", not
        /// "Donald Trump-era" or "Trump-led").
        /// </summary>
        private bool EndsWithGivenNameSyllable(int first, int last)
        {
            if (last - first < 3 || pieces[last].Shape != PieceShape.Lower || pieces[last - 1].Shape != PieceShape.Hyphen
                || pieces[last - 2].Shape != PieceShape.Capitalised || !pieces[last - 3].IsWord)
                return false;
            if (pieces[last - 2].Start <= pieces[first].Start) return false;   // a word must come before the hyphenated one
            return IsGivenNameSyllable(scan.TextOf(last, last));
        }

        /// <summary>
        /// The first and last piece lying inside <paramref name="span"/>, or -1: found by binary
        /// search, because a run-on sentence can hold tens of thousands of pieces and names.
        /// </summary>
        private (int First, int Last) PieceRange(TextSpan span)
        {
            int first = -1, last = -1;
            for (var i = FirstPieceFrom(span.Start); i < pieces.Count && pieces[i].Start < span.End; i++)
            {
                if (pieces[i].End > span.End) continue;
                if (first < 0) first = i;
                last = i;
            }
            return (first, last);
        }

        /// <summary>The index of the first piece that starts at or after <paramref name="position"/> (pieces are in text order).</summary>
        private int FirstPieceFrom(int position)
        {
            int lo = 0, hi = pieces.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (pieces[mid].Start < position) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        public static bool Compatible(NameClass cls, EntityType type) => cls switch
        {
            NameClass.Person => type == EntityType.Person,
            NameClass.Organisation => type == EntityType.Org,
            NameClass.Location => type is EntityType.Gpe or EntityType.Loc or EntityType.Fac,
            _ => type is EntityType.Norp or EntityType.Event or EntityType.Other,
        };
    }

    /// <summary>One sentence's pieces and the scan over them, made per sentence so that the stage shares no state between calls.</summary>
    private sealed class SentenceScan(MentionFinder owner, List<Piece> pieces, int sentence, List<MentionCandidate> found)
    {
        private readonly Gazetteer _gaz = owner._gazetteer;
        private readonly string _text = owner._text;
        private readonly bool _headline = IsHeadline(pieces);
        private readonly bool _shouting = IsShouting(pieces);

        public void Run()
        {
            var i = 0;
            while (i < pieces.Count)
            {
                if (!CanStart(i))
                {
                    i++;
                    continue;
                }
                var (segments, next) = ScanRun(i);
                if (segments.Count > 0)
                    Classify(segments);
                i = Math.Max(next, i + 1);
            }
        }

        private bool CanStart(int i)
        {
            var p = pieces[i];
            if (p.Shape == PieceShape.Capitalised) return true;
            return p.Shape == PieceShape.Lower && EntityLexicon.NameParticles.Contains(p.Key) && NextCapitalised(i + 1);
        }

        private bool NextCapitalised(int j)
        {
            if (j < pieces.Count && pieces[j].Shape == PieceShape.Hyphen) j++;
            return j < pieces.Count && pieces[j].Shape == PieceShape.Capitalised;
        }

        private (List<Segment> Segments, int Next) ScanRun(int start)
        {
            var segments = new List<Segment>();
            var j = start;
            string? link = null;
            while (j < pieces.Count)
            {
                if (TryGazetteer(j, out var gazLast, out var entry))
                {
                    segments.Add(new Segment(SegmentKind.Gazetteer, j, gazLast) { Entry = entry, Link = link });
                    j = gazLast + 1;
                }
                else if (TryTitle(j, out var titleLast, out var title))
                {
                    // "Mr. King", "Mrs. Bishop": after an honorific a royal or church title of one word is the family name
                    if (link is null && segments.Count > 0 && segments[^1] is { Kind: SegmentKind.Title, Title.Kind: "honorific" } honorific && honorific.Last == j - 1
                        && titleLast == j && title!.Kind is "royal" or "religious")
                    {
                        segments.Add(new Segment(SegmentKind.Name, j, j));
                    }
                    // "Deputy" + "Prime Minister", "Former" + "President": titles in a row are one title
                    else if (link is null && segments.Count > 0 && segments[^1] is { Kind: SegmentKind.Title } previous && previous.Last == j - 1)
                        segments[^1] = previous with { Last = titleLast, Title = title };
                    else
                        segments.Add(new Segment(SegmentKind.Title, j, titleLast) { Title = title, Link = link });
                    j = titleLast + 1;
                }
                else if (IsNameWord(j) || IsPossessiveDeterminerInName(j, segments))
                {
                    if (link is null && segments.Count > 0 && segments[^1] is { Kind: SegmentKind.Name } last && last.Last == j - 1)
                        segments[^1] = last with { Last = j };
                    else
                        segments.Add(new Segment(SegmentKind.Name, j, j) { Link = link });
                    j++;
                }
                else break;

                link = null;
                if (j >= pieces.Count) break;
                var p = pieces[j];
                if (p.Shape == PieceShape.Capitalised) continue;
                // a hyphen or possessive inside an unknown name ("Jean-Pierre", "King’s College") keeps the name going
                if (p.Shape is PieceShape.Hyphen or PieceShape.Possessive && segments[^1].Kind == SegmentKind.Name
                    && j + 1 < pieces.Count && pieces[j + 1].Shape == PieceShape.Capitalised && IsNameWord(j + 1))
                {
                    segments[^1] = segments[^1] with { Last = j + 1 };
                    j += 2;
                    if (j < pieces.Count && pieces[j].Shape == PieceShape.Capitalised) continue;
                    if (j < pieces.Count && TryConnector(j, out var afterHyphen, out var hyphenLink)) { link = hyphenLink; j = afterHyphen; continue; }
                    break;
                }
                // "Inzamam-ul-Haq", "Fazl-ur-Rehman": a particle between hyphens joins one name
                if (p.Shape == PieceShape.Hyphen && segments[^1].Kind == SegmentKind.Name && j + 3 < pieces.Count
                    && pieces[j + 1].Shape == PieceShape.Lower && EntityLexicon.HyphenParticles.Contains(pieces[j + 1].Key)
                    && pieces[j + 2].Shape == PieceShape.Hyphen && pieces[j + 3].Shape == PieceShape.Capitalised)
                {
                    segments[^1] = segments[^1] with { Last = j + 3 };
                    j += 4;
                    if (j < pieces.Count && pieces[j].Shape == PieceShape.Capitalised) continue;
                    break;
                }
                // "Ban Ki-moon": a Korean given name's lower-case second syllable ends the name
                if (p.Shape == PieceShape.Hyphen && segments[^1] is { Kind: SegmentKind.Name } named && named.Last > named.First
                    && j + 1 < pieces.Count && pieces[j + 1].Shape == PieceShape.Lower && IsGivenNameSyllable(TextOf(j + 1, j + 1))
                    && (j + 2 >= pieces.Count || pieces[j + 2].Shape != PieceShape.Hyphen))
                {
                    segments[^1] = named with { Last = j + 1 };
                    j += 2;
                    break;
                }
                if (TryConnector(j, out var after, out var connector))
                {
                    link = connector;
                    j = after;
                    continue;
                }
                // "Merrill Lynch & Co", "Procter & Gamble"
                if (p.End - p.Start == 1 && _text[p.Start] == '&' && j + 1 < pieces.Count && pieces[j + 1].Shape == PieceShape.Capitalised)
                {
                    link = "&";
                    j++;
                    continue;
                }
                break;
            }
            // a connector that led nowhere is not part of the run
            return (segments, j);
        }

        /// <summary>"of", "of the", "bin", "al-" between capitalised words: returns the index of the word after it.</summary>
        private bool TryConnector(int j, out int after, out string connector)
        {
            after = j;
            connector = "";
            // "Commission on Presidential Debates", "Council on Foreign Relations": "on" after an organisation's head noun
            // ("the committee on Monday" is no name: a day or a month is no name word)
            if (pieces[j].Shape == PieceShape.Lower && pieces[j].Key == "on" && j > 0 && j + 1 < pieces.Count
                && pieces[j - 1].Shape == PieceShape.Capitalised && HeadsTakingOn.Contains(pieces[j - 1].Key)
                && IsNameWord(j + 1) && !IsNumberedCode(j + 1))
            {
                after = j + 1;
                connector = "on";
                return true;
            }
            // "Committee to Protect Journalists", "Alliance to Reclaim Our Schools": "to" and a capitalised verb after a body's head noun
            // (not in a headline, whose every word is capitalised: "House Committee To Vote On Contempt")
            if (pieces[j].Shape == PieceShape.Lower && pieces[j].Key == "to" && j > 0 && j + 1 < pieces.Count && !_headline && !_shouting
                && pieces[j - 1].Shape == PieceShape.Capitalised && HeadsTakingTo.Contains(pieces[j - 1].Key) && IsNameWord(j + 1))
            {
                after = j + 1;
                connector = "to";
                return true;
            }
            var k = j;
            var words = new List<string>();
            // "Committee for a Responsible Federal Budget": "a" joins after "for" as "the" does
            while (k < pieces.Count && words.Count < 2 && pieces[k].Shape == PieceShape.Lower
                   && (EntityLexicon.Connectors.Contains(pieces[k].Key) || words is ["for"] && pieces[k].Key is "a"))
            {
                words.Add(pieces[k].Key);
                k++;
                if (k < pieces.Count && pieces[k].Shape == PieceShape.Hyphen) k++;
            }
            if (words.Count == 0 || k >= pieces.Count || pieces[k].Shape != PieceShape.Capitalised)
                return false;
            // "the" joins only after "of" or "for" ("Department of the Treasury", "Coalition for the Homeless"); "and the" ends a name
            if (words[0] == "the" || (words.Count == 2 && words[1] is "the" or "a" && words[0] is not ("of" or "for")))
                return false;
            // a body is for its cause ("Coalition for the Homeless"); a place a plane leaves is not ("Dulles Airport for Seattle")
            if (words[0] == "for" && j > 0 && EntityLexicon.IsHead(pieces[j - 1].Key, out var head) && head == EntityType.Fac)
                return false;
            after = k;
            connector = string.Join(' ', words);
            return true;
        }

        /// <summary>The head nouns of bodies named for what they set out to do ("Committee to Protect Journalists", "Campaign to Stop Killer Robots").</summary>
        private static readonly FrozenSet<string> HeadsTakingTo = new[]
        {
            "committee", "alliance", "campaign", "coalition", "movement", "council", "partnership", "initiative", "project", "fund", "foundation",
        }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>The head nouns of bodies named for what they deal with ("Committee on Foreign Relations"); not "News on SiriusXM".</summary>
        private static readonly FrozenSet<string> HeadsTakingOn = new[]
        {
            "commission", "committee", "subcommittee", "council", "board", "center", "centre", "program", "programme", "institute",
            "conference", "office", "caucus", "coalition", "alliance", "forum", "panel", "task",
        }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>"Alliance to Reclaim Our Schools", "Save Our Children": "Our" between the capitalised words of a name is one of them.</summary>
        private bool IsPossessiveDeterminerInName(int j, List<Segment> segments) =>
            pieces[j] is { Shape: PieceShape.Capitalised, Key: "our" or "your" or "my" } && !_headline && !_shouting
            && segments.Count > 0 && segments[^1].Kind == SegmentKind.Name && segments[^1].Last == j - 1
            && j + 1 < pieces.Count && IsNameWord(j + 1);

        /// <summary>A mission's or a model's code, "STS-1", "STS - 1" in a tokenised copy: capitals, a hyphen and a number.</summary>
        private bool IsNumberedCode(int j)
        {
            var p = pieces[j];
            if (!p.AllCapitals) return false;
            var k = p.End;
            while (k < _text.Length && _text[k] == ' ') k++;
            if (k >= _text.Length || _text[k] != '-') return false;
            for (k++; k < _text.Length && _text[k] == ' '; k++) { }
            return k < _text.Length && char.IsAsciiDigit(_text[k]);
        }

        private bool IsNameWord(int j)
        {
            var p = pieces[j];
            return p.Shape == PieceShape.Capitalised && !EntityLexicon.StopWords.Contains(p.Key);
        }

        private bool TryGazetteer(int j, out int last, out GazetteerEntry? entry)
        {
            last = j;
            entry = null;
            var first = pieces[j];
            if (!(first.Shape == PieceShape.Capitalised || (first.Shape == PieceShape.Lower && EntityLexicon.NameParticles.Contains(first.Key))))
                return false;
            if (!_gaz.StartsAName(first.Key) && !(j + 1 < pieces.Count && pieces[j + 1].Shape == PieceShape.Possessive && _gaz.StartsAName(first.Key + "s")))
                return false;
            var ends = new List<int>();
            var words = 0;
            for (var k = j; k < pieces.Count && words < _gaz.MaxNameWords; k++)
            {
                var p = pieces[k];
                if (p.Shape == PieceShape.Other) break;
                // "Moody's", "McDonald's": a listed name may end in a possessive
                if (p.Shape == PieceShape.Possessive && k > j && pieces[k - 1].Shape == PieceShape.Capitalised) ends.Add(k);
                if (!p.IsWord) continue;
                words++;
                // "Committee to Protect Journalists", "Court on Human Rights": a list's name may hold any short word, the key must match whole
                if (p.Shape == PieceShape.Lower && !EntityLexicon.Connectors.Contains(p.Key) && k != j && p.Key.Length > 3) break;
                if (p.Shape == PieceShape.Capitalised) ends.Add(k);
            }
            for (var e = ends.Count - 1; e >= 0; e--)
            {
                var end = ends[e];
                var surface = _text.AsSpan(first.Start, pieces[end].End - first.Start);
                if (surface.Contains('\n')) continue;
                var key = NameKey.For(surface);
                var candidates = _gaz.LookupKey(key, surface);
                if (candidates.IsEmpty) continue;
                // "Adam's" is no "Adams": a name ending in a possessive matches only one listed so
                if (pieces[end].Shape == PieceShape.Possessive && !SpelledWithPossessive(candidates[0], key)) continue;
                // a shouted line writes every word in capitals, so "WHO" and "US" there may be plain words; "U.S." and "U.N." are not
                if (_shouting && end == j && first.Key.Length <= 3 && !surface.Contains('.')) continue;
                // "RT @nytimes :", "RT MarkIHenderson :": initials before a handle mark a retweet or a hat tip, not the network
                if (end == j && owner.IsRetweetMarker(first.Span)) continue;
                last = end;
                entry = candidates[0];
                return true;
            }
            return false;
        }

        /// <summary>
        /// A title: optional modifiers and descriptors ("Deputy", "Foreign", "National Security")
        /// before a listed title ("Minister", "Adviser", "Secretary of State"), optionally followed
        /// by "of" or "for" and descriptors ("Minister of Foreign Affairs", "Minister for Foreign Affairs").
        /// </summary>
        private bool TryTitle(int j, out int last, out PersonTitle? title)
        {
            last = j;
            title = null;
            for (var s = j; s < pieces.Count && s - j <= 4; s++)
            {
                // "King’s College": a possessed word is a name, not a title
                if (TryTitleBase(s, out var baseLast, out var found)
                    && !(baseLast + 1 < pieces.Count && pieces[baseLast + 1].Shape == PieceShape.Possessive))
                {
                    last = ExtendWithPortfolio(baseLast);
                    title = found;
                    return true;
                }
                var p = pieces[s];
                if (!p.IsWord || !(TitleModifiers.Contains(p.Key) || EntityLexicon.Descriptors.Contains(p.Key)))
                    return false;
            }
            return false;
        }

        private bool TryTitleBase(int s, out int last, out PersonTitle? title)
        {
            last = s;
            title = null;
            if (!pieces[s].IsWord || !_gaz.StartsATitle(pieces[s].Key))
                return false;
            var words = 0;
            var ends = new List<int>();
            for (var k = s; k < pieces.Count && words < _gaz.MaxTitleWords; k++)
            {
                if (pieces[k].Shape == PieceShape.Hyphen) continue;
                if (!pieces[k].IsWord) break;
                words++;
                ends.Add(k);
            }
            for (var e = ends.Count - 1; e >= 0; e--)
            {
                var surface = _text.AsSpan(pieces[s].Start, pieces[ends[e]].End - pieces[s].Start);
                if (_gaz.FindTitle(NameKey.For(surface)) is { } t)
                {
                    last = ends[e];
                    title = t;
                    return true;
                }
            }
            return false;
        }

        private int ExtendWithPortfolio(int last)
        {
            var k = last + 1;
            // "Minister of Defence", "Minister for Foreign Affairs", "High Commissioner for Refugees"
            if (k >= pieces.Count || pieces[k].Key is not ("of" or "for")) return last;
            var end = last;
            for (k++; k < pieces.Count && pieces[k].IsWord && EntityLexicon.Descriptors.Contains(pieces[k].Key); k++)
                end = k;
            return end;
        }

        private void Classify(List<Segment> run)
        {
            MergeHeadNouns(run);
            MergeAmpersands(run);
            MergeOrganisationTails(run);
            MergeNameParticles(run);
            MergeTrailingTitleWords(run);
            MergePlaceNamedPeople(run);
            for (var i = 0; i < run.Count; i++)
            {
                var seg = run[i];
                var titleBefore = i > 0 && run[i - 1].Kind == SegmentKind.Title && seg.Link is null ? run[i - 1] : null;
                switch (seg.Kind)
                {
                    case SegmentKind.Gazetteer:
                        AddGazetteer(seg, titleBefore);
                        break;
                    case SegmentKind.Name:
                        AddName(seg, titleBefore, i == 0);
                        break;
                }
            }
        }

        /// <summary>A gazetteer name, a title or a name followed by head nouns only is one name: "Kabul Airport", "US Central Command", "General Assembly"; so is a club's word before a town, "Sporting Lisbon".</summary>
        private void MergeHeadNouns(List<Segment> run)
        {
            for (var i = 1; i < run.Count; i++)
            {
                var seg = run[i];
                var prev = run[i - 1];
                // "U.S. Open", "French Open": a country's or nationality's name and "Open" name the tournament
                var open = seg.Kind == SegmentKind.Name && seg.Link is null && seg.First == seg.Last && pieces[seg.First].Key == "open"
                           && prev is { Kind: SegmentKind.Gazetteer, Entry.Type: EntityType.Gpe or EntityType.Norp };
                if (seg.Kind != SegmentKind.Name || seg.Link is not null || (open ? EntityType.Event : HeadOnly(seg)) is not { } headType) continue;
                if (prev.Kind == SegmentKind.Gazetteer && prev.Entry!.Type is EntityType.Person) continue;
                run[i - 1] = new Segment(SegmentKind.Name, prev.First, seg.Last) { Link = prev.Link, HeadType = headType, Entry = prev.Entry };
                run.RemoveAt(i);
                i--;
            }
            // "the Dallas Morning News", "the Sydney Football Stadium": a town right before a name of two words or more
            // that ends in a head noun opens that name
            for (var i = 1; i < run.Count; i++)
            {
                var seg = run[i];
                var prev = run[i - 1];
                // (the head the name's last word, in a line that is no title-cased headline: not "West Virginia Spell Bad News",
                // "Manchester Memorial High School’s Homecoming")
                if (prev is not { Kind: SegmentKind.Gazetteer, Entry: { Type: EntityType.Gpe, Kind: "city" or "capital" or "division" } } || seg.Kind != SegmentKind.Name
                    || seg.Link is not null || CountWords(seg) < 2 || _headline || _shouting || !EntityLexicon.IsHead(pieces[seg.Last].Key, out _)
                    || Enumerable.Range(seg.First, seg.Last - seg.First + 1).Any(k => pieces[k].Shape == PieceShape.Possessive)
                    || LastHead(seg) is not (EntityType.Org or EntityType.Fac)) continue;
                run[i - 1] = new Segment(SegmentKind.Name, prev.First, seg.Last) { Link = prev.Link, HeadType = LastHead(seg) };
                run.RemoveAt(i);
                i--;
            }
            // "Sporting Lisbon", "Dynamo Kiev": a club's word and the town the club is named after
            for (var i = 1; i < run.Count; i++)
            {
                var seg = run[i];
                var prev = run[i - 1];
                if (prev.Kind != SegmentKind.Name || prev.First != prev.Last || !EntityLexicon.ClubPrefixes.Contains(pieces[prev.First].Key)
                    || seg.Kind != SegmentKind.Gazetteer || seg.Link is not null || seg.Entry!.Type != EntityType.Gpe) continue;
                run[i - 1] = new Segment(SegmentKind.Name, prev.First, seg.Last) { Link = prev.Link, HeadType = EntityType.Org };
                run.RemoveAt(i);
                i--;
            }
        }

        /// <summary>
        /// "Merrill Lynch & Co", "Faith & Freedom Coalition": names joined by an ampersand are one
        /// organisation's when a company's form or an organisation's head noun ends them ("SJMC & FPC"
        /// are two).
        /// </summary>
        private void MergeAmpersands(List<Segment> run)
        {
            for (var i = 1; i < run.Count; i++)
            {
                var seg = run[i];
                var prev = run[i - 1];
                if (seg.Link != "&" || seg.Kind == SegmentKind.Title || prev.Kind == SegmentKind.Title) continue;
                if (!EntityLexicon.CompanySuffixes.Contains(pieces[seg.Last].Key) && LastHead(seg) is not EntityType.Org) continue;
                run[i - 1] = new Segment(SegmentKind.Name, prev.First, seg.Last) { Link = prev.Link, HeadType = EntityType.Org };
                run.RemoveAt(i);
                i--;
            }
        }

        /// <summary>"Bank of England", "Department of War Studies", "King’s College London": an organisation name takes what its head governs.</summary>
        private void MergeOrganisationTails(List<Segment> run)
        {
            for (var i = 0; i + 1 < run.Count; i++)
            {
                var seg = run[i];
                var next = run[i + 1];
                // "the Republican Party of Wyoming": a listed organisation's branch in a place is an organisation of its own
                if (seg is { Kind: SegmentKind.Gazetteer, Entry.Type: EntityType.Org } && next is { Kind: SegmentKind.Gazetteer, Link: "of" or "of the", Entry.Type: EntityType.Gpe }
                    && LastHead(seg) == EntityType.Org)
                {
                    run[i] = new Segment(SegmentKind.Name, seg.First, next.Last) { Link = seg.Link, HeadType = EntityType.Org };
                    run.RemoveAt(i + 1);
                    i--;
                    continue;
                }
                if (seg.Kind != SegmentKind.Name || LastHead(seg) is not { } type || type == EntityType.Person) continue;
                // "Intel Corp and Microsoft Corp", "British Airways and Glaxo Wellcome": a name complete with its
                // company suffix or ending in its head noun takes no "and" ("Department of Housing and Urban
                // Development", whose head governs what follows, does), but for more heads ("Hotel and Casino")
                var complete = next.Link == "and"
                               && (EntityLexicon.CompanySuffixes.Contains(pieces[seg.Last].Key)
                                   || CountWords(seg) >= 2 && EntityLexicon.IsHead(pieces[seg.Last].Key, out _) && HeadOnly(next) is null);
                // nor does one take in a listed organisation after "and" ("Union Bank of Switzerland and Credit Suisse")
                complete |= next.Link == "and" && next is { Kind: SegmentKind.Gazetteer, Entry.Type: EntityType.Org };
                var ofLink = next.Link is "of" or "of the" or "for" or "for the" or "for a" or "and" or "de" or "on" or "to" && !complete;
                var placeAfter = next.Link is null && next.Kind == SegmentKind.Gazetteer && next.Entry!.Type is EntityType.Gpe or EntityType.Loc;
                // a title word ending the run is the organisation's ("American Association for Justice", "Office of the President");
                // one before a name is a person's ("Ministry of Defence Secretary John Smith")
                var titleEnds = next.Kind == SegmentKind.Title && i + 2 == run.Count && next.Link is not "and";
                if (!(ofLink && (next.Kind != SegmentKind.Title || titleEnds)) && !placeAfter) continue;
                run[i] = seg with { Last = next.Last, HeadType = seg.HeadType ?? type };
                run.RemoveAt(i + 1);
                i--;
            }
        }

        /// <summary>"Osama bin Laden", "Charles de Gaulle": a name particle joins the words around it into one name.</summary>
        private void MergeNameParticles(List<Segment> run)
        {
            for (var i = 1; i < run.Count; i++)
            {
                var seg = run[i];
                var prev = run[i - 1];
                if (seg.Kind != SegmentKind.Name || prev.Kind != SegmentKind.Name || seg.Link is null
                    || !seg.Link.Split(' ').All(EntityLexicon.NameParticles.Contains)) continue;
                if (HasHead(prev) || HasHead(seg)) continue;
                run[i - 1] = prev with { Last = seg.Last };
                run.RemoveAt(i);
                i--;
            }
        }

        /// <summary>
        /// A title word right after an unknown name, with no name after it, is the end of the name:
        /// "Stephen King", "Martin Luther King" (a title ends a name only when a name follows it).
        /// </summary>
        private void MergeTrailingTitleWords(List<Segment> run)
        {
            for (var i = 1; i < run.Count; i++)
            {
                var seg = run[i];
                var prev = run[i - 1];
                if (seg.Kind != SegmentKind.Title || seg.Link is not null || prev.Kind != SegmentKind.Name || HasHead(prev)) continue;
                if (seg.First != seg.Last || pieces[seg.First].Shape != PieceShape.Capitalised) continue;
                var next = i + 1 < run.Count ? run[i + 1] : null;
                if (next is { Link: null } && next.Kind is SegmentKind.Name or SegmentKind.Gazetteer) continue;
                run[i - 1] = prev with { Last = seg.Last };
                run.RemoveAt(i);
                i--;
            }
        }

        /// <summary>
        /// A place name that is also a given name, followed at once by an unknown name, is a person:
        /// "Victoria Nuland", "Florence Parly". Countries and capitals keep their place reading.
        /// </summary>
        private void MergePlaceNamedPeople(List<Segment> run)
        {
            for (var i = 0; i + 1 < run.Count; i++)
            {
                var place = run[i];
                var name = run[i + 1];
                if (place.Kind != SegmentKind.Gazetteer || place.First != place.Last || place.Entry!.Kind is not ("city" or "division")) continue;
                if (name.Kind != SegmentKind.Name || name.Link is not null || HasHead(name) || CountWords(name) > 2) continue;
                run[i] = new Segment(SegmentKind.Name, place.First, name.Last) { Link = place.Link };
                run.RemoveAt(i + 1);
            }
        }

        private void AddGazetteer(Segment seg, Segment? titleBefore)
        {
            var entry = seg.Entry!;
            var span = new TextSpan(pieces[seg.First].Start, pieces[seg.Last].End);
            if (entry.Type == EntityType.Person)
            {
                found.Add(new MentionCandidate(span, EntityType.Person, sentence)
                {
                    Entry = entry,
                    Title = titleBefore is not null ? TitleText(titleBefore) : LowercaseTitleBefore(seg.First),
                    Parts = NameWords(seg.First, seg.Last),
                });
                return;
            }
            // a capital stands for its country's government where it acts: "Washington said", "talks between the
            // Taliban and Washington"; after a verb or a preposition of place it is the city ("entered Kabul",
            // "flew to Kabul"), and a dateline ("WASHINGTON (AP) —") is where the story was filed
            var dateline = pieces[seg.First].AllCapitals && pieces[seg.First].Initial;
            if (entry.IsCapital && ActsAsGovernment(seg.First, seg.Last) && !dateline && _gaz.CountryOf(entry) is { } country)
                entry = country;
            found.Add(new MentionCandidate(span, entry.Type, sentence) { Entry = entry });
        }

        private void AddName(Segment seg, Segment? titleBefore, bool startsRun)
        {
            var first = seg.First;
            var last = seg.Last;
            var span = new TextSpan(pieces[first].Start, pieces[last].End);
            var type = seg.HeadType ?? LastHead(seg);
            if (type is { } t && t != EntityType.Person)
            {
                if (_shouting) return;
                // a head noun alone ("Ministry", "Airport") names nothing, nor one a review's title praises ("Great Service", "Poor Service")
                if (seg.HeadType is null && CountWords(seg) == 1) return;
                if (seg.Entry is null && CountWords(seg) == 2 && EvaluativeAdjectives.Contains(pieces[first].Key)) return;
                if (_headline && seg.Entry is null && pieces[first].Initial && CountWords(seg) == 1) return;
                // "International Business Machines Corp": a listed company with its legal form is still that company
                var company = seg.Entry is { Type: EntityType.Org } listed && t == EntityType.Org && EntityLexicon.CompanySuffixes.Contains(pieces[last].Key) ? listed : null;
                found.Add(new MentionCandidate(span, t, sentence) { Entry = company });
                return;
            }

            var words = CountWords(seg);
            // "the Petitioner", "a Senior Fellow": after a determiner a capitalised word is a common noun dressed up, not a person
            var determined = titleBefore is null && startsRun && AfterDeterminer(first);
            var title = titleBefore is not null ? TitleText(titleBefore) : startsRun ? LowercaseTitleBefore(first) : null;
            var speech = SpeechVerbBeside(first, last);
            var dismissal = AfterDismissal(first);
            var parts = NameWords(first, last);
            if (_shouting) return;
            // "Protesters said" opens a sentence as "Mackenzie said" does; a plural there is left for the article to confirm
            var weakSpeech = speech && words == 1 && pieces[first].Initial && pieces[first].Key.EndsWith('s');
            // a line that is nothing but two capitalised words is a heading ("Living Wage") more often than a name
            var byShape = words is >= 2 and <= 4 && !_headline && !IsWholeSentence(first, last);
            if (!determined && (title is not null || (speech && !weakSpeech) || byShape || dismissal))
            {
                if (words > 4) return;
                if (words >= 2 && parts.All(p => EntityLexicon.Descriptors.Contains(NameKey.For(_text.AsSpan(p.Start, p.Length))))) return;
                found.Add(new MentionCandidate(span, EntityType.Person, sentence) { Title = title, Parts = parts, PersonByContext = (speech && !weakSpeech) || dismissal });
                return;
            }
            if (words != 1) return;
            var p = pieces[first];
            // a transcript's speaker label: "WALLACE: Let's start with ..."
            if (p.AllCapitals && p.Initial && last + 1 < pieces.Count && _text[pieces[last + 1].Start] == ':' && !_headline)
            {
                found.Add(new MentionCandidate(span, EntityType.Person, sentence) { Parts = parts });
                return;
            }
            // an upper-case word of three to five letters is an organisation's initials ("NBC", "ICRC")
            if (p.AllCapitals && p.Key.Length is >= 3 and <= 5 && p.Key.All(char.IsLetter) && !EntityLexicon.NotAcronyms.Contains(p.Key) && !_headline)
            {
                found.Add(new MentionCandidate(span, EntityType.Org, sentence));
                return;
            }
            if (!determined)
                found.Add(new MentionCandidate(span, EntityType.Person, sentence) { Pending = true, Parts = parts });
        }

        public string Text => _text;

        public bool HasHeadNoun(int first, int last) => LastHead(new Segment(SegmentKind.Name, first, last)) is not null || IsClubName(first, last);

        /// <summary>"Inter Milan", "Real Madrid", "Dynamo Kiev": a club's word and a town the lists know.</summary>
        public bool IsClubName(int first, int last) =>
            last > first && EntityLexicon.ClubPrefixes.Contains(pieces[first].Key) && TypeOf(NameClass.Location, first + 1, last, out var town) == EntityType.Gpe && town is not null;

        public string TextOf(int first, int last) => _text[pieces[first].Start..pieces[last].End];

        public ImmutableArray<TextSpan> Words(int first, int last) => NameWords(first, last);

        /// <summary>The last piece of a title that starts at <paramref name="first"/>, or -1.</summary>
        public int TitleAt(int first) => TryTitle(first, out var last, out _) ? last : -1;

        /// <summary>A title just before a name, in any case ("Secretary of State", "special envoy").</summary>
        public string? TitleBefore(int first)
        {
            for (var start = Math.Max(0, first - _gaz.MaxTitleWords - 3); start < first; start++)
            {
                if (!pieces[start].IsWord) continue;
                if (TryTitle(start, out var last, out _) && last == first - 1)
                    return TextOf(start, last);
            }
            return null;
        }

        /// <summary>A title that begins before <paramref name="first"/> and ends inside the name, before <paramref name="last"/>; else null.</summary>
        public (int Start, int End)? TitleRunningInto(int first, int last)
        {
            for (var start = Math.Max(0, first - _gaz.MaxTitleWords); start < first; start++)
                if (pieces[start].IsWord && TryTitle(start, out var end, out _) && end >= first)
                    return (start, end);
            return null;
        }

        /// <summary>
        /// The entity type of a tagged name the rules did not find alike: the gazetteer's type when it
        /// agrees with the tagger's class, else the head noun's, else the class's usual type.
        /// </summary>
        public EntityType TypeOf(NameClass cls, int first, int last, out GazetteerEntry? entry)
        {
            entry = null;
            if (cls == NameClass.Person) return EntityType.Person;
            var surface = _text.AsSpan(pieces[first].Start, pieces[last].End - pieces[first].Start);
            // only the actor the name most likely means: "White House" is not Casablanca because the tagger said place
            var key = NameKey.For(surface);
            var known = _gaz.LookupKey(key, surface);
            // "Apple Inc", "Samsung Electronics Co Ltd": a listed company's name with its legal form
            if (known.IsEmpty && cls == NameClass.Organisation && EntityLexicon.WithoutLegalForm(key) is var plain && plain != key)
                known = _gaz.LookupKey(plain, surface);
            if (!known.IsEmpty && TaggedNameTyping.Compatible(cls, known[0].Type))
            {
                entry = known[0];
                return entry.Type;
            }
            var head = LastHead(new Segment(SegmentKind.Name, first, last));
            if (head is { } h && TaggedNameTyping.Compatible(cls, h)) return h;
            // "Kennedy Space Center" read as a place: the building, unless a trade's word makes it the body
            if (head == EntityType.Org && cls == NameClass.Location && HeadNamesBuildingOrBody(first, last)) return EntityType.Fac;
            // "the Media Research Center’s": a name of several words that an organisation's noun ends
            // is the organisation, though the tagger read a place
            if (head == EntityType.Org && cls == NameClass.Location && WordsBefore(last + 1) - WordsBefore(first) >= 3) return EntityType.Org;
            return cls switch
            {
                NameClass.Organisation => EntityType.Org,
                NameClass.Location => EntityType.Gpe,
                _ => EntityType.Other,
            };
        }

        private bool IsWholeSentence(int first, int last) =>
            WordsBefore(first) == 0 && WordsBefore(last + 1) == WordsBefore(pieces.Count);

        private int[]? _wordsBefore;

        /// <summary>How many of the pieces before <paramref name="k"/> are words; counted once per sentence so that each question costs nothing.</summary>
        private int WordsBefore(int k)
        {
            if (_wordsBefore is null)
            {
                _wordsBefore = new int[pieces.Count + 1];
                for (var i = 0; i < pieces.Count; i++)
                    _wordsBefore[i + 1] = _wordsBefore[i] + (pieces[i].IsWord ? 1 : 0);
            }
            return _wordsBefore[k];
        }

        private string TitleText(Segment title) =>
            _text[pieces[title.First].Start..pieces[title.Last].End];

        /// <summary>A title written in lower case just before the name ("special envoy Zalmay Khalilzad").</summary>
        private string? LowercaseTitleBefore(int first)
        {
            for (var start = Math.Max(0, first - _gaz.MaxTitleWords - 3); start < first; start++)
            {
                if (pieces[start].Shape != PieceShape.Lower) continue;
                if (TryTitle(start, out var last, out _) && last == first - 1
                    && Enumerable.Range(start, first - start).All(k => pieces[k].Shape is PieceShape.Lower or PieceShape.Hyphen))
                    return _text[pieces[start].Start..pieces[last].End];
            }
            return null;
        }

        private bool SpeechVerbBeside(int first, int last)
        {
            var after = last + 1;
            if (after < pieces.Count && pieces[after].IsWord && EntityLexicon.SpeechVerbs.Contains(pieces[after].Key))
                return true;
            var before = first - 1;
            if (before >= 0 && pieces[before].IsWord && EntityLexicon.SpeechVerbs.Contains(pieces[before].Key))
                return true;
            return before >= 1 && pieces[before].Key == "to" && pieces[before - 1].Key == "according";
        }

        /// <summary>"c Moin Khan b Wasim Akram", "st Ward": a scorecard names the fielder, bowler or wicketkeeper after these.</summary>
        private bool AfterDismissal(int first) =>
            first > 0 && pieces[first - 1].Shape == PieceShape.Lower && DismissalMarks.Contains(pieces[first - 1].Key);

        private static readonly FrozenSet<string> EvaluativeAdjectives = new[]
        {
            "great", "good", "best", "better", "poor", "bad", "worst", "excellent", "terrible", "awful", "horrible", "amazing",
            "awesome", "wonderful", "fantastic", "prompt", "friendly", "nice", "helpful", "lovely", "perfect", "professional",
        }.ToFrozenSet(StringComparer.Ordinal);

        private static readonly FrozenSet<string> DismissalMarks = new[] { "b", "c", "st" }.ToFrozenSet(StringComparer.Ordinal);

        private bool AfterDeterminer(int first) =>
            first > 0 && pieces[first - 1].Shape == PieceShape.Lower && Determiners.Contains(pieces[first - 1].Key);

        private bool ActsAsGovernment(int first, int last)
        {
            // "Kabul airport", "Baghdad residents": before a noun of the city's own, the city
            var after = last + 1;
            if (after < pieces.Count && pieces[after].Shape == PieceShape.Lower && EntityLexicon.CityNouns.Contains(pieces[after].Key)) return false;
            var before = first - 1;
            return before < 0 || !pieces[before].IsWord || EntityLexicon.MetonymyCues.Contains(pieces[before].Key);
        }

        private ImmutableArray<TextSpan> NameWords(int first, int last)
        {
            var words = ImmutableArray.CreateBuilder<TextSpan>();
            for (var k = first; k <= last; k++)
                if (pieces[k].IsWord)
                    words.Add(pieces[k].Span);
            return words.DrainToImmutable();
        }

        private int CountWords(Segment seg)
        {
            var n = 0;
            for (var k = seg.First; k <= seg.Last; k++)
                if (pieces[k].Shape == PieceShape.Capitalised) n++;
            return n;
        }

        private bool HasHead(Segment seg) => LastHead(seg) is not null;

        /// <summary>
        /// The type the name's head noun gives it. In "X of Y" the head is in X ("Department of War
        /// Studies" is a department); otherwise it is the last head noun ("King’s College London").
        /// </summary>
        private EntityType? LastHead(Segment seg) => LastHeadAt(seg).Type;

        private (EntityType? Type, int At) LastHeadAt(Segment seg)
        {
            EntityType? type = null;
            var at = -1;
            if (CountWords(seg) >= 2 && EntityLexicon.PrefixHeads.TryGetValue(pieces[seg.First].Key, out var prefixType))
                (type, at) = (prefixType, seg.First);
            for (var k = seg.First; k <= seg.Last; k++)
            {
                var p = pieces[k];
                if (p.Shape == PieceShape.Lower && p.Key is "of" or "for") break;
                if (p.Shape == PieceShape.Capitalised && EntityLexicon.IsHead(p.Key, out var t))
                    (type, at) = (t, k);
            }
            return (type, at);
        }

        /// <summary>
        /// Whether the name's head noun names a building as often as a body (<see cref="EntityLexicon.BuildingOrBodyHeads"/>)
        /// and no word of a trade before it makes it the body ("Bipartisan Policy Center").
        /// </summary>
        public bool HeadNamesBuildingOrBody(int first, int last)
        {
            var at = LastHeadAt(new Segment(SegmentKind.Name, first, last)).At;
            if (at < 0 || !EntityLexicon.BuildingOrBodyHeads.Contains(pieces[at].Key)) return false;
            for (var k = first; k < at; k++)
                if (EntityLexicon.TradeWords.Contains(pieces[k].Key)) return false;
            return true;
        }

        /// <summary>The head type when every word is a descriptor or head noun and one is a head ("International Airport", "Central Command").</summary>
        private EntityType? HeadOnly(Segment seg)
        {
            EntityType? type = null;
            for (var k = seg.First; k <= seg.Last; k++)
            {
                var p = pieces[k];
                if (!p.IsWord) continue;
                if (EntityLexicon.IsHead(p.Key, out var t)) type = t;
                else if (!EntityLexicon.Descriptors.Contains(p.Key)) return null;
            }
            return type;
        }

        /// <summary>
        /// A title-cased headline ("Taliban Takes Kabul As Ghani Flees") capitalises common words, so
        /// unknown capitalised runs mean little there: four words of more than three letters at least,
        /// and four in five of them capitalised, or with <paramref name="every"/> all of them.
        /// </summary>
        public static bool IsHeadline(List<Piece> pieces, bool every = false)
        {
            int words = 0, capitalised = 0;
            foreach (var p in pieces)
            {
                if (!p.IsWord || p.Key.Length <= 3) continue;
                words++;
                if (p.Shape == PieceShape.Capitalised) capitalised++;
            }
            return words >= 4 && (every ? capitalised == words : capitalised * 10 >= words * 8);
        }

        public static bool IsShouting(List<Piece> pieces)
        {
            int words = 0, capitals = 0;
            foreach (var p in pieces)
            {
                if (!p.IsWord || p.Key.Length < 2) continue;
                words++;
                if (p.AllCapitals) capitals++;
            }
            return words >= 3 && capitals * 10 >= words * 7;
        }
    }

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "every", "each", "no",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that qualify a title without being one: "Deputy Prime Minister", "former President", "Senior Lecturer".</summary>
    private static readonly FrozenSet<string> TitleModifiers = new[]
    {
        "deputy", "acting", "former", "senior", "vice", "assistant", "chief", "special", "associate", "interim", "principal",
        "executive", "managing", "first", "under", "outgoing", "incoming", "then", "late", "retired", "top", "lead", "junior",
    }.ToFrozenSet(StringComparer.Ordinal);
}

using Vigil.Documents;

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

    /// <summary>For a person: where the words of the name are ("Abdul", "Ghani", "Baradal"), particles included.</summary>
    public ImmutableArray<TextSpan> Parts { get; init; } = [];

    /// <summary>The name parts as comparison keys, filled in by the resolver.</summary>
    internal ImmutableArray<string> PartKeys { get; init; } = [];
}

/// <summary>
/// Finds names sentence by sentence: runs of capitalised words (joined by "of", "al-", "bin" and
/// the like), cut into gazetteer names, titles and unknown names, then typed by the rules of the
/// first cut: gazetteer type, organisation and place head nouns, a title or a speech verb beside a
/// person, two to four capitalised words for a person.
/// </summary>
internal sealed class MentionFinder
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
    private readonly string _text;

    public MentionFinder(Document document, Gazetteer gazetteer)
    {
        _document = document;
        _gazetteer = gazetteer;
        _text = document.Text;
    }

    public List<MentionCandidate> Find()
    {
        var found = new List<MentionCandidate>();
        for (var s = 0; s < _document.Sentences.Length; s++)
        {
            var pieces = NamePieces.Of(_document, _document.Sentences[s]);
            var sentence = new SentenceScan(this, pieces, s, found);
            sentence.Run();
        }
        return found;
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
                    // "Deputy" + "Prime Minister", "Former" + "President": titles in a row are one title
                    if (link is null && segments.Count > 0 && segments[^1] is { Kind: SegmentKind.Title } previous && previous.Last == j - 1)
                        segments[^1] = previous with { Last = titleLast, Title = title };
                    else
                        segments.Add(new Segment(SegmentKind.Title, j, titleLast) { Title = title, Link = link });
                    j = titleLast + 1;
                }
                else if (IsNameWord(j))
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
                if (TryConnector(j, out var after, out var connector))
                {
                    link = connector;
                    j = after;
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
            var k = j;
            var words = new List<string>();
            while (k < pieces.Count && words.Count < 2 && pieces[k].Shape == PieceShape.Lower && EntityLexicon.Connectors.Contains(pieces[k].Key))
            {
                words.Add(pieces[k].Key);
                k++;
                if (k < pieces.Count && pieces[k].Shape == PieceShape.Hyphen) k++;
            }
            if (words.Count == 0 || k >= pieces.Count || pieces[k].Shape != PieceShape.Capitalised)
                return false;
            // "the" joins only after "of" ("Department of the Treasury"); "and the" ends a name
            if (words[0] == "the" || (words.Count == 2 && words[1] == "the" && words[0] != "of"))
                return false;
            after = k;
            connector = string.Join(' ', words);
            return true;
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
            if (!_gaz.StartsAName(first.Key))
                return false;
            var ends = new List<int>();
            var words = 0;
            for (var k = j; k < pieces.Count && words < _gaz.MaxNameWords; k++)
            {
                var p = pieces[k];
                if (p.Shape == PieceShape.Other) break;
                if (!p.IsWord) continue;
                words++;
                if (p.Shape == PieceShape.Lower && !EntityLexicon.Connectors.Contains(p.Key) && k != j) break;
                if (p.Shape == PieceShape.Capitalised) ends.Add(k);
            }
            for (var e = ends.Count - 1; e >= 0; e--)
            {
                var end = ends[e];
                var surface = _text.AsSpan(first.Start, pieces[end].End - first.Start);
                if (surface.Contains('\n')) continue;
                var candidates = _gaz.LookupKey(NameKey.For(surface), surface);
                if (candidates.IsEmpty) continue;
                // a shouted line writes every word in capitals, so "WHO" and "US" there may be plain words
                if (_shouting && end == j && first.Key.Length <= 3) continue;
                last = end;
                entry = candidates[0];
                return true;
            }
            return false;
        }

        /// <summary>
        /// A title: optional modifiers and descriptors ("Deputy", "Foreign", "National Security")
        /// before a listed title ("Minister", "Adviser", "Secretary of State"), optionally followed
        /// by "of" and descriptors ("Minister of Foreign Affairs").
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
                    last = ExtendWithOf(baseLast);
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

        private int ExtendWithOf(int last)
        {
            var k = last + 1;
            if (k >= pieces.Count || pieces[k].Key != "of") return last;
            var end = last;
            for (k++; k < pieces.Count && pieces[k].IsWord && EntityLexicon.Descriptors.Contains(pieces[k].Key); k++)
                end = k;
            return end;
        }

        private void Classify(List<Segment> run)
        {
            MergeHeadNouns(run);
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

        /// <summary>A gazetteer name, a title or a name followed by head nouns only is one name: "Kabul Airport", "US Central Command", "General Assembly".</summary>
        private void MergeHeadNouns(List<Segment> run)
        {
            for (var i = 1; i < run.Count; i++)
            {
                var seg = run[i];
                if (seg.Kind != SegmentKind.Name || seg.Link is not null || HeadOnly(seg) is not { } headType) continue;
                var prev = run[i - 1];
                if (prev.Kind == SegmentKind.Gazetteer && prev.Entry!.Type is EntityType.Person) continue;
                run[i - 1] = new Segment(SegmentKind.Name, prev.First, seg.Last) { Link = prev.Link, HeadType = headType, Entry = prev.Entry };
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
                if (seg.Kind != SegmentKind.Name || LastHead(seg) is not { } type || type == EntityType.Person) continue;
                var next = run[i + 1];
                var ofLink = next.Link is "of" or "of the" or "for" or "and" or "de" or "on";
                var placeAfter = next.Link is null && next.Kind == SegmentKind.Gazetteer && next.Entry!.Type is EntityType.Gpe or EntityType.Loc;
                if (!(ofLink && next.Kind != SegmentKind.Title) && !placeAfter) continue;
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
            if (entry.IsCapital && ActsAsGovernment(seg.First) && !dateline && _gaz.CountryOf(entry) is { } country)
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
                // a head noun alone ("Ministry", "Airport") names nothing
                if (seg.HeadType is null && CountWords(seg) == 1) return;
                if (_headline && seg.Entry is null && pieces[first].Initial && CountWords(seg) == 1) return;
                found.Add(new MentionCandidate(span, t, sentence));
                return;
            }

            var words = CountWords(seg);
            // "the Petitioner", "a Senior Fellow": after a determiner a capitalised word is a common noun dressed up, not a person
            var determined = titleBefore is null && startsRun && AfterDeterminer(first);
            var title = titleBefore is not null ? TitleText(titleBefore) : startsRun ? LowercaseTitleBefore(first) : null;
            var speech = SpeechVerbBeside(first, last);
            var parts = NameWords(first, last);
            if (_shouting) return;
            // "Protesters said" opens a sentence as "Mackenzie said" does; a plural there is left for the article to confirm
            var weakSpeech = speech && words == 1 && pieces[first].Initial && pieces[first].Key.EndsWith('s');
            // a line that is nothing but two capitalised words is a heading ("Living Wage") more often than a name
            var byShape = words is >= 2 and <= 4 && !_headline && !IsWholeSentence(first, last);
            if (!determined && (title is not null || (speech && !weakSpeech) || byShape))
            {
                if (words > 4) return;
                if (words >= 2 && parts.All(p => EntityLexicon.Descriptors.Contains(NameKey.For(_text.AsSpan(p.Start, p.Length))))) return;
                found.Add(new MentionCandidate(span, EntityType.Person, sentence) { Title = title, Parts = parts });
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

        private bool IsWholeSentence(int first, int last)
        {
            for (var k = 0; k < pieces.Count; k++)
                if ((k < first || k > last) && pieces[k].IsWord) return false;
            return true;
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

        private bool AfterDeterminer(int first) =>
            first > 0 && pieces[first - 1].Shape == PieceShape.Lower && Determiners.Contains(pieces[first - 1].Key);

        private bool ActsAsGovernment(int first)
        {
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
        private EntityType? LastHead(Segment seg)
        {
            EntityType? type = null;
            if (CountWords(seg) >= 2 && EntityLexicon.PrefixHeads.TryGetValue(pieces[seg.First].Key, out var prefixType))
                type = prefixType;
            for (var k = seg.First; k <= seg.Last; k++)
            {
                var p = pieces[k];
                if (p.Shape == PieceShape.Lower && p.Key is "of" or "for") break;
                if (p.Shape == PieceShape.Capitalised && EntityLexicon.IsHead(p.Key, out var t))
                    type = t;
            }
            return type;
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

        /// <summary>A title-cased headline ("Taliban Takes Kabul As Ghani Flees") capitalises common words, so unknown capitalised runs mean little there.</summary>
        private static bool IsHeadline(List<Piece> pieces)
        {
            int words = 0, capitalised = 0;
            foreach (var p in pieces)
            {
                if (!p.IsWord || p.Key.Length <= 3) continue;
                words++;
                if (p.Shape == PieceShape.Capitalised) capitalised++;
            }
            return words >= 4 && capitalised * 10 >= words * 8;
        }

        private static bool IsShouting(List<Piece> pieces)
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

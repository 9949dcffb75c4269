using Vigil.Documents;
using Vigil.Extraction.Entities;

namespace Vigil.Extraction.Quotes;

/// <summary>Who an attribution's source phrase stands for: an entity of the article, or a description.</summary>
internal readonly record struct ResolvedSpeaker(Entity? Entity, string? Name, TextSpan? Reference);

/// <summary>
/// Resolves the phrase a cue attaches to into a speaker: a name to its entity (whose name is the
/// fullest form the article gives), a pronoun to the nearest person named before it ("he" after
/// "General Kenneth MacKenzie"), "who" to the phrase it follows, a role noun ("the secretary") to
/// the person holding that title, and anything else to a description ("an Indian official").
/// A speaker named nowhere else becomes an entity of its own, so every named speaker has an id.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly TokenText _tokens;
    private readonly Gazetteer _gazetteer;
    private readonly List<Entity> _entities;
    private readonly MentionIndex _mentions;
    private readonly TextSpan[] _quotations;
    private readonly SpeakerPhrases _phrases;
    private readonly Dictionary<TextSpan, int> _referenced = [];
    private readonly Dictionary<string, int> _personByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, EntityAdditions> _additions = [];

    /// <summary>What this resolver adds to an entity, applied once at the end rather than by copying the record per quote.</summary>
    private sealed class EntityAdditions
    {
        public readonly List<TextSpan> Mentions = [];
        public readonly List<string> Aliases = [];
        public readonly HashSet<TextSpan> References = [];
    }

    /// <param name="quotations">The quotations' spans, in text order.</param>
    public SpeakerResolver(TokenText tokens, IEnumerable<Entity> entities, IReadOnlyList<TextSpan> quotations, Gazetteer gazetteer)
    {
        _tokens = tokens;
        _gazetteer = gazetteer;
        _entities = [.. entities];
        _quotations = [.. quotations];
        _phrases = new SpeakerPhrases(tokens);
        _mentions = new MentionIndex(_entities);
        for (var i = 0; i < _entities.Count; i++)
        {
            foreach (var reference in _entities[i].References) _referenced.TryAdd(reference, i);
            if (_entities[i].Type != EntityType.Person) continue;
            // by every spelling: a canonical name ("Antony Blinken") may differ from the article's ("Brinken")
            foreach (var name in _entities[i].Aliases.Prepend(_entities[i].Name))
            {
                _personByName.TryAdd(name, i);
                _personByName.TryAdd(Surname(name), i);
            }
        }
    }

    /// <summary>The entities with everything this resolver added: speakers named nowhere else, their mentions, and references.</summary>
    public IEnumerable<Entity> Entities()
    {
        for (var i = 0; i < _entities.Count; i++)
        {
            var entity = _entities[i];
            if (_additions.TryGetValue(i, out var added))
                entity = entity with
                {
                    Mentions = [.. entity.Mentions.Concat(added.Mentions).Distinct().Order()],
                    Aliases = [.. entity.Aliases.Concat(added.Aliases).Distinct()],
                    References = [.. entity.References.Concat(added.References).Except(entity.Mentions).Distinct().Order()],
                };
            yield return entity;
        }
    }

    public ResolvedSpeaker Resolve(TokenRange source) => NamedAsAGroup(ResolveSource(source), source);

    /// <summary>
    /// A people or a party that speaks as a group ("Republicans said", "they" after "Democrats")
    /// is named as the article names the group ("Republicans"), not by the adjective the registry
    /// files it under ("Republican"); one member ("One Republican said") keeps the adjective.
    /// </summary>
    private ResolvedSpeaker NamedAsAGroup(ResolvedSpeaker speaker, TokenRange source)
    {
        if (speaker.Entity is not { Type: EntityType.Norp } group || speaker.Name != group.Name) return speaker;
        var last = _tokens[source.Last];
        var pronoun = source.Length == 1 && (WordClasses.Contains(WordClasses.PersonalPronouns, last)
                                             || last.Equals("who", StringComparison.OrdinalIgnoreCase));
        foreach (var alias in group.Aliases)
            if (alias.Length == group.Name.Length + 1 && alias.EndsWith('s') && alias.StartsWith(group.Name, StringComparison.OrdinalIgnoreCase)
                && (pronoun || last.Equals(alias, StringComparison.OrdinalIgnoreCase)))
                return speaker with { Name = alias };
        return speaker;
    }

    private ResolvedSpeaker ResolveSource(TokenRange source)
    {
        var span = _tokens.Span(source.First, source.Last);
        if (ReferredEntity(span) is { } referred) return new ResolvedSpeaker(referred, referred.Name, span);
        // "he’s sought to", "they’ve suggested": a pronoun with its verb's clitic is the pronoun ("it's a good bet that" is no one)
        var withClitic = PronounBeforeClitic(source);
        if (withClitic is not null && source.Length > 1 && IsClitic(source.First + 1))
            return ResolveSource(new TokenRange(source.First, source.First));
        if (source.Length == 1 || withClitic is not null)
        {
            var word = withClitic ?? _tokens[source.First];
            // "according to him": the object pronoun stands for the subject one
            if (word.Equals("him", StringComparison.OrdinalIgnoreCase)) word = "he";
            else if (word.Equals("her", StringComparison.OrdinalIgnoreCase)) word = "she";
            if (word.Equals("who", StringComparison.OrdinalIgnoreCase) || word.Equals("which", StringComparison.OrdinalIgnoreCase))
            {
                var before = _tokens.IsComma(source.First - 1) ? source.First - 2 : source.First - 1;
                var sentenceFirst = _tokens.Sentence(_tokens.SentenceOf(source.First)).FirstToken;
                return _phrases.PhraseEndingAt(before, sentenceFirst) is { } antecedent
                    ? ResolveSource(antecedent) with { Reference = span }
                    : new ResolvedSpeaker(null, null, span);
            }
            if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase))
            {
                // the reference stage found no one: the nearest person whose given name is not of the other gender
                var gender = word.Equals("he", StringComparison.OrdinalIgnoreCase) ? 'm' : 'f';
                var person = NearestBefore(span.Start, e => e.Type == EntityType.Person
                    && (References.GivenNames.GenderOfFullNames(e) ?? References.GivenNames.GenderOfLoneNamed(e)) is var known && (known is null || known == gender));
                return new ResolvedSpeaker(person, person?.Name, span);
            }
            if (WordClasses.Contains(WordClasses.PersonalPronouns, word))
            {
                // "I" outside a quotation is the one who wrote the piece, where its closing lines say who that is
                if (word.Equals("i", StringComparison.OrdinalIgnoreCase) && Author() is { } author)
                    return new ResolvedSpeaker(author, author.Name, span);
                if (word.Equals("i", StringComparison.OrdinalIgnoreCase) || word.Equals("you", StringComparison.OrdinalIgnoreCase))
                    return new ResolvedSpeaker(null, null, span);
                // "they", "we", "it": a group named just before, one that was a clause's subject first ("The
                // Department of Education has misled … It"), else any; never the pronoun itself; a people is never "it"
                // (a place as "it" was tried: as often the city or the state in a phrase as the one meant)
                Func<Entity, bool> accept = word.Equals("it", StringComparison.OrdinalIgnoreCase)
                    ? e => e.Type == EntityType.Org
                    : e => e.Type is EntityType.Org or EntityType.Norp;
                var group = NearestSubjectBefore(span.Start, accept) ?? NearestBefore(span.Start, accept, maxDistance: MaxGroupDistance);
                return new ResolvedSpeaker(group, group?.Name, span);
            }
        }
        return ResolvePhrase(source);
    }

    /// <summary>
    /// "he", "she" or "they" where the phrase opens with one and its verb's clitic: written as one
    /// token ("they’ve", "she'd") or, for "’s", split off as the tokenizer splits a possessive ("he ’s"); else null.
    /// </summary>
    private string? PronounBeforeClitic(TokenRange source)
    {
        var pronoun = Clauses.ActorResolver.Contraction(_tokens[source.First])
                      ?? (source.Length > 1 && IsClitic(source.First + 1) ? _tokens.GetString(source.First) : null);
        return pronoun is not null && (pronoun.Equals("he", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("she", StringComparison.OrdinalIgnoreCase)
                                       || pronoun.Equals("they", StringComparison.OrdinalIgnoreCase)) ? pronoun.ToLowerInvariant() : null;
    }

    private Entity? _author;
    private bool _authorSought;

    /// <summary>
    /// The author of an opinion piece, as its closing note names them: a paragraph among the last
    /// three that opens with a person's full name and goes on to say who they are ("Charlotte Meehan
    /// is playwright-in-residence at Wheaton College …").
    /// </summary>
    private Entity? Author()
    {
        if (_authorSought) return _author;
        _authorSought = true;
        var document = _tokens.Document;
        var text = _tokens.Text;
        foreach (var paragraph in document.Paragraphs.TakeLast(3))
            foreach (var (mention, index) in _mentions.EndingWithin(paragraph.Span))
            {
                var entity = _entities[index];
                if (entity.Type != EntityType.Person || mention.Start != paragraph.Span.Start || !text.AsSpan(mention.Start, mention.Length).Contains(' ')) continue;
                var after = text.AsSpan(mention.End);
                if (after.StartsWith(" is ", StringComparison.Ordinal) || after.StartsWith(" was ", StringComparison.Ordinal) || after.StartsWith(" has ", StringComparison.Ordinal))
                    _author = entity;
            }
        return _author;
    }

    private bool IsClitic(int k) => k < _tokens.Count && _tokens.IsPossessive(k);

    /// <summary>The entity that the reference stage found this pronoun or role noun to mean.</summary>
    private Entity? ReferredEntity(TextSpan span) => _referenced.TryGetValue(span, out var index) ? _entities[index] : null;

    private ResolvedSpeaker ResolvePhrase(TokenRange source)
    {
        if (NamedInApposition(source) is { } named) return named;
        var head = HeadOf(source);
        // "the Australian, who won here in 1990,": the reference stage found whom the head means
        if (head.Last < source.Last && ReferredEntity(_tokens.Span(head.First, head.Last)) is { } referred)
            return new ResolvedSpeaker(referred, referred.Name, _tokens.Span(head.First, head.Last));
        // the noun phrase before its modifiers: "a narrator in the Clinton ad" is a narrator, not Clinton
        var core = CoreOf(head);
        var headSpan = _tokens.Span(core.First, core.Last);

        Entity? best = null;
        var bestEnd = -1;
        foreach (var (mention, index) in _mentions.EndingWithin(headSpan))
        {
            if (!headSpan.Contains(mention)) continue;
            var entity = _entities[index];
            // a person first, else the name nearest the head ("the Republican-led Congress" is Congress, not the Republicans)
            var better = best is null
                || entity.Type == EntityType.Person && best.Type != EntityType.Person
                || (entity.Type == best.Type || best.Type != EntityType.Person) && mention.End > bestEnd;
            if (better)
            {
                best = entity;
                bestEnd = mention.End;
            }
        }
        // "officials from the United States" is described by its head noun, not by the country it
        // mentions, and "Ukrainian officials" by theirs, not by the nationality
        // ("Kremlin officials" speak for the Kremlin; "The Indiana governor" and "Connecticut's tax
        // commissioner" are people whom the place only qualifies)
        // "the Clinton campaign", "Sanders advisers", "a Trump spokesman": a person's name that only
        // qualifies the noun of the phrase names whom the speakers work for, not who spoke
        // ("Trump and his attorneys" still has Trump among the speakers)
        if (best is { Type: EntityType.Person } && bestEnd < headSpan.End && ServesThePerson(core) && !AndBetween(bestEnd, core.Last))
            return new ResolvedSpeaker(null, Describe(source), null);
        // "The GOP front-runner", "Some GOP strategists": people an organisation's name only qualifies, who do
        // not speak for it as "Kremlin officials" or "a Pentagon spokesman" do
        if (best is { Type: EntityType.Org } && bestEnd < headSpan.End && !_tokens.IsCapitalized(core.Last)
            && WordClasses.Contains(WordClasses.MembersNotVoices, _tokens.GetString(core.Last)))
            return new ResolvedSpeaker(null, Describe(source), null);
        // ("Cleveland police", "U.S. officials": a town or a country before a common noun is who they serve, not who spoke)
        if (best is not null && (best.Type == EntityType.Person || bestEnd == headSpan.End
                                 || _tokens.IsCapitalized(head.First) && best.Type != EntityType.Norp
                                    && !(IsPlace(best) && (_tokens.IsAny(head.First, WordClasses.Determiners) || IsPossessiveAt(bestEnd)))
                                    && !(best.Type == EntityType.Gpe && !_tokens.IsCapitalized(core.Last))))
            return new ResolvedSpeaker(best, best.Name, null);

        if (RoleHolder(core) is { } holder) return new ResolvedSpeaker(holder, holder.Name, headSpan);
        if ((BodyByHeadNoun(core) ?? BodyByKind(core)) is { } body) return new ResolvedSpeaker(body, body.Name, headSpan);

        // "Again, it was a chance to get to know …": a lone function word is no speaker, capitalised or not
        if (head.Length == 1 && EntityLexicon.SentenceOpeners.Contains(NameKey.For(_tokens[head.First]))) return new ResolvedSpeaker(null, null, null);

        if (NameIn(core) is { } name)
        {
            // "Police in the Indian capital Delhi": a place or an organisation the phrase mentions does not speak
            if (_mentions.EndingWithin(name).Any(m => m.Span == name && _entities[m.Entity].Type != EntityType.Person))
                return new ResolvedSpeaker(null, Describe(source), null);
            // "Prime Minister Theresa" of "Prime Minister Theresa May said", the phrase cut at what it read as a verb: the person named there
            foreach (var (mention, index) in _mentions.EndingWithin(new TextSpan(name.Start, name.End + MaxNameTail)))
                if (mention.Contains(name) && _entities[index].Type == EntityType.Person)
                    return new ResolvedSpeaker(_entities[index], _entities[index].Name, null);
            // "Muqtada al - Sadr said" where the entity stage read "al - Sadr" as an organisation: a word of
            // another's name is no person of its own, and an organisation's name speaks for it
            foreach (var (mention, index) in _mentions.EndingWithin(new TextSpan(name.Start, name.End + MaxNameTail)))
                if (mention.Contains(name) && mention != name)
                    return _entities[index].Type == EntityType.Org ? new ResolvedSpeaker(_entities[index], _entities[index].Name, null) : new ResolvedSpeaker(null, Describe(source), null);
            var text = _tokens.Text[name.Start..name.End];
            // "the schedule published Thursday": a day or a month is no one
            if (IsOneToken(name) && (Time.CalendarWords.Weekday(text) is not null || Time.CalendarWords.Month(text) is not null && !Time.CalendarWords.IsAmbiguousMonth(text)))
                return new ResolvedSpeaker(null, Describe(source), null);
            // "Critics said", "Officials say": a lone word that opens its sentence is capitalised by its place,
            // not as a name; no list or person of the article knowing it, it describes the speaker
            if (IsOneToken(name) && OpensSentence(core.Last) && !KnowsPerson(text) && !References.GivenNames.IsGivenName(text))
                return new ResolvedSpeaker(null, Describe(source), null);
            return SpokenByPerson(name);
        }

        return new ResolvedSpeaker(null, Describe(source), null);
    }

    /// <summary>Whether the phrase ends in a lower-case noun for those who work for or back someone, or for their group.</summary>
    private bool ServesThePerson(TokenRange core)
    {
        if (_tokens.IsCapitalized(core.Last)) return false;
        var noun = _tokens.GetString(core.Last);
        return WordClasses.Contains(WordClasses.RoleNouns, noun) || WordClasses.Contains(WordClasses.EntourageNouns, noun)
               || noun.EndsWith('s') && WordClasses.Contains(WordClasses.RoleNouns, noun.AsSpan()[..^1]);
    }

    private bool AndBetween(int position, int lastToken)
    {
        for (var k = _tokens.FirstTokenAt(position); k < lastToken; k++)
            if (_tokens.Is(k, "and")) return true;
        return false;
    }

    private static bool IsPlace(Entity entity) => entity.Type is EntityType.Gpe or EntityType.Loc or EntityType.Fac;

    private bool IsPossessiveAt(int position) =>
        _tokens.FirstTokenAt(position) is var k && k < _tokens.Count && _tokens.Tokens[k].Start == position && _tokens.IsPossessive(k);

    /// <summary>
    /// "Kuwait's oil minister, Bakheet al-Rashidi", "A lawyer for the news outlets, David Schulz": a
    /// description followed by a name in apposition is the person named, whom the article may name
    /// nowhere else.
    /// </summary>
    private ResolvedSpeaker? NamedInApposition(TokenRange source)
    {
        var comma = source.First + 1;
        while (comma < source.Last && !_tokens.IsComma(comma)) comma++;
        if (comma >= source.Last || _tokens.IsCapitalized(comma - 1) || !_tokens.IsCapitalized(comma + 1)) return null;
        var name = new TokenRange(comma + 1, source.Last);
        if (name.Length < 2 || name.Length > 4) return null;
        for (var k = name.First; k <= name.Last; k++)
            if (!_tokens.IsNameWord(k)) return null;
        var span = _tokens.Span(name.First, name.Last);
        foreach (var (mention, index) in _mentions.EndingWithin(span))
            if (span.Contains(mention) && _entities[index].Type == EntityType.Person)
                return new ResolvedSpeaker(_entities[index], _entities[index].Name, null);
        if (_mentions.EndingWithin(span).Any(m => m.Span == span)) return null;   // a place or an organisation
        return SpokenByPerson(span);
    }

    /// <summary>The phrase up to its first comma or relative clause: "an Indian official who …" gives "an Indian official".</summary>
    private TokenRange HeadOf(TokenRange source)
    {
        var last = source.First;
        for (var k = source.First; k <= source.Last; k++)
        {
            if (_tokens.IsComma(k) || _tokens.IsAny(k, WordClasses.RelativePronouns) && k > source.First) break;
            last = k;
        }
        return new TokenRange(source.First, last);
    }

    /// <summary>
    /// The phrase up to a preposition that follows a common noun ("officials | from the State
    /// Department", "Police | in the Indian capital Delhi", capitalised only by opening the
    /// sentence); "Secretary of State" stays whole.
    /// </summary>
    private TokenRange CoreOf(TokenRange head)
    {
        // "the event organizer Alliance to Reclaim Our Schools (AROS)": initials in brackets after the name add nothing
        if (head.Length > 2 && _tokens.IsChar(head.Last, ')'))
            for (var k = head.Last - 1; k > head.First; k--)
                if (_tokens.IsChar(k, '('))
                {
                    head = new TokenRange(head.First, k - 1);
                    break;
                }
        for (var k = head.First + 1; k <= head.Last; k++)
            if (_tokens.IsAny(k, WordClasses.InnerPrepositions) && _tokens.IsWord(k - 1)
                && (!_tokens.IsCapitalized(k - 1) || k - 1 == head.First && OpensSentence(k - 1) && !IsTitleWord(k - 1) && !KnowsPerson(_tokens.GetString(k - 1))))
                return new TokenRange(head.First, k - 1);
        return head;
    }

    private string Describe(TokenRange source)
    {
        var head = HeadOf(source);
        return _tokens.Text[_tokens.Tokens[head.First].Start.._tokens.Tokens[head.Last].End];
    }

    /// <summary>"the secretary" is the person the article titled Secretary of something, most recently named.</summary>
    private Entity? RoleHolder(TokenRange head)
    {
        // "the secretary", not "his lawyer": a possessive makes the role someone else's
        if (head.Length > 3 || !_tokens.Is(head.First, "the")) return null;
        var role = _tokens.GetString(head.Last);
        if (!WordClasses.Contains(WordClasses.RoleNouns, role)) return null;
        return NearestBefore(_tokens.Tokens[head.First].Start,
            e => e.Type == EntityType.Person && e.Title is { } title && title.Contains(role, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "the fund" after "the International Monetary Fund", "the commission" after "the Commission on
    /// Presidential Debates", "The Post" after "The New York Post": a body named again by the head
    /// noun of its name is the one the article named so most recently.
    /// </summary>
    private Entity? BodyByHeadNoun(TokenRange head)
    {
        if (NounAfterThe(head) is not { } noun) return null;
        if (WordClasses.Contains(WordClasses.RoleNouns, noun) || WordClasses.Contains(NounsOfNoOneBody, noun)) return null;
        return NearestBefore(_tokens.Tokens[head.First].Start,
            e => e.Type == EntityType.Org && e.Aliases.Prepend(e.Name).Any(name => HasHeadNoun(name, noun)), MaxBodyDistance);
    }

    /// <summary>
    /// "The bank said" in a story about Wells Fargo, "the union" in one about the Association of
    /// Flight Attendants: a body called by its kind is the organisation of that kind the story has
    /// named most so far (the most recent of those named as often). The kind comes from the
    /// registry's entry, else from the name's words ("Department", "Times", "Union"); a name that
    /// tells nothing may be a company, nothing else.
    /// </summary>
    private Entity? BodyByKind(TokenRange head)
    {
        if (NounAfterThe(head)?.ToLowerInvariant() is not { } noun || !BodyNouns.TryGetValue(noun, out var kind)) return null;
        var before = _tokens.Tokens[head.First].Start;
        Entity? best = null;
        int bestCount = 0, bestLast = -1;
        foreach (var entity in _entities)
        {
            if (entity.Type != EntityType.Org || !IsOfKind(entity, kind, noun)) continue;
            int count = 0, last = -1;
            foreach (var mention in entity.Mentions)
                if (mention.End <= before && before - mention.Start <= MaxBodyDistance)
                {
                    count++;
                    last = Math.Max(last, mention.Start);
                }
            if (count > bestCount || count == bestCount && count > 0 && last > bestLast) (best, bestCount, bestLast) = (entity, count, last);
        }
        return best;
    }

    private bool IsOfKind(Entity body, string kind, string noun)
    {
        var words = body.Name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => NameKey.For(w)).ToArray();
        var listed = body.ActorId is { } id ? _gazetteer.FindById(id)?.Kind : null;
        var told = listed switch
        {
            "company" => "company",
            "media" => "media",
            "government" or "igo" => "government",
            "ngo" or "armed-group" => "group",
            "party" => "party",
            "education" => "education",
            _ when words.Length > 0 && (EntityLexicon.MastheadNouns.Contains(words[^1]) || EntityLexicon.MediaHeads.Contains(words[^1])) => "media",
            _ when words.Any(GovernmentWords.Contains) => "government",
            _ when words.Contains("party") => "party",
            _ when words.Any(GroupWords.Contains) => "group",
            _ when words.Any(EntityLexicon.CompanySuffixes.Contains) => "company",
            _ => null,
        };
        return kind switch
        {
            "company" => told == "company" || told is null && char.IsUpper(body.Name[0]),
            // "the agency" is an executive body's, not Congress's or a court's
            "agency" => told == "government" && words.Any(ExecutiveWords.Contains),
            // a union says so in its name: "Association of Flight Attendants", "United Mine Workers"
            "union" => told is "group" or null && words.Any(UnionWords.Contains),
            "media" => told == "media" && (noun is not ("newspaper" or "paper") || EntityLexicon.MastheadNouns.Contains(words[^1]) || words[^1] == "news"),
            _ => told == kind,
        };
    }

    /// <summary>The nouns a story calls a body by, and the kind of body each means.</summary>
    private static readonly FrozenDictionary<string, string> BodyNouns = new Dictionary<string, string>
    {
        ["company"] = "company", ["firm"] = "company", ["bank"] = "company", ["airline"] = "company", ["carrier"] = "company",
        ["insurer"] = "company", ["retailer"] = "company", ["automaker"] = "company", ["carmaker"] = "company", ["lender"] = "company",
        ["chain"] = "company", ["manufacturer"] = "company", ["conglomerate"] = "company",
        ["union"] = "union",
        ["agency"] = "agency", ["ministry"] = "agency", ["department"] = "agency", ["bloc"] = "government",
        ["group"] = "group", ["organization"] = "group", ["organisation"] = "group", ["charity"] = "group",
        ["network"] = "media", ["website"] = "media", ["site"] = "media", ["newspaper"] = "media", ["paper"] = "media",
        ["channel"] = "media", ["broadcaster"] = "media", ["outlet"] = "media", ["publication"] = "media",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> GovernmentWords = new[]
    {
        "department", "ministry", "agency", "administration", "bureau", "commission", "office", "senate", "congress", "house",
        "parliament", "court", "police", "army", "government", "council", "committee", "service", "authority", "fbi", "cia", "pentagon",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ExecutiveWords = new[]
    {
        "department", "ministry", "agency", "administration", "bureau", "commission", "office", "service", "authority", "fbi", "cia",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> GroupWords = new[]
    {
        "association", "federation", "union", "coalition", "alliance", "foundation", "fund", "society", "league", "network", "group",
        "institute", "campaign", "project", "movement", "workers",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> UnionWords = new[]
    {
        "union", "workers", "federation", "association", "brotherhood", "teamsters", "guild", "employees", "attendants", "afl", "cio", "seiu", "uaw",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The noun of a phrase that is "the" and one noun ("the fund", "The bank"), or null.</summary>
    private string? NounAfterThe(TokenRange head) =>
        head.Length == 2 && _tokens.Is(head.First, "the") && _tokens.IsWord(head.Last) ? _tokens.GetString(head.Last) : null;

    /// <summary>Nouns a story uses for a body it may never name ("the network" it watched, "the platform" a party wrote), though names end in them.</summary>
    private static readonly FrozenSet<string> NounsOfNoOneBody = new[] { "network", "platform", "site", "website" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the name's head noun is the word: its last, or the one before what it governs ("Commission on Presidential Debates").</summary>
    private static bool HasHeadNoun(string name, string word)
    {
        var governs = false;
        foreach (var link in HeadLinks)
            if (name.IndexOf(link, StringComparison.Ordinal) is var at and > 0) (name, governs) = (name[..at], true);
        return governs && name.Equals(word, StringComparison.OrdinalIgnoreCase)
               || name.Length > word.Length && name.EndsWith(word, StringComparison.OrdinalIgnoreCase) && name[^(word.Length + 1)] == ' ';
    }

    private static readonly string[] HeadLinks = [" of ", " on ", " for "];

    /// <summary>How far back a body named by its head noun is looked for: a story names it in full once, near the top.</summary>
    private const int MaxBodyDistance = 20_000;

    /// <summary>A proper name at the end of the phrase, after any titles: "White House Press Secretary Jen Psaki".</summary>
    private TextSpan? NameIn(TokenRange head)
    {
        if (!_tokens.IsCapitalized(head.Last)) return null;
        var first = head.Last;
        while (first - 1 >= head.First && _tokens.IsCapitalized(first - 1) && !IsTitleWord(first - 1)) first--;
        if (IsTitleWord(first) || _tokens.IsAny(first, WordClasses.Determiners)) return null;
        // "The Commissioner for Human Rights said", "the Chancellor of the Exchequer said": what a title is of or for is its portfolio, no one's name
        if (IsPortfolio(head.First, first, head.Last)) return null;
        // "Analysts at Merrill Lynch & Co": a company's name, not a person's
        if (_tokens.IsChar(first - 1, '&') || EntityLexicon.CompanySuffixes.Contains(NameKey.For(_tokens[head.Last]))) return null;
        return _tokens.Span(first, head.Last);
    }

    /// <summary>
    /// Whether the capitalised words from <paramref name="first"/> to <paramref name="last"/> are
    /// what a title before them is of or for: descriptors ("Minister for Foreign Affairs",
    /// "Commissioner for Human Rights") or the end of a listed title ("Chancellor of the Exchequer").
    /// </summary>
    private bool IsPortfolio(int start, int first, int last)
    {
        var linked = first - 1;
        while (linked >= start && _tokens.IsCapitalized(linked)) linked--;
        if (linked >= start && _tokens.Is(linked, "the")) linked--;
        if (linked - 1 < start || !(_tokens.Is(linked, "for") || _tokens.Is(linked, "of")) || !IsTitleWord(linked - 1)) return false;
        var descriptors = true;
        for (var k = first; k <= last && descriptors; k++) descriptors = EntityLexicon.Descriptors.Contains(NameKey.For(_tokens[k]));
        return descriptors || _gazetteer.FindTitle(NameKey.For(_tokens.Text.AsSpan(_tokens.Tokens[linked - 1].Span.Start.._tokens.Tokens[last].Span.End))) is not null;
    }

    private bool IsTitleWord(int i) => WordClasses.Contains(WordClasses.RoleNouns, _tokens[i].TrimEnd('.')) || WordClasses.Contains(TitleWords, _tokens[i].TrimEnd('.'));

    private static readonly FrozenSet<string> TitleWords = new[]
    {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "sen", "rep", "gov", "prof", "rev", "press",
        "state", "house", "white", "national", "security", "defense", "defence", "foreign", "prime", "vice", "deputy",
        "senior", "former", "acting", "interim", "u.s", "us", "uk", "un", "of", "the", "sir", "dame", "lord", "lady",
        "mullah", "sheikh", "imam", "president-elect",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The person a name in the speaker phrase is: one the article already knows by it ("Mr. Major",
    /// a word the entity stage took for a title, is John Major and carries his full name), else a new one.
    /// </summary>
    private ResolvedSpeaker SpokenByPerson(TextSpan name)
    {
        var person = AddPerson(name);
        return new ResolvedSpeaker(person, person.Name, null);
    }

    private Entity AddPerson(TextSpan name)
    {
        var text = _tokens.Text[name.Start..name.End];
        if (_personByName.TryGetValue(text, out var known) || _personByName.TryGetValue(Surname(text), out known))
        {
            var added = Additions(known);
            added.Mentions.Add(name);
            added.Aliases.Add(text);
            _mentions.Add(name, known);
            return _entities[known];
        }
        var entity = new Entity($"e{_entities.Count + 1}", text, EntityType.Person, [text], [name], []);
        _entities.Add(entity);
        var index = _entities.Count - 1;
        _mentions.Add(name, index);
        _personByName.TryAdd(text, index);
        _personByName.TryAdd(Surname(text), index);
        return entity;
    }

    private const int MaxNameTail = 40;

    private bool KnowsPerson(string name) => _personByName.ContainsKey(name) || _personByName.ContainsKey(Surname(name));

    private bool IsOneToken(TextSpan span) => _tokens.FirstTokenAt(span.Start) is var k && k < _tokens.Count && _tokens.Tokens[k].End == span.End;

    /// <summary>Whether no word comes before token <paramref name="k"/> in its sentence (a quotation mark or a dash may).</summary>
    private bool OpensSentence(int k)
    {
        var sentence = _tokens.SentenceOf(k);
        if (sentence < 0) return false;
        // read back from the token: the word before it, if any, is near, however long the sentence
        for (var j = k - 1; j >= _tokens.Sentence(sentence).FirstToken; j--)
            if (_tokens.IsWord(j)) return false;
        return true;
    }

    private static string Surname(string name) => name[(name.LastIndexOf(' ') + 1)..];

    private EntityAdditions Additions(int entity)
    {
        if (!_additions.TryGetValue(entity, out var added)) _additions[entity] = added = new EntityAdditions();
        return added;
    }

    /// <summary>The entity of the nearest mention before a position that is not itself inside a quotation.</summary>
    private Entity? NearestBefore(int position, Func<Entity, bool> accept, int maxDistance = 3000) =>
        NearestBefore(position, (_, entity) => accept(entity), maxDistance);

    private Entity? NearestBefore(int position, Func<TextSpan, Entity, bool> accept, int maxDistance)
    {
        foreach (var (mention, index) in _mentions.EndingBefore(position, maxDistance))
            if (!InsideQuotation(mention) && accept(mention, _entities[index])) return _entities[index];
        return null;
    }

    /// <summary>The entity of the nearest mention before <paramref name="position"/> that opens its clause or is followed by a verb.</summary>
    private Entity? NearestSubjectBefore(int position, Func<Entity, bool> accept) =>
        NearestBefore(position, (mention, entity) => accept(entity) && IsSubject(mention), MaxGroupDistance);

    private bool IsSubject(TextSpan mention)
    {
        var first = _tokens.FirstTokenAt(mention.Start);
        var next = _tokens.FirstTokenAt(mention.End);
        while (next < _tokens.Count && _phrases.IsCueModifier(next) && !_tokens.IsAny(next, WordClasses.FiniteAuxiliaries)) next++;
        var opens = first - _tokens.Sentence(_tokens.SentenceOf(first)).FirstToken <= 1;
        var verbAfter = next < _tokens.Count && !_tokens.IsCapitalized(next)
                        && (_tokens.IsAny(next, WordClasses.FiniteAuxiliaries) || WordClasses.IsPastTense(_tokens[next]) || _phrases.IsCue(next));
        return (opens || verbAfter) && !_tokens.IsPossessive(next);
    }

    private const int MaxGroupDistance = 400;

    private bool InsideQuotation(TextSpan mention)
    {
        // the quotations are in text order and do not nest: only the last one starting before the mention can hold it
        int lo = 0, hi = _quotations.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_quotations[mid].Start <= mention.Start) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 && _quotations[lo - 1].Contains(mention);
    }

    /// <summary>Adds the pronoun or role noun that referred to a speaker to the speaker's references.</summary>
    public Entity AddReference(Entity entity, TextSpan reference)
    {
        var index = _entities.FindIndex(e => e.Id == entity.Id);
        if (index >= 0 && !_referenced.ContainsKey(reference)) Additions(index).References.Add(reference);
        return entity;
    }
}

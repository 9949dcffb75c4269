using Vigil.Documents;
using Vigil.Extraction.Entities;
using Vigil.Extraction.Quotes;

namespace Vigil.Extraction.Clauses;

/// <summary>Who a phrase names: an entity of the article, or a description ("European countries") when it names none.</summary>
internal sealed record ResolvedActor(string Name, Entity? Entity)
{
    public string? Id => Entity?.Id;

    public static ResolvedActor Of(Entity entity) => new(entity.Name, entity);
}

/// <summary>
/// Finds the subject of a predicate and resolves a phrase to the actors it names, without a
/// parser: the phrase left of the verb past auxiliaries, adverbs and appositions; the clause's
/// subject for a coordinated verb ("made a condemnation … and pledged"); the object before "for" of
/// a gerund ("praising the leaders for promising"). Pronouns go to the entity the reference stage
/// tied them to, else by rule: "I" is the speaker of the quote it stands in, "we" the body the
/// speaker speaks for; "it" and "they" in reported speech are the speaker when the speaker is a body.
/// "X's leaders" and "the organization" are X and the latest organisation named.
/// </summary>
internal sealed class ActorResolver(DocumentIndex index, Gazetteer gazetteer)
{
    private const int MaxPhraseTokens = 12;

    /// <summary>How far back a clause's subject is looked for, so that a run-on sentence costs no more than a short one.</summary>
    private const int MaxClauseTokens = 60;

    private const int MaxMentionsRead = 5;
    private const int MaxLookBack = 150;

    /// <summary>"the court" may name a court introduced at the top of a long article.</summary>
    private const int MaxLookBackForNames = 2000;

    private static readonly FrozenSet<string> GroupHeads = Set(
        "leaders", "leader", "leadership", "government", "governments", "administration", "officials", "official", "members",
        "representatives", "forces", "troops", "spokesman", "spokeswoman", "spokesperson", "ministry", "team", "negotiators",
        "delegation", "militants", "fighters", "regime", "authorities");

    private static readonly FrozenSet<string> OrganisationNouns = Set(
        "group", "organization", "organisation", "movement", "militia", "militants", "court", "company", "bank", "agency",
        "alliance", "bloc", "council", "committee", "party", "firm", "department", "ministry", "panel", "union", "insurgents");

    /// <summary>Heads that make a description a body, named as the article names it: "the Obama administration".</summary>
    private static readonly FrozenSet<string> BodyHeads = Set(
        "administration", "government", "campaign", "team", "family", "countries", "nations", "states", "leaders", "allies",
        "members", "officials", "court", "committee", "council", "panel", "republicans", "democrats", "lawmakers", "congress");

    private static readonly FrozenSet<string> Quantifiers = Set("many", "most", "some", "several", "all", "both", "other", "few", "one");

    private TokenText Tokens => index.Tokens;

    /// <summary>The actors a predicate's subject names; <paramref name="verb"/> is the first token of the predicate.</summary>
    public IReadOnlyList<ResolvedActor> SubjectOf(int verb, int sentenceStart)
    {
        var i = verb - 1;
        while (i >= sentenceStart && Tokens.IsWord(i) && (ClauseWords.Contains(ClauseWords.VerbModifiers, Tokens[i]) && !IsRelative(i)
                                                         || InTimeExpression(i) || IsContractedAuxiliary(i)
                                                         || ClauseWords.Contains(ClauseWords.Modals, Tokens[i])
                                                         || ClauseWords.IsLy(Tokens[i]) || Tokens.Is(i, "not") || Tokens.Is(i, "never")))
            i--;
        if (i >= sentenceStart && Tokens.IsWord(i) && Contraction(Tokens[i]) is { } pronoun)
            return ResolvePronoun(i, pronoun) is { } contracted ? [contracted] : [];
        if (i < sentenceStart) return [];
        if (Tokens.IsComma(i))
        {
            // an apposition: "Ban Ki-moon, the secretary general of the United Nations, vowed"
            if (AppositionStart(i, sentenceStart) is { } before) i = before;
            else return ClauseSubject(verb, sentenceStart);
        }
        if (Tokens.IsDash(i) && PreviousDash(i - 1, sentenceStart) is { } open) i = open - 1;
        if (i < sentenceStart) return [];
        if (Tokens.Is(i, "and") || Tokens.Is(i, "or") || Tokens.Is(i, "but")) return ClauseSubject(verb, sentenceStart);
        if (IsRelative(i))
        {
            var antecedent = i - 1;
            if (Tokens.IsComma(antecedent) && AppositionStart(antecedent, sentenceStart) is { } before) antecedent = before;
            else if (Tokens.IsComma(antecedent) || Tokens.IsDash(antecedent)) antecedent--;
            return antecedent >= sentenceStart ? PhraseEndingAt(antecedent, sentenceStart) : [];
        }
        if (Tokens.Is(i, "for") || Tokens.Is(i, "by"))
            return Tokens[verb].EndsWith("ing", StringComparison.OrdinalIgnoreCase) && i - 1 >= sentenceStart ? PhraseEndingAt(i - 1, sentenceStart) : [];
        if (!Tokens.IsWord(i) || ClauseWords.Contains(ClauseWords.Prepositions, Tokens[i]) || Tokens.Is(i, "that"))
            return Tokens[verb].EndsWith("ing", StringComparison.OrdinalIgnoreCase) || Tokens.IsComma(i) ? ClauseSubject(verb, sentenceStart) : [];
        return PhraseEndingAt(i, sentenceStart);
    }

    /// <summary>The subject of the sentence a verb stands in: its first named actor or subject pronoun not inside a prepositional phrase.</summary>
    public IReadOnlyList<ResolvedActor> ClauseSubject(int verb, int sentenceStart)
    {
        for (var t = Math.Max(sentenceStart, verb - MaxClauseTokens); t < verb; t++)
        {
            if (!Tokens.IsWord(t)) continue;
            if (Tokens.IsAny(t - 1, PrepositionsBeforeObjects)) continue;
            if (index.EntityAt(t) is { } entity && entity.Type != EntityType.Norp && !IsPossessor(t))
            {
                // "CIA Director William Burns": the name the title leads to
                var end = EndOfEntity(t, entity);
                while (end + 1 < verb && Tokens.IsCapitalized(end + 1) && !IsPossessive(end + 1)) end++;
                return PhraseEndingAt(end, sentenceStart);
            }
            if (Tokens.IsAny(t, SubjectPronouns)) return ResolvePronoun(t) is { } actor ? [actor] : [];
        }
        return [];
    }

    /// <summary>
    /// The actors named by the phrase whose last word is <paramref name="last"/>: the entity that
    /// ends it ("Republican nominee Donald Trump"), with those coordinated with it ("China and the
    /// United States"); the body after a group noun ("officials from the United States", "the
    /// members of the Security Council"); a body named by its people ("the Obama administration");
    /// the organisation a noun stands for ("the court", "the group"); else the phrase as a description.
    /// </summary>
    public IReadOnlyList<ResolvedActor> PhraseEndingAt(int last, int sentenceStart)
    {
        if (Tokens.IsQuoteMark(last)) last--;
        if (last < sentenceStart || !Tokens.IsWord(last)) return [];
        if (ClauseWords.Contains(ClauseWords.Pronouns, Tokens[last]) || index.IsReference(last))
            return ResolvePronounAll(last);

        var first = last;
        while (first - 1 >= sentenceStart && last - first < MaxPhraseTokens && InPhrase(first - 1)) first--;

        // "the organization's leaders": the body the leaders lead
        if (IsGroupHead(last) && last - 1 >= first && IsPossessive(last - 1))
            return PhraseEndingAt(last - 2, first);

        if (HeadEntity(last, first) is { } head) return Coordinated(head, first);
        if (BodyDescription(first, last) is { } body)
        {
            // "the United States and its allies": the state; "the Obama administration": the administration
            for (var t = first; t < last; t++)
                if (NamedAt(t) is { Type: EntityType.Gpe or EntityType.Org } state) return [ResolvedActor.Of(state)];
            return [body];
        }
        for (var p = first; p < last; p++)
        {
            if (!Tokens.Is(p, "of") && !Tokens.Is(p, "from")) continue;
            if (IsGroupHead(p - 1))
                for (var t = p + 1; t <= last; t++)
                    if (NamedAt(t) is { } named) return Coordinated(t, p + 1);
            last = p - 1;   // "Britain's exit from the E.U.": the exit, not the E.U.
            break;
        }
        if (Tokens.IsAny(last, OrganisationNouns) && LatestBefore(first, e => e.Type == EntityType.Org && NameHas(e, Tokens[last]), MaxLookBackForNames) is { } organisation)
            return [ResolvedActor.Of(organisation)];
        if (Tokens.IsAny(last, OrganisationNouns) && (Tokens.Is(first, "the") || Tokens.Is(first, "this")) && last - first <= 1
            && LatestBefore(first, e => e.Type == EntityType.Org) is { } latest)
            return [ResolvedActor.Of(latest)];
        return Description(first, last) is { } description ? [description] : [];
    }

    /// <summary>The entity that ends the phrase, when its last word names one (not as a possessor or a pronoun).</summary>
    private int? HeadEntity(int last, int first) => NamedAt(last) is not null ? last : null;

    private Entity? NamedAt(int t) =>
        index.EntityAt(t) is { Type: EntityType.Person or EntityType.Org or EntityType.Gpe or EntityType.Norp } entity && !index.IsReference(t)
        && !IsPossessive(t + 1) ? entity : null;

    /// <summary>The entity at <paramref name="t"/> and those joined to it by "and" or commas, leftwards to <paramref name="first"/>.</summary>
    private List<ResolvedActor> Coordinated(int t, int first)
    {
        var actors = new List<ResolvedActor>();
        var entity = NamedAt(t)!;
        Add(actors, entity, t);
        var p = StartOfEntity(t, entity) - 1;
        while (p - 1 >= first && (Tokens.Is(p, "and") || Tokens.IsComma(p)))
        {
            var q = p - 1;
            if (Tokens.Is(q, "the")) q--;
            if (NamedAt(q) is not { } other) break;
            Add(actors, other, q);
            p = StartOfEntity(q, other) - 1;
        }
        actors.Reverse();
        return actors;
    }

    private void Add(List<ResolvedActor> actors, Entity entity, int t)
    {
        var actor = entity.Type == EntityType.Norp ? NationalityActor(entity, t) : ResolvedActor.Of(entity);
        if (actor is not null && !actors.Exists(a => a.Name == actor.Name)) actors.Add(actor);
    }

    /// <summary>"US officials", "Afghan forces": the country; "Democrats", "Afghans": the people, as a description.</summary>
    private ResolvedActor? NationalityActor(Entity nationality, int t)
    {
        var end = EndOfEntity(t, nationality);
        if (Tokens.IsWord(end + 1) && !Tokens.IsCapitalized(end + 1) && Tokens.IsAny(end + 1, GroupHeads)) return CountryOf(nationality);
        var start = StartOfEntity(t, nationality);
        return new ResolvedActor(index.Document[Tokens.Span(start, end)], nationality);
    }

    private int StartOfEntity(int t, Entity entity)
    {
        while (t - 1 >= 0 && index.EntityAt(t - 1) == entity) t--;
        return t;
    }

    /// <summary>"they" outside a quotation: the people or bodies just named together ("Obama and Clinton continue… they refuse").</summary>
    private IReadOnlyList<ResolvedActor> ResolvePronounAll(int t)
    {
        if (ResolvePronoun(t) is { } single) return [single];
        if (!(Tokens.Is(t, "they") || Tokens.Is(t, "them") || Tokens.Is(t, "their")) || index.InQuotedWords(t)) return [];
        for (var p = t - 1; p >= Math.Max(1, t - MaxLookBack / 3); p--)
        {
            if (!Tokens.Is(p, "and")) continue;
            if (NamedAt(p + 1) is { } right && NamedAt(p - 1) is { } left && right != left
                && right.Type == left.Type && right.Type is EntityType.Person or EntityType.Gpe or EntityType.Org)
                return [ResolvedActor.Of(left), ResolvedActor.Of(right)];
        }
        return [];
    }

    /// <summary>A pronoun's referent, by the reference stage where it decided, else by the rules in the class summary.</summary>
    public ResolvedActor? ResolvePronoun(int t) => ResolvePronoun(t, Tokens.GetString(t));

    /// <summary>Resolves <paramref name="word"/> standing at token <paramref name="t"/>: the pronoun of a contraction ("she'll") is not the whole token.</summary>
    public ResolvedActor? ResolvePronoun(int t, string word)
    {
        if (index.EntityAt(t) is { } tied) return ResolvedActor.Of(tied);
        var quote = index.QuoteAt(t);
        var ownWords = index.InQuotedWords(t);
        var speaker = quote is null ? null : SpeakerOf(quote);

        if (Is(word, "i") || Is(word, "me") || Is(word, "my"))
            return ownWords ? speaker : null;
        if (Is(word, "we") || Is(word, "us") || Is(word, "our"))
            return quote is null ? null : BodyOf(quote) ?? speaker;
        if (Is(word, "he") || Is(word, "she") || Is(word, "his") || Is(word, "her") || Is(word, "him"))
        {
            if (quote is not null && !ownWords && speaker?.Entity is { Type: EntityType.Person } speakerPerson && !OtherGender(speakerPerson, word)) return speaker;
            return LatestBefore(t, e => e.Type == EntityType.Person && e.Id != speaker?.Id) is { } person ? ResolvedActor.Of(person) : null;
        }
        if (Is(word, "it") || Is(word, "its") || Is(word, "they") || Is(word, "their") || Is(word, "them"))
        {
            // in the speaker's own words "it" and "they" may be anything the speaker has in mind
            if (ownWords) return null;
            if (quote is not null && speaker is not null && speaker.Entity?.Type != EntityType.Person) return speaker;
            if (Is(word, "it") || Is(word, "its"))
                return LatestBefore(t, e => e.Type is EntityType.Org or EntityType.Gpe) is { } body ? ResolvedActor.Of(body) : null;
            return null;
        }
        return null;
    }

    /// <summary>True when pronouns already tied to the person show the other gender ("she" for someone referred to as "he").</summary>
    private bool OtherGender(Entity person, string pronoun)
    {
        var feminine = Is(pronoun, "she") || Is(pronoun, "her");
        foreach (var reference in person.References.Take(MaxMentionsRead * 4))
        {
            var text = index.Document.Slice(reference);
            var isFeminine = Is(text, "she") || Is(text, "her") || Is(text, "hers") || Is(text, "herself");
            var isMasculine = Is(text, "he") || Is(text, "him") || Is(text, "his") || Is(text, "himself");
            if (feminine && isMasculine || !feminine && isFeminine) return true;
        }
        return false;
    }

    /// <summary>The speaker of a quote, as an entity where it is one.</summary>
    public ResolvedActor? SpeakerOf(Quote quote)
    {
        if (quote.SpeakerId is { } id && index.Document.FindEntity(id) is { } entity) return ResolvedActor.Of(entity);
        if (quote.Source is { } source && EntitiesIn(source).FirstOrDefault(e => e.Type != EntityType.Person) is { } body
            && quote.SpeakerName is { } name && !name.Contains(' ')) return ResolvedActor.Of(body);
        return quote.SpeakerName is { } description ? new ResolvedActor(description, null) : null;
    }

    /// <summary>
    /// The body a speaker speaks for: the organisation or country in the speaker's title or
    /// apposition ("U.S. Secretary of State Antony Blinken", "Khalilzad, a senior US diplomat"), or
    /// named in a described speaker ("officials from the United States").
    /// </summary>
    public ResolvedActor? BodyOf(Quote quote)
    {
        if (quote.SpeakerId is { } id && index.Document.FindEntity(id) is { } entity)
        {
            if (entity.Type is EntityType.Org or EntityType.Gpe) return ResolvedActor.Of(entity);
            if (entity.Type == EntityType.Person) return AffiliationOf(entity);
            return null;
        }
        if (quote.Source is { } source && EntitiesIn(source).FirstOrDefault(e => e.Type != EntityType.Person) is { } body)
            return body.Type == EntityType.Norp ? CountryOf(body) : ResolvedActor.Of(body);
        return null;
    }

    public ResolvedActor? AffiliationOf(Entity person)
    {
        // titles and appositions come with the first mentions; later ones add nothing but cost
        foreach (var mention in person.Mentions.Take(MaxMentionsRead))
        {
            var first = Tokens.FirstTokenAt(mention.Start);
            var sentence = Tokens.SentenceOf(first);
            if (sentence < 0) continue;
            var sentenceStart = Tokens.Sentence(sentence).FirstToken;
            var sentenceEnd = Tokens.Sentence(sentence).EndToken;
            // the title before the name, up to a clause edge
            for (var t = first - 1; t >= Math.Max(sentenceStart, first - 7); t--)
            {
                if (!Tokens.IsWord(t) || ClauseWords.Contains(ClauseWords.Prepositions, Tokens[t]) && !Tokens.Is(t, "of")) break;
                if (AsBody(index.EntityAt(t)) is { } body) return body;
            }
            // the apposition after it
            var last = first;
            while (last + 1 < sentenceEnd && index.EntityAt(last + 1) == person) last++;
            if (!Tokens.IsComma(last + 1)) continue;
            for (var t = last + 2; t < Math.Min(sentenceEnd, last + 14); t++)
            {
                if (Tokens.IsComma(t) || Tokens.IsSentenceEndPunctuation(t)) break;
                if (AsBody(index.EntityAt(t)) is { } body) return body;
            }
        }
        return null;
    }

    private ResolvedActor? AsBody(Entity? entity) => entity?.Type switch
    {
        EntityType.Gpe or EntityType.Org => ResolvedActor.Of(entity),
        EntityType.Norp => CountryOf(entity),
        _ => null,
    };

    /// <summary>The country a nationality belongs to ("Afghan" is Afghanistan), as the article's entity where it names it.</summary>
    private ResolvedActor? CountryOf(Entity nationality)
    {
        foreach (var entry in gazetteer.Lookup(nationality.Name))
        {
            if (gazetteer.CountryOf(entry) is not { } country) continue;
            foreach (var e in index.Document.Entities)
                if (e.Type == EntityType.Gpe && e.Name == country.Name) return ResolvedActor.Of(e);
            return new ResolvedActor(country.Name, null);
        }
        return null;
    }

    private ResolvedActor? Description(int first, int last)
    {
        while (first <= last && (Tokens.IsAny(first, DeterminersAndQuantifiers) || !Tokens.IsWord(first))) first++;
        while (last >= first && !Tokens.IsWord(last)) last--;
        if (first > last) return null;
        if (Tokens.IsAny(last, ActorlessHeads) || ClauseWords.Contains(ClauseWords.Pronouns, Tokens[last])) return null;
        var text = Tokens.Text.Substring(Tokens.Tokens[first].Start, Tokens.Tokens[last].End - Tokens.Tokens[first].Start);
        return new ResolvedActor(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), null);
    }

    /// <summary>"the Obama administration", "the Ricketts family": a body the article names by its people or leader.</summary>
    private ResolvedActor? BodyDescription(int first, int last) =>
        Tokens.IsAny(last, BodyHeads) && index.EntityAt(last) is null ? Description(first, last) : null;

    private IEnumerable<Entity> EntitiesIn(TextSpan span)
    {
        for (var t = Tokens.FirstTokenAt(span.Start); t < Tokens.Count && Tokens.Tokens[t].Start < span.End; t++)
            if (index.EntityAt(t) is { } entity && !index.IsReference(t)) yield return entity;
    }

    private Entity? LatestBefore(int token, Func<Entity, bool> accept, int maxLookBack = MaxLookBack)
    {
        for (var t = token - 1; t >= Math.Max(0, token - maxLookBack); t--)
            if (index.EntityAt(t) is { } entity && accept(entity)) return entity;
        return null;
    }

    private int EndOfEntity(int t, Entity entity)
    {
        while (t + 1 < Tokens.Count && index.EntityAt(t + 1) == entity && !IsPossessive(t + 1)) t++;
        return t;
    }

    /// <summary>The pronoun of "he'll", "she's", "they've".</summary>
    public static string? Contraction(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe <= 0 || apostrophe == word.Length - 1) return null;
        var pronoun = word[..apostrophe];
        return ClauseWords.Contains(ClauseWords.Pronouns, pronoun) ? pronoun.ToString() : null;
    }

    private bool InPhrase(int t)
    {
        if (Tokens.IsWord(t))
        {
            var word = Tokens[t];
            // a verb form ends the phrase on its left: "tweets praising | the organization's leaders"
            if (!Tokens.IsCapitalized(t) && word.Length > 4 && (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !Tokens.IsAny(t - 1, ClauseWords.Determiners)))
                return false;
            if (ClauseWords.Contains(ClauseWords.ClauseOpeners, word) || ClauseWords.Contains(ClauseWords.Modals, word)) return false;
            if (ClauseWords.Contains(ClauseWords.Prepositions, word)) return Tokens.Is(t, "of") || Tokens.Is(t, "from") || Tokens.Is(t, "for");
            if (Tokens.IsAny(t, PhraseBreakers)) return false;
            if (ClauseWords.Contains(ClauseWords.Pronouns, word) && !ClauseWords.Contains(ClauseWords.Determiners, word)) return false;
            return true;
        }
        // "China and the United States", "Obama, others"; a comma only between names
        return Tokens.IsComma(t) && index.EntityAt(t - 1) is not null && (index.EntityAt(t + 1) is not null || Tokens.Is(t + 1, "others"));
    }

    /// <summary>"Wells Fargo just this month announced": a date between subject and verb.</summary>
    private bool InTimeExpression(int t) => index.InTimeExpression(t);

    /// <summary>The "’s" of "who’s called for", split off as if possessive: "has" or "is", not a possessor.</summary>
    private bool IsContractedAuxiliary(int t) =>
        IsPossessive(t) && (IsRelative(t - 1) || Tokens.Is(t - 1, "who") || Tokens.Is(t - 1, "he") || Tokens.Is(t - 1, "she")
                            || Tokens.Is(t - 1, "it") || Tokens.Is(t - 1, "that"));

    /// <summary>
    /// The fullest name the article gives a body: "Security Council" named elsewhere in the same
    /// article as "United Nations Security Council" is that council.
    /// </summary>
    public string FullestName(Entity entity)
    {
        if (entity.Type == EntityType.Person || !entity.Name.Contains(' ')) return entity.Name;
        var best = entity.Name;
        foreach (var other in index.Document.Entities)
            if (other.Type == entity.Type && other.Name.Length > best.Length
                && other.Name.EndsWith(" " + entity.Name, StringComparison.OrdinalIgnoreCase))
                best = other.Name;
        return best;
    }

    private bool IsRelative(int t) => Tokens.Is(t, "who") || Tokens.Is(t, "which") || Tokens.Is(t, "who's") || Tokens.Is(t, "who’s");

    private bool IsPossessive(int t) => Tokens.IsWord(t) && (Tokens[t] is "'s" or "’s" or "'" or "’");

    private bool IsPossessor(int t) => index.EntityAt(t) is { } e && IsPossessive(EndOfEntity(t, e) + 1);

    private bool IsGroupHead(int t) => Tokens.IsAny(t, GroupHeads);

    private int? AppositionStart(int comma, int sentenceStart)
    {
        for (var j = comma - 1; j >= Math.Max(sentenceStart, comma - 15); j--)
        {
            if (Tokens.IsComma(j))
                return j - 1 >= sentenceStart && Tokens.IsWord(j - 1) && Tokens.IsAny(j + 1, ClauseWords.Determiners) ? j - 1 : null;
            if (Tokens.IsSentenceEndPunctuation(j) || Tokens.IsQuoteMark(j)) return null;
        }
        return null;
    }

    private int? PreviousDash(int from, int sentenceStart)
    {
        for (var j = from; j >= Math.Max(sentenceStart, from - 20); j--)
            if (Tokens.IsDash(j)) return j;
        return null;
    }

    private bool NameHas(Entity entity, ReadOnlySpan<char> word) => entity.Name.AsSpan().Contains(word, StringComparison.OrdinalIgnoreCase);

    private static bool Is(ReadOnlySpan<char> word, string value) => word.Equals(value, StringComparison.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SubjectPronouns = Set("he", "she", "they", "we", "i", "it");

    private static readonly FrozenSet<string> PrepositionsBeforeObjects = Set(
        "of", "in", "on", "at", "to", "for", "with", "from", "by", "about", "against", "between", "into", "over", "under",
        "through", "during", "without", "within", "toward", "towards", "after", "before", "like", "than", "as", "praising");

    private static readonly FrozenSet<string> DeterminersAndQuantifiers = ClauseWords.Determiners.Union(Quantifiers).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Heads that never name who is bound: "it", "this", "there", abstract nouns.</summary>
    private static readonly FrozenSet<string> ActorlessHeads = Set("it", "this", "that", "there", "what", "which", "who", "people", "one", "time");

    private static readonly FrozenSet<string> PhraseBreakers = Set(
        "that", "if", "as", "then", "is", "was", "are", "were", "be", "been", "has", "have", "had", "said", "says", "told", "to",
        "not", "also", "even", "just", "however", "said", "did", "does", "do", "when", "while", "after", "before", "because");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

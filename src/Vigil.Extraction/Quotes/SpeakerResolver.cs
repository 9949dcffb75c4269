using Vigil.Documents;

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
    private readonly List<Entity> _entities;
    private readonly List<(TextSpan Span, int Entity)> _mentions = [];
    private readonly List<TextSpan> _quotations;
    private readonly SpeakerPhrases _phrases;

    public SpeakerResolver(TokenText tokens, IEnumerable<Entity> entities, List<TextSpan> quotations)
    {
        _tokens = tokens;
        _entities = [.. entities];
        _quotations = quotations;
        _phrases = new SpeakerPhrases(tokens);
        IndexMentions();
    }

    /// <summary>The entities, with the ones this resolver added for speakers named nowhere else.</summary>
    public IReadOnlyList<Entity> Entities => _entities;

    public ResolvedSpeaker Resolve(TokenRange source)
    {
        var span = _tokens.Span(source.First, source.Last);
        if (ReferredEntity(span) is { } referred) return new ResolvedSpeaker(referred, referred.Name, span);
        if (source.Length == 1)
        {
            var word = _tokens[source.First];
            if (word.Equals("who", StringComparison.OrdinalIgnoreCase) || word.Equals("which", StringComparison.OrdinalIgnoreCase))
            {
                var before = _tokens.IsComma(source.First - 1) ? source.First - 2 : source.First - 1;
                var sentenceFirst = _tokens.Sentence(_tokens.SentenceOf(source.First)).FirstToken;
                return _phrases.PhraseEndingAt(before, sentenceFirst) is { } antecedent
                    ? Resolve(antecedent) with { Reference = span }
                    : new ResolvedSpeaker(null, null, span);
            }
            if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase))
            {
                var person = NearestBefore(span.Start, e => e.Type == EntityType.Person);
                return new ResolvedSpeaker(person, person?.Name, span);
            }
            if (WordClasses.Contains(WordClasses.PersonalPronouns, word))
            {
                // "they", "we", "it": a group named just before, if any; never the pronoun itself
                var group = word.Equals("i", StringComparison.OrdinalIgnoreCase) || word.Equals("you", StringComparison.OrdinalIgnoreCase)
                    ? null
                    : NearestBefore(span.Start, e => e.Type is EntityType.Org or EntityType.Norp, maxDistance: 400);
                return new ResolvedSpeaker(group, group?.Name, span);
            }
        }
        return ResolvePhrase(source);
    }

    /// <summary>The entity that the reference stage found this pronoun or role noun to mean.</summary>
    private Entity? ReferredEntity(TextSpan span)
    {
        foreach (var entity in _entities)
            if (entity.References.Contains(span)) return entity;
        return null;
    }

    private ResolvedSpeaker ResolvePhrase(TokenRange source)
    {
        var head = HeadOf(source);
        var headSpan = _tokens.Span(head.First, head.Last);

        Entity? best = null;
        var bestEnd = -1;
        foreach (var (mention, index) in _mentions)
        {
            if (!headSpan.Contains(mention)) continue;
            var entity = _entities[index];
            var better = best is null
                || entity.Type == EntityType.Person && best.Type != EntityType.Person
                || entity.Type == best.Type && mention.End > bestEnd;
            if (better)
            {
                best = entity;
                bestEnd = mention.End;
            }
        }
        // "officials from the United States" is described by its head noun, not by the country it mentions
        if (best is not null && (best.Type == EntityType.Person || bestEnd == headSpan.End || _tokens.IsCapitalized(head.First)))
            return new ResolvedSpeaker(best, best.Name, null);

        if (RoleHolder(head) is { } holder) return new ResolvedSpeaker(holder, holder.Name, headSpan);

        if (NameIn(head) is { } name) return new ResolvedSpeaker(AddPerson(name), _tokens.Text[name.Start..name.End], null);

        return new ResolvedSpeaker(null, Describe(source), null);
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

    private string Describe(TokenRange source)
    {
        var head = HeadOf(source);
        return _tokens.Text[_tokens.Tokens[head.First].Start.._tokens.Tokens[head.Last].End];
    }

    /// <summary>"the secretary" is the person the article titled Secretary of something, most recently named.</summary>
    private Entity? RoleHolder(TokenRange head)
    {
        if (head.Length > 3 || !_tokens.IsAny(head.First, WordClasses.Determiners)) return null;
        var role = _tokens.GetString(head.Last);
        if (!WordClasses.Contains(WordClasses.RoleNouns, role)) return null;
        return NearestBefore(_tokens.Tokens[head.First].Start,
            e => e.Type == EntityType.Person && e.Title is { } title && title.Contains(role, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A proper name at the end of the phrase, after any titles: "White House Press Secretary Jen Psaki".</summary>
    private TextSpan? NameIn(TokenRange head)
    {
        if (!_tokens.IsCapitalized(head.Last)) return null;
        var first = head.Last;
        while (first - 1 >= head.First && _tokens.IsCapitalized(first - 1) && !IsTitleWord(first - 1)) first--;
        if (IsTitleWord(first) || _tokens.IsAny(first, WordClasses.Determiners)) return null;
        return _tokens.Span(first, head.Last);
    }

    private bool IsTitleWord(int i) => WordClasses.Contains(WordClasses.RoleNouns, _tokens[i].TrimEnd('.')) || WordClasses.Contains(TitleWords, _tokens[i].TrimEnd('.'));

    private static readonly FrozenSet<string> TitleWords = new[]
    {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "sen", "rep", "gov", "prof", "rev", "press",
        "state", "house", "white", "national", "security", "defense", "defence", "foreign", "prime", "vice", "deputy",
        "senior", "former", "acting", "interim", "u.s", "us", "uk", "un", "of", "the", "sir", "dame", "lord", "lady",
        "mullah", "sheikh", "imam", "president-elect",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private Entity AddPerson(TextSpan name)
    {
        var text = _tokens.Text[name.Start..name.End];
        var surname = text[(text.LastIndexOf(' ') + 1)..];
        for (var i = 0; i < _entities.Count; i++)
        {
            var e = _entities[i];
            if (e.Type != EntityType.Person) continue;
            if (e.Name.Equals(text, StringComparison.OrdinalIgnoreCase) || e.Name.EndsWith(" " + surname, StringComparison.OrdinalIgnoreCase))
            {
                var updated = e with { Mentions = e.Mentions.Add(name), Aliases = e.Aliases.Contains(text) ? e.Aliases : e.Aliases.Add(text) };
                _entities[i] = updated;
                _mentions.Add((name, i));
                return updated;
            }
        }
        var entity = new Entity($"e{_entities.Count + 1}", text, EntityType.Person, [text], [name], []);
        _entities.Add(entity);
        _mentions.Add((name, _entities.Count - 1));
        return entity;
    }

    /// <summary>The entity of the nearest mention before a position that is not itself inside a quotation.</summary>
    private Entity? NearestBefore(int position, Func<Entity, bool> accept, int maxDistance = 3000)
    {
        Entity? best = null;
        var bestEnd = -1;
        foreach (var (mention, index) in _mentions)
        {
            if (mention.End > position || mention.End <= bestEnd || position - mention.End > maxDistance) continue;
            if (InsideQuotation(mention) || !accept(_entities[index])) continue;
            best = _entities[index];
            bestEnd = mention.End;
        }
        return best;
    }

    private bool InsideQuotation(TextSpan mention)
    {
        foreach (var q in _quotations)
            if (q.Contains(mention)) return true;
        return false;
    }

    private void IndexMentions()
    {
        for (var i = 0; i < _entities.Count; i++)
            foreach (var m in _entities[i].Mentions)
                _mentions.Add((m, i));
    }

    /// <summary>Adds the pronoun or role noun that referred to a speaker to the speaker's references.</summary>
    public Entity AddReference(Entity entity, TextSpan reference)
    {
        var index = _entities.FindIndex(e => e.Id == entity.Id);
        if (index < 0 || _entities[index].References.Contains(reference) || _entities[index].Mentions.Contains(reference)) return entity;
        var updated = _entities[index] with { References = _entities[index].References.Add(reference) };
        _entities[index] = updated;
        return updated;
    }
}

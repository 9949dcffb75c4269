using Vigil.Collections;
using Vigil.Documents;
using Vigil.Extraction.Entities;
using Vigil.Extraction.Quotes;

namespace Vigil.Extraction.References;

/// <summary>
/// The people of one document with what reference resolution needs to know of them: where each is
/// named (and whether as the subject of the sentence), their gender when the article shows it, and
/// the references found so far.
/// </summary>
internal sealed class PeopleInDocument
{
    private readonly TokenText _tokens;
    private readonly List<Entity> _entities;
    private readonly List<Mention> _mentions = [];
    private readonly List<Mention> _resolved = [];   // references found so far, in text order
    private readonly Dictionary<int, char> _gender = [];
    private readonly Dictionary<int, List<TextSpan>> _added = [];
    private readonly SpeakerPhrases _phrases;

    private const int MaxMentionsExamined = 64;

    /// <summary>Words that open a fronted phrase or clause, after whose comma the subject comes.</summary>
    private static readonly FrozenSet<string> FrontedOpeners = new[]
    {
        "in", "on", "at", "by", "over", "after", "before", "during", "when", "while", "as", "since", "although",
        "though", "if", "because", "despite", "with", "without", "for", "from", "under", "speaking", "asked",
        "earlier", "later", "last", "this", "meanwhile", "however", "but", "and", "still", "yet", "also",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="OpensFrontedClause">The subject of a fronted clause ("Though he did not mention Rubio, he …"): less salient than the sentence's subject, more than the rest.</param>
    /// <param name="OwnsTheSubject">The owner of the subject ("Trump's misinformation may be …"): as salient as <paramref name="OpensFrontedClause"/>.</param>
    private readonly record struct Mention(int FirstToken, int LastToken, int Sentence, int Entity, bool IsSubject, bool OpensFrontedClause = false, bool OwnsTheSubject = false);

    public PeopleInDocument(TokenText tokens, ImmutableArray<Entity> entities, Gazetteer gazetteer)
    {
        _tokens = tokens;
        _entities = [.. entities];
        _phrases = new SpeakerPhrases(tokens);
        for (var e = 0; e < _entities.Count; e++)
        {
            var entity = _entities[e];
            if (entity.Type != EntityType.Person) continue;
            if (entity.Title is { } title && gazetteer.FindTitle(NameKey.For(title)) is { Gender: { } gender }) _gender[e] = gender;
            else if (GivenNames.GenderOfFullNames(entity) is { } given) _gender[e] = given;
            foreach (var span in entity.Mentions)
            {
                var first = tokens.FirstTokenAt(span.Start);
                if (first >= tokens.Count || tokens.SentenceOf(first) < 0) continue;
                // "Mr. Obama", "Mrs. Clinton": an honorific before any mention tells the gender the entity's first title may not
                if (!_gender.ContainsKey(e) && HonorificBefore(first, gazetteer) is { } honoured) _gender[e] = honoured;
                var last = LastTokenOf(span, first);
                _mentions.Add(new Mention(first, last, tokens.SentenceOf(first), e, IsSubject(first, last) && !AfterCue(first), OpensFrontedClause(first, last)));
            }
            // no title, honorific or full name to go on: a person named by a given name alone ("Melanie said") carries its gender
            if (!_gender.ContainsKey(e) && GivenNames.GenderOfLoneNamed(entity) is { } lone) _gender[e] = lone;
        }
        _mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        // "Clinton communication director Jennifer Palmieri said": a name that only qualifies the
        // person named after it in the same phrase is not the sentence's subject
        for (var i = 0; i + 1 < _mentions.Count; i++)
        {
            var (m, next) = (_mentions[i], _mentions[i + 1]);
            if (m.IsSubject && next.Entity != m.Entity && next.Sentence == m.Sentence && QualifiesNext(m, next))
            {
                // "Sanders's campaign manager, Jeff Weaver, appeared": the one the phrase names is the subject
                _mentions[i] = m with { IsSubject = false };
                _mentions[i + 1] = next with { IsSubject = true };
            }
        }
        // "Trump's misinformation may be “strategic,” said Jeffery Hemsley": the owner of the subject is not the subject
        for (var i = 0; i < _mentions.Count; i++)
            if (_mentions[i].IsSubject && _tokens.IsPossessive(_mentions[i].LastToken + 1))
                _mentions[i] = _mentions[i] with { IsSubject = false, OwnsTheSubject = true };
    }

    private bool IsRole(int k) => k < _tokens.Count && _tokens.IsWord(k) && WordClasses.Contains(WordClasses.RoleNouns, _tokens[k]);

    /// <summary>
    /// Whether only a title, a role or "’s" stands between a mention and the next person's, as in
    /// one noun phrase; not a verb ("Sanders questioned Mr. Trump's …") or a conjunction ("Donald and Ivana Trump").
    /// </summary>
    private bool QualifiesNext(Mention m, Mention next)
    {
        if (next.FirstToken <= m.LastToken || next.FirstToken - m.LastToken > 5) return false;
        // a title or role in capitals, a role noun, a word before one ("communication director"), or "’s"
        for (var k = m.LastToken + 1; k < next.FirstToken; k++)
            if (!(_tokens.Is(k, "’s") || _tokens.Is(k, "'s") || IsRole(k) || IsRole(k + 1) && _tokens.IsWord(k) || _tokens.IsCapitalized(k) && !_phrases.IsCue(k)
                  || _tokens.IsComma(k) && k == next.FirstToken - 1 && IsRole(k - 1)))   // "’s campaign manager, Jeff Weaver"
                return false;
        return true;
    }

    /// <summary>
    /// The person a pronoun at <paramref name="pronoun"/> most likely means: each candidate's best
    /// mention in the last few sentences, scored by distance, subjecthood and being the one
    /// already referred to; a known gender that disagrees rules a candidate out (no gender: a
    /// description such as "the Australian" says none).
    /// </summary>
    public int? MostSalientBefore(int pronoun, char? gender, bool isObject, int maxSentencesBack, SortedSpans quotations, bool earlierSentencesOnly = false)
    {
        var sentence = _tokens.SentenceOf(pronoun);
        if (sentence < 0) return null;
        var scores = new Dictionary<int, double>();
        var excluded = new HashSet<int>();
        var examined = 0;
        foreach (var m in MentionsBefore(pronoun))
        {
            if (++examined > MaxMentionsExamined) break;   // a sentence naming the same person a thousand times
            var distance = sentence - m.Sentence;
            if (distance > maxSentencesBack) break;
            if (earlierSentencesOnly && distance == 0) continue;
            if (gender is { } wanted && _gender.TryGetValue(m.Entity, out var known) && known != wanted) continue;
            var latest = !scores.ContainsKey(m.Entity) && !excluded.Contains(m.Entity);
            if (quotations.AnyContains(_tokens.Tokens[m.FirstToken].Span))
            {
                // one named last inside a quotation is spoken of, not speaking ("… under the leadership of Mr. Trump,” he added)
                if (latest) excluded.Add(m.Entity);
                continue;
            }
            if (isObject && distance == 0 && m.IsSubject) excluded.Add(m.Entity);   // "Ortega praised him": not Ortega

            // a person's best mention counts: "Lichtman said … his connections with Bush. He added" is Lichtman's "He", though "his" came later
            var score = -10.0 * distance + (m.IsSubject ? 6 : m.OpensFrontedClause || m.OwnsTheSubject ? 3 : 0) + (_added.ContainsKey(m.Entity) ? 2 : 0) - 0.001 * (pronoun - m.FirstToken);
            if (!scores.TryGetValue(m.Entity, out var previous) || score > previous) scores[m.Entity] = score;
        }
        int? best = null;
        var bestScore = double.MinValue;
        foreach (var (entity, score) in scores)
            if (!excluded.Contains(entity) && (score > bestScore || score == bestScore && entity < best))
                (best, bestScore) = (entity, score);
        return best;
    }

    /// <summary>
    /// The person a description such as "the candidate" most likely means: of those named in the
    /// few sentences before its own (outside quotations), the one the article has named most so
    /// far, the story's main actor; the nearest on a tie. Unlike a pronoun's, a description's
    /// referent is seldom just the last one named ("Trump's campaign manager, Corey Lewandowski,
    /// said … The candidate").
    /// </summary>
    public int? MostProminentBefore(int token, int maxSentencesBack, SortedSpans quotations)
    {
        var sentence = _tokens.SentenceOf(token);
        if (sentence < 0) return null;
        int? best = null;
        var bestCount = 0;
        var seen = new HashSet<int>();
        var examined = 0;
        foreach (var m in MentionsBefore(token))
        {
            if (++examined > MaxMentionsExamined) break;
            var distance = sentence - m.Sentence;
            if (distance > maxSentencesBack) break;
            if (distance == 0 || quotations.AnyContains(_tokens.Tokens[m.FirstToken].Span) || !seen.Add(m.Entity)) continue;
            var count = NamedBefore(m.Entity, token);
            if (count > bestCount)
            {
                bestCount = count;
                best = m.Entity;
            }
        }
        return best;
    }

    /// <summary>How often the article names a person before a token.</summary>
    private int NamedBefore(int entity, int token)
    {
        _mentionsOf ??= _mentions.GroupBy(m => m.Entity).ToDictionary(g => g.Key, g => g.ToList());
        return _mentionsOf.TryGetValue(entity, out var mentions) ? LowerBound(mentions, token) : 0;
    }

    private Dictionary<int, List<Mention>>? _mentionsOf;

    private char? HonorificBefore(int first, Gazetteer gazetteer)
    {
        var k = first - 1;
        if (_tokens.IsChar(k, '.')) k--;
        return k >= 0 && _tokens.IsWord(k) && gazetteer.FindTitle(NameKey.For(_tokens[k].TrimEnd('.'))) is { Kind: "honorific", Gender: { } gender } ? gender : null;
    }

    /// <summary>Mentions and resolved references starting before a token, nearest first.</summary>
    private IEnumerable<Mention> MentionsBefore(int token)
    {
        var i = LowerBound(_mentions, token) - 1;
        var j = LowerBound(_resolved, token) - 1;
        while (i >= 0 || j >= 0)
            yield return j < 0 || i >= 0 && _mentions[i].FirstToken >= _resolved[j].FirstToken ? _mentions[i--] : _resolved[j--];
    }

    /// <summary>The first index whose mention starts at or after <paramref name="token"/>.</summary>
    private static int LowerBound(List<Mention> list, int token)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (list[mid].FirstToken < token) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// Whether the person is the subject of the sentence before the one token <paramref name="token"/>
    /// stands in: "Mike Pence says too much is made of Trump's tweets. The Republican vice
    /// presidential nominee was speaking …" — the sentence after goes on about that subject.
    /// </summary>
    public bool IsSubjectOfSentenceBefore(int entity, int token)
    {
        var previous = _tokens.SentenceOf(token) - 1;
        foreach (var m in MentionsBefore(token))
        {
            if (m.Sentence < previous) break;
            if (m.Sentence == previous && m.Entity == entity && m.IsSubject) return true;
        }
        return false;
    }

    /// <summary>The title the article gives the person ("Fox News host"), or null.</summary>
    public string? TitleOf(int entity) => _entities[entity].Title;

    /// <summary>
    /// The person most recently named with a title containing <paramref name="role"/> ("the
    /// secretary" → Secretary of State Blinken), or its abbreviation or other name ("the senator" → Sen. Warren,
    /// "the judge" → Justice Frank Nervo).
    /// </summary>
    public int? LatestTitled(int before, string role)
    {
        var abbreviation = RoleAbbreviations.GetValueOrDefault(role.ToLowerInvariant());
        for (var i = LowerBound(_mentions, before) - 1; i >= 0; i--)
        {
            var entity = _entities[_mentions[i].Entity];
            if (entity.Title is not { } title) continue;
            if (title.Contains(role, StringComparison.OrdinalIgnoreCase)
                || abbreviation is not null && NameKey.For(title).Split(' ').Contains(abbreviation)) return _mentions[i].Entity;
        }
        return null;
    }

    private static readonly FrozenDictionary<string, string> RoleAbbreviations = new Dictionary<string, string>
    {
        ["senator"] = "sen", ["governor"] = "gov", ["representative"] = "rep", ["congressman"] = "rep", ["congresswoman"] = "rep",
        ["president"] = "pres", ["general"] = "gen", ["lieutenant"] = "lt", ["colonel"] = "col", ["sergeant"] = "sgt",
        // "the judge" after "Supreme Court Justice Frank Nervo"
        ["judge"] = "justice",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Records a reference; it then counts as a mention of its person, so that a chain of "she
    /// says … She adds …" stays with the person it started with.
    /// </summary>
    public void AddReference(int entity, TextSpan span, char? gender)
    {
        if (!_added.TryGetValue(entity, out var list)) _added[entity] = list = [];
        list.Add(span);
        if (gender is { } g) _gender.TryAdd(entity, g);
        var first = _tokens.FirstTokenAt(span.Start);
        var last = LastTokenOf(span, first);
        _resolved.Add(new Mention(first, last, _tokens.SentenceOf(first), entity, IsSubject(first, last), OpensFrontedClause(first, last)));
    }

    public ImmutableArray<Entity> ToEntities()
    {
        var result = ImmutableArray.CreateBuilder<Entity>(_entities.Count);
        for (var e = 0; e < _entities.Count; e++)
        {
            var entity = _entities[e];
            if (_added.TryGetValue(e, out var spans))
                entity = entity with { References = [.. entity.References.Concat(spans).Distinct().Order()] };
            result.Add(entity);
        }
        return result.MoveToImmutable();
    }

    /// <summary>
    /// Named as the subject: at the start of its sentence (after an opening connective or a
    /// fronted phrase and its comma), right before a cue verb ("…, Khalilzad wrote"), or after a
    /// comma right before a verb in the past ("…, Nega defended his decision"); not inside a
    /// fronted clause ("When Maddow pointed out …, Clinton seized upon it").
    /// </summary>
    private bool IsSubject(int first, int last)
    {
        // "The Cruz campaign on Monday picked up …", "Trump aides said": the name qualifies the noun that is the subject
        if (!_tokens.IsCapitalized(last + 1) && (_tokens.IsAny(last + 1, WordClasses.EntourageNouns) || IsRole(last + 1))) return false;
        var sentence = _tokens.Sentence(_tokens.SentenceOf(first));
        var start = sentence.FirstToken;
        // after a fronted phrase ("In Kabul on Monday, Smith …"), not after an aside ("Clinton, like Obama, …")
        if (_tokens.IsAny(start, FrontedOpeners) && FrontedComma(sentence) is { } comma)
        {
            if (comma > last && _tokens.IsAny(start, WordClasses.SubordinatingConjunctions)) return false;
            if (comma < first) start = comma + 1;
        }
        if (first - start <= 3 && !PrepositionBetween(start, first) && !CueBetween(start, first) || TitleRunBefore(start, first) || InvertedSpeaker(first)) return true;
        var next = last + 1;
        while (next < _tokens.Count && _phrases.IsCueModifier(next)) next++;
        return _phrases.IsCue(next)
               || _tokens.IsComma(first - 1) && _tokens.IsWord(last + 1) && !_tokens.IsCapitalized(last + 1) && WordClasses.IsPastTense(_tokens[last + 1]);
    }

    /// <summary>
    /// "Tarar said selling Trump to other Muslims …": a name after the sentence's verb is no subject,
    /// however near the start (a cue word before a capitalised one is a noun: "state Rep. Gilda Cobb-Hunter").
    /// </summary>
    private bool CueBetween(int start, int first)
    {
        for (var k = start; k < first; k++)
            if (_phrases.IsCue(k) && !_tokens.IsCapitalized(k + 1)) return true;
        return false;
    }

    /// <summary>
    /// "The race between Clinton and Sanders", "Aides to Clinton": a name in a phrase that qualifies
    /// the subject; "Bush went after Trump", "Cruz has criticized Trump": a name after the verb is its object.
    /// </summary>
    private bool PrepositionBetween(int start, int first)
    {
        for (var k = start + 1; k < first; k++)
        {
            if (!_tokens.IsWord(k) || _tokens.IsCapitalized(k)) continue;
            // "According to Ham, …" names the source, the one a later "he said" means
            if (_tokens.IsAny(k, Prepositions) && !_tokens.Is(k - 1, "according")) return true;
            if (WordClasses.IsPastTense(_tokens[k]) || _tokens.IsAny(k, WordClasses.FiniteAuxiliaries)) return true;
        }
        return false;
    }

    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "between", "of", "with", "for", "to", "against", "about", "from", "by", "among", "like", "than", "behind", "toward", "towards",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The comma that ends a sentence's fronted phrase or clause, the first in its 40 tokens, or null.</summary>
    private int? FrontedComma(Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken && k - sentence.FirstToken < 40; k++)
            if (_tokens.IsComma(k)) return k;
        return null;
    }

    /// <summary>The subject of a fronted clause: "Though he …,", "When Maddow pointed out …,".</summary>
    private bool OpensFrontedClause(int first, int last)
    {
        var sentence = _tokens.Sentence(_tokens.SentenceOf(first));
        return first - sentence.FirstToken is >= 1 and <= 2 && _tokens.IsAny(sentence.FirstToken, WordClasses.SubordinatingConjunctions)
               && FrontedComma(sentence) > last;
    }

    /// <summary>
    /// Whether only a long title stands between the sentence's start and a name, one noun phrase
    /// with it: "And Clinton campaign Chairman John Podesta — … — offered", "Former Secretary of
    /// State Hillary Clinton, …": capitalised words, role nouns and the words that join them.
    /// </summary>
    private bool TitleRunBefore(int start, int first)
    {
        if (first - start > 8) return false;
        for (var k = start; k < first; k++)
            if (!(_tokens.IsCapitalized(k) || IsRole(k) || IsRole(k + 1) && _tokens.IsWord(k) && k + 1 < first
                  || _tokens.IsAny(k, TitleJoiners)))
                return false;
        return true;
    }

    private static readonly FrozenSet<string> TitleJoiners = new[] { "of", "the", "for", "’s", "'s", "former" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A name opening what someone else's cue reports ("McClenney said Clinton doesn't …") is the
    /// subject of the reported clause, not of the sentence; a pronoun there ("Clinton says she …")
    /// is the reporter again, and stays a subject.
    /// </summary>
    private bool AfterCue(int first)
    {
        var k = first - 1;
        if (_tokens.Is(k, "that")) k--;
        return k >= _tokens.Sentence(_tokens.SentenceOf(first)).FirstToken && _phrases.IsCue(k) && !InvertedSpeaker(first);
    }

    /// <summary>"“…,” said Harvey, who …": the speaker of a cue after its quotation, the sentence's subject.</summary>
    private bool InvertedSpeaker(int first) => first >= 2 && _phrases.IsCue(first - 1) && _tokens.IsQuoteMark(first - 2);

    private int LastTokenOf(TextSpan span, int first)
    {
        var last = first;
        while (last + 1 < _tokens.Count && _tokens.Tokens[last + 1].End <= span.End) last++;
        return last;
    }
}

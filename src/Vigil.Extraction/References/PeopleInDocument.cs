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
    private readonly Dictionary<int, char> _gender = [];
    private readonly Dictionary<int, List<TextSpan>> _added = [];
    private readonly SpeakerPhrases _phrases;

    private readonly record struct Mention(int FirstToken, int Sentence, int Entity, bool IsSubject);

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
            foreach (var span in entity.Mentions)
            {
                var first = tokens.FirstTokenAt(span.Start);
                if (first >= tokens.Count || tokens.SentenceOf(first) < 0) continue;
                var last = LastTokenOf(span, first);
                _mentions.Add(new Mention(first, tokens.SentenceOf(first), e, IsSubject(first, last)));
            }
        }
        _mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    /// <summary>
    /// The person a pronoun at <paramref name="pronoun"/> most likely means: the latest mention of
    /// each candidate in the last few sentences, scored by distance, subjecthood and being the one
    /// already referred to; a known gender that disagrees rules a candidate out.
    /// </summary>
    public int? MostSalientBefore(int pronoun, char gender, bool isObject, int maxSentencesBack, TextSpan[] quotations)
    {
        var sentence = _tokens.SentenceOf(pronoun);
        if (sentence < 0) return null;
        int? best = null;
        var bestScore = double.MinValue;
        var seen = new HashSet<int>();
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var m = _mentions[i];
            if (m.FirstToken >= pronoun) continue;
            var distance = sentence - m.Sentence;
            if (distance > maxSentencesBack) break;
            if (!seen.Add(m.Entity)) continue;   // only the latest mention of each person counts
            if (_gender.TryGetValue(m.Entity, out var known) && known != gender) continue;
            if (Inside(quotations, _tokens.Tokens[m.FirstToken].Span)) continue;
            if (isObject && distance == 0 && m.IsSubject) continue;   // "Ortega praised him": not Ortega

            var score = -10.0 * distance + (m.IsSubject ? 6 : 0) + (_added.ContainsKey(m.Entity) ? 2 : 0) - 0.001 * (pronoun - m.FirstToken);
            if (score > bestScore)
            {
                bestScore = score;
                best = m.Entity;
            }
        }
        return best;
    }

    /// <summary>The person most recently named with a title containing <paramref name="role"/> ("the secretary" → Secretary of State Blinken).</summary>
    public int? LatestTitled(int before, string role)
    {
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            if (_mentions[i].FirstToken >= before) continue;
            var entity = _entities[_mentions[i].Entity];
            if (entity.Title is { } title && title.Contains(role, StringComparison.OrdinalIgnoreCase)) return _mentions[i].Entity;
        }
        return null;
    }

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
        var mention = new Mention(first, _tokens.SentenceOf(first), entity, IsSubject(first, LastTokenOf(span, first)));
        var at = _mentions.FindLastIndex(m => m.FirstToken <= first) + 1;
        _mentions.Insert(at, mention);
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
    /// fronted phrase and its comma), or right before a cue verb ("…, Khalilzad wrote").
    /// </summary>
    private bool IsSubject(int first, int last)
    {
        var sentence = _tokens.Sentence(_tokens.SentenceOf(first));
        var start = sentence.FirstToken;
        for (var k = start; k < first && k - start < 12; k++)
            if (_tokens.IsComma(k)) start = k + 1;
        if (first - start <= 3) return true;
        var next = last + 1;
        while (next < _tokens.Count && _phrases.IsCueModifier(next)) next++;
        return _phrases.IsCue(next);
    }

    private int LastTokenOf(TextSpan span, int first)
    {
        var last = first;
        while (last + 1 < _tokens.Count && _tokens.Tokens[last + 1].End <= span.End) last++;
        return last;
    }

    private static bool Inside(TextSpan[] spans, TextSpan span)
    {
        foreach (var s in spans)
            if (s.Contains(span)) return true;
        return false;
    }
}

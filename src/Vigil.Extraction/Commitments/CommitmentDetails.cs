using Vigil.Documents;
using Vigil.Extraction.Clauses;
using Vigil.Extraction.Quotes;

namespace Vigil.Extraction.Commitments;

/// <summary>
/// What a commitment hangs on and by when: its condition ("if American citizens are threatened",
/// "unless…", "only if…", "as long as…", ", should he fail to…", "depend on how…"), its deadline (a
/// resolved time expression such as "by March of next year", or "soon", "immediately", "by the end
/// of the week", "within 30 days", "before the election"), the one it is made to or aimed at, and
/// its final kind (a negated act is a refusal, a punitive one a threat, a promise that hangs on
/// "only if" or "depends on" a condition).
/// </summary>
internal sealed class CommitmentDetails(DocumentIndex index)
{
    private const int DeadlineReach = 8;
    private const int ConditionReach = 30;

    private static readonly FrozenSet<string> DeadlineWords = Set("soon", "immediately", "shortly", "promptly");

    private static readonly FrozenSet<string> DeadlineEvents = Set("election", "deadline", "vote", "summit", "end", "start", "middle", "inauguration");

    private static readonly FrozenSet<string> StrictConditions = Set("unless", "provided", "providing");

    private TokenText Tokens => index.Tokens;

    public WordRange? Condition(CommitmentCandidate c, out bool strict)
    {
        strict = false;
        WordRange? best = null;
        var bestDistance = int.MaxValue;
        for (var t = Math.Max(c.SentenceStart, c.Act.First - ConditionReach); t < Math.Min(c.SentenceEnd, c.Act.Last + ConditionReach); t++)
        {
            if (!Tokens.IsWord(t)) continue;
            var opens = ConditionAt(t, out var isStrict);
            if (opens is null) continue;
            var range = ConditionExtent(opens.Value, c);
            if (range.Last < range.First) continue;
            var distance = range.Last < c.Act.First ? c.Act.First - range.Last : range.First > c.Act.Last ? range.First - c.Act.Last : 0;
            if (distance < bestDistance)
            {
                best = range;
                bestDistance = distance;
                strict = isStrict;
            }
        }
        return best;
    }

    /// <summary>The first token of a condition starting at <paramref name="t"/>, or null.</summary>
    private int? ConditionAt(int t, out bool strict)
    {
        strict = false;
        var word = Tokens[t];
        if (Tokens.Is(t, "if") && !Tokens.Is(t - 1, "even") && !Tokens.Is(t - 1, "as") && !Tokens.Is(t + 1, "any") && !Tokens.Is(t + 1, "anything"))
        {
            strict = Tokens.Is(t - 1, "only");
            return Tokens.Is(t - 1, "only") ? t - 1 : t;
        }
        if (WordClasses.Contains(StrictConditions, word) && !(Tokens.Is(t, "provided") && !Tokens.Is(t + 1, "that")))
        {
            strict = true;
            return t;
        }
        if (Tokens.Is(t, "as") && Tokens.Is(t + 1, "long") && Tokens.Is(t + 2, "as")) { strict = true; return t; }
        if (Tokens.Is(t, "on") && Tokens.Is(t + 1, "condition")) { strict = true; return t; }
        if ((Tokens.Is(t, "depend") || Tokens.Is(t, "depends") || Tokens.Is(t, "dependent") || Tokens.Is(t, "conditional") || Tokens.Is(t, "contingent"))
            && (Tokens.Is(t + 1, "on") || Tokens.Is(t + 1, "upon")))
        {
            strict = true;
            return t + 2;
        }
        // ", should he fail to…": an inverted condition
        if (Tokens.Is(t, "should") && Tokens.IsComma(t - 1) && Tokens.IsAny(t + 1, WordClasses.PersonalPronouns)) return t;
        return null;
    }

    private WordRange ConditionExtent(int first, CommitmentCandidate c)
    {
        var last = first;
        for (var t = first + 1; t < c.SentenceEnd; t++)
        {
            if (Tokens.IsComma(t) || Tokens.IsSentenceEndPunctuation(t) || Tokens.IsDash(t) || Tokens.IsChar(t, ';')) break;
            if (t == c.Act.First && first < c.Act.First) break;
            if (Tokens.IsQuoteMark(t) && !Tokens.IsWord(t + 1)) break;
            if (Tokens.IsWord(t)) last = t;
        }
        return new WordRange(first, last);
    }

    /// <summary>A deadline inside the act or just after it, else in the clause before it.</summary>
    public (WordRange Range, DateInterval? Interval)? Deadline(CommitmentCandidate c)
    {
        var from = c.Act.First;
        var to = Math.Min(c.SentenceEnd - 1, c.Act.Last + DeadlineReach);
        var sentenceFrom = Tokens.Tokens[Math.Min(c.Cue.First, from)].Start;
        foreach (var time in index.TimesBetween(sentenceFrom, Tokens.Tokens[to].End))
        {
            var first = Tokens.FirstTokenAt(time.Span.Start);
            if (first < c.SentenceStart || first >= c.SentenceEnd) continue;
            if (first >= from && first <= to || first >= c.Cue.Last && first < from)
            {
                // "since", "after" and "the past 20 years" look back; a deadline lies ahead of the words
                if (time.Bound is TemporalBound.Since or TemporalBound.After) continue;
                if (time.Precision == DatePrecision.Range && time.Interval is { } range && range.End == index.Document.Metadata.Published) continue;
                var last = Tokens.FirstTokenAt(time.Span.End - 1);
                var open = first > 0 && (Tokens.Is(first - 1, "in") || Tokens.Is(first - 1, "beginning")) ? first - 1 : first;
                return (new WordRange(open, last), time.Interval);
            }
        }
        for (var t = from; t <= to; t++)
        {
            if (Tokens.IsAny(t, DeadlineWords)) return (new WordRange(t, t), null);
            if ((Tokens.Is(t, "by") || Tokens.Is(t, "before")) && Tokens.Is(t + 1, "the") && Tokens.IsAny(t + 2, DeadlineEvents))
            {
                var last = t + 2;
                while (last + 1 < c.SentenceEnd && (Tokens.Is(last + 1, "of") || Tokens.Is(last + 1, "the") || Tokens.Is(last + 1, "this") || Tokens.Is(last + 1, "next")
                                                    || Tokens.Is(last, "of") || Tokens.Is(last, "the") || Tokens.Is(last, "this") || Tokens.Is(last, "next")))
                    last++;
                return (new WordRange(t, last), null);
            }
            if (Tokens.Is(t, "within") && Tokens.IsWord(t + 1) && Time.CalendarWords.Count(Tokens[t + 1]) is not null && Tokens.IsWord(t + 2)
                && Time.CalendarWords.Unit(Tokens[t + 2]) is not null)
                return (new WordRange(t, t + 2), null);
        }
        return null;
    }

    /// <summary>The first entity in the act that is not the actor: whom the commitment is made to or aimed at.</summary>
    public (string Name, string? Id)? Beneficiary(CommitmentCandidate c, ResolvedActor? actor)
    {
        for (var t = c.Act.First; t <= c.Act.Last; t++)
        {
            if (index.EntityAt(t) is not { } entity || entity.Id == actor?.Id || index.IsReference(t)) continue;
            if (entity.Type == EntityType.Norp)
            {
                var last = t;
                while (last + 1 <= c.Act.Last && index.EntityAt(last + 1) == entity) last++;
                return (index.Document[Tokens.Span(t, last)], entity.Id);
            }
            return (entity.Name, entity.Id);
        }
        return null;
    }

    public CommitmentKind KindOf(CommitmentCandidate c, bool strictCondition)
    {
        if (c.Negated && c.Kind != CommitmentKind.Threat) return CommitmentKind.Refusal;
        if (c.Kind is CommitmentKind.Promise && IsPunitive(c.Act)) return CommitmentKind.Threat;
        if (c.Kind is CommitmentKind.Promise && strictCondition) return CommitmentKind.Condition;
        return c.Kind;
    }

    private bool IsPunitive(WordRange act)
    {
        var from = act.First;
        // past the subject of a modal clause, to the act itself
        for (var t = act.First; t <= Math.Min(act.Last, act.First + 12); t++)
            if (Tokens.IsAny(t, ClauseWords.Modals) || Tokens.IsWord(t) && Tokens[t].EndsWith("'ll", StringComparison.OrdinalIgnoreCase)) { from = t + 1; break; }
        for (var t = from; t <= Math.Min(act.Last, from + 8); t++)
        {
            if (!Tokens.IsWord(t)) continue;
            if (Tokens.IsAny(t, CommitmentLexicon.PunitiveWords)) return true;
            if (Tokens.IsAny(t, CommitmentLexicon.PunitiveParticleVerbs) && (Tokens.Is(t + 1, "up") || Tokens.Is(t + 1, "off") || Tokens.Is(t + 1, "down"))) return true;
        }
        return false;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

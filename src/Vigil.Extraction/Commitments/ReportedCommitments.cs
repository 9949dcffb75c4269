using Vigil.Documents;
using Vigil.Extraction.Clauses;
using Vigil.Extraction.Quotes;

namespace Vigil.Extraction.Commitments;

/// <summary>
/// Commitments that the article reports with a word that means one: a verb ("publicly promising
/// to allow Afghans to leave", "vowed not to repeat", "has promised a veto", "proposed dropping
/// carried interest"), a noun with its possessor ("His promises to stick it to the rich", "Mr.
/// Trump's threats to wall off…"), a denial ("No promises were made to the Taliban", "ruled out
/// talks"). Coordinated acts are one commitment each.
/// </summary>
internal sealed class ReportedCommitments(DocumentIndex index, ActorResolver actors)
{
    private static readonly FrozenSet<string> Possessives = Set("his", "her", "its", "their", "our", "my");

    private static readonly FrozenSet<string> DenialVerbs = Set("were", "was", "have", "has", "had", "been", "is", "are");

    private TokenText Tokens => index.Tokens;

    public void Find(Sentence sentence, List<CommitmentCandidate> found)
    {
        var (start, end) = (sentence.FirstToken, sentence.EndToken);
        for (var t = start; t < end; t++)
        {
            if (!Tokens.IsWord(t)) continue;
            var word = Tokens[t];
            if (word.Equals("no", StringComparison.OrdinalIgnoreCase)) Denial(t, start, end, found);
            else if (word.StartsWith("rul", StringComparison.OrdinalIgnoreCase) && Tokens.Is(t + 1, "out")) RuledOut(t, start, end, found);
            else if (CommitmentLexicon.Noun(word) is { } noun && IsNounUse(t)) NounTrigger(t, noun, start, end, found);
            else if (CommitmentLexicon.Verb(word) is { } verb) VerbTrigger(t, verb, start, end, found);
            else if (IsCall(word) && Tokens.Is(t + 1, "for")) CallFor(t, start, end, found);
        }
    }

    private void VerbTrigger(int t, CommitmentTrigger trigger, int start, int end, List<CommitmentCandidate> found)
    {
        // "dialing back plans to cut": a particle or a gerund before it makes the trigger a noun of another verb
        if (Tokens.IsAny(t - 1, Particles) || IsGerund(t - 1)) return;
        var negated = Negated(t, start);
        var next = t + 1;
        while (next < end && (Tokens.Is(next, "not") || Tokens.Is(next, "never") || ClauseWords.IsLy(Tokens[next]) && Tokens.IsWord(next)))
        {
            if (Tokens.Is(next, "not") || Tokens.Is(next, "never")) negated = true;
            next++;
        }
        List<WordRange>? terms = null;
        var takes = trigger.Takes;
        if ((takes & Complement.Infinitive) != 0 && Tokens.Is(next, "to"))
        {
            var verb = next + 1;
            while (Tokens.Is(verb, "not") || Tokens.Is(verb, "never")) { negated = true; verb++; }
            if (PredicateExtent.IsInfinitiveAt(Tokens, verb)) terms = PredicateExtent.Terms(index, verb, end);
        }
        else if ((takes & Complement.Gerund) != 0 && (IsGerund(next) || Tokens.Is(next, "to") && IsGerund(next + 1)))
        {
            terms = PredicateExtent.Terms(index, Tokens.Is(next, "to") ? next + 1 : next, end);
        }
        else if ((takes & Complement.NounPhrase) != 0 && StartsObject(next, trigger))
        {
            var extent = PredicateExtent.Terms(index, next, end, split: false);
            if (extent.Count > 0) terms = [new WordRange(t, extent[^1].Last)];
        }
        if (terms is null || terms.Count == 0) return;

        var subject = actors.SubjectOf(t, start);
        foreach (var term in terms)
            found.Add(new CommitmentCandidate(term, trigger.Kind, new WordRange(t, t), subject, CommitmentEvidence.ReportedVerb)
            {
                Negated = negated,
                SentenceStart = start,
                SentenceEnd = end,
            });
    }

    private void NounTrigger(int t, CommitmentTrigger trigger, int start, int end, List<CommitmentCandidate> found)
    {
        // "plans this week to give": a time adverbial may stand between the noun and its infinitive
        var to = t + 1;
        while (to < end && to - t <= 3 && !Tokens.Is(to, "to") && (IsTimeWord(to) || ClauseWords.IsLy(Tokens[to]))) to++;
        if (!Tokens.Is(to, "to")) return;
        var verb = to + 1;
        var negated = false;
        while (Tokens.Is(verb, "not") || Tokens.Is(verb, "never")) { negated = true; verb++; }
        if (!PredicateExtent.IsInfinitiveAt(Tokens, verb)) return;
        var terms = PredicateExtent.Terms(index, verb, end);
        if (terms.Count == 0) return;
        var owner = Possessor(t, start) ?? actors.ClauseSubject(t, start);
        foreach (var term in terms)
            found.Add(new CommitmentCandidate(term, trigger.Kind, new WordRange(t, t), owner, CommitmentEvidence.ReportedNoun)
            {
                Negated = negated,
                SentenceStart = start,
                SentenceEnd = end,
            });
    }

    /// <summary>"No promises were made to the Taliban": the speaker, or the body they speak for, denies any commitment.</summary>
    private void Denial(int t, int start, int end, List<CommitmentCandidate> found)
    {
        var noun = Tokens.IsWord(t + 1) && ClauseWords.IsLy(Tokens[t + 1]) ? t + 2 : t + 1;
        if (!Tokens.IsAny(noun, CommitmentLexicon.PromiseNouns) || !Tokens.IsAny(noun + 1, DenialVerbs)) return;
        var extent = PredicateExtent.Terms(index, noun + 1, end, split: false);
        if (extent.Count == 0) return;
        var quote = index.QuoteAt(t);
        var actor = quote is null ? actors.ClauseSubject(t, start)
            : actors.BodyOf(quote) is { } body ? [body]
            : actors.SpeakerOf(quote) is { } speaker ? [speaker] : [];
        found.Add(new CommitmentCandidate(new WordRange(t, extent[^1].Last), CommitmentKind.Refusal, new WordRange(t, noun), actor, CommitmentEvidence.Denial)
        {
            Negated = true,
            SentenceStart = start,
            SentenceEnd = end,
        });
    }

    private void RuledOut(int t, int start, int end, List<CommitmentCandidate> found)
    {
        var word = Tokens[t];
        if (!(word.Equals("rule", StringComparison.OrdinalIgnoreCase) || word.Equals("ruled", StringComparison.OrdinalIgnoreCase)
              || word.Equals("rules", StringComparison.OrdinalIgnoreCase) || word.Equals("ruling", StringComparison.OrdinalIgnoreCase))) return;
        var terms = PredicateExtent.Terms(index, t + 2, end, split: false);
        if (terms.Count == 0) return;
        found.Add(new CommitmentCandidate(terms[0], CommitmentKind.Refusal, new WordRange(t, t + 1), actors.SubjectOf(t, start), CommitmentEvidence.Denial)
        {
            Negated = true,
            SentenceStart = start,
            SentenceEnd = end,
        });
    }

    /// <summary>
    /// "has called for the complete repeal of Obamacare": a policy the actor stands for. Not when
    /// it calls on someone else to act ("called for Clinton to release her records").
    /// </summary>
    private void CallFor(int t, int start, int end, List<CommitmentCandidate> found)
    {
        var next = t + 2;
        if (!Tokens.IsWord(next) || index.EntityAt(next) is not null || index.EntityAt(next + 1) is { Type: EntityType.Person }
            || ClauseWords.Contains(ClauseWords.Pronouns, Tokens[next]) && !Tokens.IsAny(next, Possessives)) return;
        var extent = PredicateExtent.Terms(index, next, end, split: false);
        if (extent.Count == 0) return;
        for (var j = extent[0].First; j <= extent[^1].Last; j++)
            if (Tokens.Is(j, "to") && PredicateExtent.IsInfinitiveAt(Tokens, j + 1)) return;   // "called for X to be clawed back": a demand on others
        found.Add(new CommitmentCandidate(new WordRange(t, extent[^1].Last), CommitmentKind.Promise, new WordRange(t, t + 1), actors.SubjectOf(t, start), CommitmentEvidence.ReportedVerb)
        {
            SentenceStart = start,
            SentenceEnd = end,
        });
    }

    private static bool IsCall(ReadOnlySpan<char> word) =>
        word.Equals("call", StringComparison.OrdinalIgnoreCase) || word.Equals("calls", StringComparison.OrdinalIgnoreCase)
        || word.Equals("called", StringComparison.OrdinalIgnoreCase) || word.Equals("calling", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whose promise a noun names: "his", "Mr. Trump's", "the Obama administration's".</summary>
    private IReadOnlyList<ResolvedActor>? Possessor(int noun, int start)
    {
        for (var p = noun - 1; p >= Math.Max(start, noun - 4); p--)
        {
            if (!Tokens.IsWord(p)) return null;
            if (Tokens.IsAny(p, Possessives)) return actors.ResolvePronoun(p) is { } owner ? [owner] : null;
            if (Tokens[p] is "'s" or "’s" or "'" or "’") return p - 1 >= start ? actors.PhraseEndingAt(p - 1, start) : null;
            if (Tokens.IsAny(p, ClauseWords.Determiners) || ClauseWords.Contains(ClauseWords.Prepositions, Tokens[p])) return null;
        }
        return null;
    }

    /// <summary>
    /// A trigger word used as a noun: right after a determiner, a possessive or a verb that
    /// announces plans ("announced plans to"), or after an adjective that follows one ("his initial
    /// plans"); "the campaign plans to" is the verb.
    /// </summary>
    private bool IsNounUse(int t)
    {
        if (CommitmentLexicon.Verb(Tokens[t]) is null) return true;
        if (IsNounOpener(t - 1)) return true;
        return Tokens.IsWord(t - 1) && IsAdjective(Tokens[t - 1]) && IsNounOpener(t - 2);
    }

    private bool IsNounOpener(int p) =>
        Tokens.IsWord(p) && (Tokens.IsAny(p, ClauseWords.Determiners) && !Tokens.Is(p, "that") || Tokens.IsAny(p, Possessives)
                             || Tokens[p] is "'s" or "’s" || Tokens.IsAny(p, PlanAnnouncers));

    private static bool IsAdjective(ReadOnlySpan<char> word) =>
        WordClasses.Contains(CommonAdjectives, word) || word.Length > 5
        && (word.EndsWith("al", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ive", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("ous", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ic", StringComparison.OrdinalIgnoreCase));

    private static readonly FrozenSet<string> Particles = Set("back", "up", "off", "out", "down", "away");

    private static readonly FrozenSet<string> EmptyObjects = Set("little", "nothing", "anything", "much", "no", "few", "none", "it", "them");

    private static readonly FrozenSet<string> PlanAnnouncers = Set(
        "announced", "announces", "announce", "unveiled", "unveils", "unveil", "outlined", "released", "heralded", "touted", "laid");

    private static readonly FrozenSet<string> CommonAdjectives = Set(
        "new", "latest", "initial", "earlier", "previous", "first", "repeated", "public", "own", "bold", "big", "vague");

    private bool Negated(int t, int start)
    {
        for (var p = t - 1; p >= Math.Max(start, t - 3); p--)
        {
            if (Tokens.Is(p, "not") || Tokens.Is(p, "never") || ClauseWords.IsNegatedAuxiliary(Tokens[p])) return true;
            if (!Tokens.IsWord(p)) return false;
        }
        return false;
    }

    /// <summary>The start of a noun phrase that a verb such as "promised a veto" or "committed $5 million" takes.</summary>
    private bool StartsObject(int next, CommitmentTrigger trigger)
    {
        if (trigger.Lemma == "commit") return Tokens.IsChar(next, '$') || Tokens.Tokens.Length > next && next >= 0 && Tokens.IsWord(next) && Tokens.Tokens[next].Kind == TokenKind.Number;
        if (trigger.Kind == CommitmentKind.Threat) return PunitiveWithin(next, 4);
        if (!Tokens.IsWord(next) && !Tokens.IsChar(next, '$')) return false;
        if (Tokens.Is(next, "to") || Tokens.Is(next, "that") || ClauseWords.Contains(ClauseWords.Pronouns, Tokens[next]) && !Tokens.IsAny(next, Possessives)) return false;
        if (index.EntityAt(next) is { Type: EntityType.Person }) return false;
        if (ClauseWords.Contains(ClauseWords.Prepositions, Tokens[next]) || ClauseWords.Contains(ClauseWords.ClauseOpeners, Tokens[next])
            || ClauseWords.Contains(ClauseWords.Modals, Tokens[next]) || Tokens.IsAny(next, EmptyObjects)) return false;
        return true;
    }

    private bool PunitiveWithin(int from, int count)
    {
        for (var t = from; t < Math.Min(Tokens.Count, from + count); t++)
        {
            if (!Tokens.IsWord(t)) return false;
            if (Tokens.IsAny(t, CommitmentLexicon.PunitiveWords)) return true;
        }
        return false;
    }

    private bool IsGerund(int t) => Tokens.IsWord(t) && Tokens[t].Length > 4 && Tokens[t].EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !Tokens.IsCapitalized(t);

    private bool IsTimeWord(int t) =>
        Tokens.IsAny(t, TimeWords) || Tokens.IsWord(t) && Time.CalendarWords.Weekday(Tokens[t]) is not null;

    private static readonly FrozenSet<string> TimeWords = Set("this", "last", "next", "week", "month", "year", "on", "today", "yesterday");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

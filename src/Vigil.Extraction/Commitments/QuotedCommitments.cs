using Vigil.Documents;
using Vigil.Extraction.Clauses;
using Vigil.Extraction.Quotes;

namespace Vigil.Extraction.Commitments;

/// <summary>
/// Commitments stated with a modal verb in reported speech, direct or indirect: "“We, our allies
/// and the international community will make them abide by these commitments,” Khalilzad wrote";
/// "His lawyer said he would not answer questions"; "he'll tear up the NATO treaty if…"; "I am not
/// going to follow a script". The subject must be an actor: the speaker ("I"), the body they speak
/// for ("we"), or someone named or referred to; "it will", "this will be" and copular predictions
/// ("will be difficult") are not commitments, nor is a commentator's forecast about others.
/// "can" and "could" count only for a punitive act ("the United States can still attack the Taliban").
/// </summary>
internal sealed class QuotedCommitments(DocumentIndex index, ActorResolver actors)
{
    private const int MaxSubjectTokens = 12;

    private static readonly FrozenSet<string> CopulaComplements = Set(
        "a", "an", "the", "very", "more", "less", "so", "too", "no", "difficult", "hard", "easy", "able", "good", "bad", "important",
        "necessary", "possible", "impossible", "likely", "unlikely", "there", "here", "in", "at", "on", "fine", "ok", "okay", "better",
        "worse", "enough", "much", "interesting", "great", "clear", "fair", "true", "wrong", "right", "over", "up");

    private static readonly FrozenSet<string> Commentators = Set(
        "analyst", "analysts", "expert", "experts", "professor", "lecturer", "researcher", "fellow", "scholar", "economist",
        "strategist", "historian", "pollster", "observer", "observers", "commentator", "columnist", "critic", "critics", "study",
        "analysis", "report", "survey", "poll", "data", "research", "estimates", "projections", "model", "studies", "analyses");

    private static readonly FrozenSet<string> PredicateAdverbs = Set(
        "also", "still", "then", "just", "only", "actually", "indeed", "certainly", "definitely", "probably", "likely", "first",
        "now", "soon", "simply", "really", "almost", "even", "again", "therefore", "thus", "rather", "ever");

    /// <summary>Words that cannot end or sit in a subject: verbs of the clause before, relatives.</summary>
    private static readonly FrozenSet<string> NotSubjects = Set(
        "that", "which", "who", "whom", "what", "has", "have", "had", "is", "are", "was", "were", "do", "does", "did", "be", "been",
        "if", "whether", "how", "when", "where", "why", "than", "because");

    private static readonly FrozenSet<string> Representatives = Set(
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "aide", "aides", "adviser", "advisor", "lawyer", "lawyers",
        "attorney", "attorneys", "counsel", "campaign", "team", "representative", "surrogate", "press", "secretary", "chairman",
        "chief", "manager", "director", "official", "president", "minister", "premier", "chancellor", "king", "queen", "ambassador",
        "envoy", "diplomat", "governor", "mayor", "general", "commander", "chairwoman", "leader", "justice", "judge");

    private static readonly FrozenSet<string> Stakes = Set(
        "relations", "relationship", "ties", "recognition", "aid", "assistance", "support", "cooperation", "engagement", "funding",
        "sanctions", "future", "deal", "agreement", "decision", "response", "help", "investment", "access", "membership", "talks");

    private static readonly FrozenSet<string> SpeechVerbs = Set(
        "say", "tell", "add", "note", "argue", "suggest", "point", "stress", "guess", "bet", "imagine", "think", "hope", "want",
        "like", "love", "prefer", "expect", "remind", "ask", "wonder", "venture", "submit", "repeat", "reiterate", "admit", "concede");

    private static readonly FrozenSet<string> AdjectivalParticiples = Set(
        "worried", "concerned", "mistaken", "surprised", "disappointed", "pleased", "interested", "tired", "excited", "delighted",
        "shocked", "amazed", "thrilled", "scared", "frightened", "confused", "embarrassed", "satisfied", "convinced", "involved",
        "hurt", "affected", "impacted", "remembered", "known", "seen", "left", "hard-pressed", "welcomed");

    private static readonly FrozenSet<string> BeliefVerbs = Set(
        "believe", "believes", "believed", "think", "thinks", "thought", "expect", "expects", "expected", "predict", "predicts",
        "predicted", "fear", "fears", "feared", "doubt", "doubts", "doubted", "suspect", "suspects", "suspected", "found", "finds",
        "estimate", "estimates", "estimated", "worry", "worries", "worried", "hope", "hopes", "hoped", "guess", "speculated", "wondered");

    private static readonly FrozenSet<string> ReportingVerbs = Set(
        "said", "says", "say", "saying", "announced", "announces", "pledged", "pledges", "promised", "promises", "vowed", "vows",
        "told", "tells", "insisted", "insists", "stated", "states", "declared", "declares", "confirmed", "confirms", "warned", "warns",
        "added", "assured", "assures", "guaranteed", "indicated", "signaled", "signalled", "swore", "hinted", "stressed");

    private static readonly FrozenSet<string> SubjectSkips = Set(
        "also", "still", "not", "never", "then", "certainly", "definitely", "absolutely", "surely", "now", "soon", "quickly",
        "does", "did", "do", "and", ",", "just", "only", "simply");

    private TokenText Tokens => index.Tokens;

    public void Find(Sentence sentence, List<CommitmentCandidate> found)
    {
        var (start, end) = (sentence.FirstToken, sentence.EndToken);
        for (var t = start; t < end; t++)
        {
            if (!Tokens.IsWord(t)) continue;
            if (Modal(t) is not { } modal) continue;
            var quote = index.QuoteAt(t);
            var reporter = ReportingVerbBefore(t, start);
            if (quote is null && reporter is null) continue;
            // "saying he'll tear up…" inside someone's quote reports that person's words, not the quote's speaker's
            var reporterSubject = reporter is { } r ? actors.SubjectOf(r, start) : [];
            var verb = modal.Next;
            var negated = modal.Negated;
            while (verb < end && (Tokens.Is(verb, "not") || Tokens.Is(verb, "never") || Tokens.IsComma(verb) || Tokens.IsWord(verb) && ClauseWords.IsLy(Tokens[verb])
                                  || Tokens.IsAny(verb, PredicateAdverbs)))
            {
                if (Tokens.Is(verb, "not") || Tokens.Is(verb, "never")) negated = true;
                verb++;
            }
            if (!modal.Conditional && !IsPredicate(verb)) continue;
            var punitive = IsPunitive(verb, end);
            if (modal.Modality == CommitmentModality.Can && !punitive) continue;

            var (subjectStart, subject) = modal.Conditional ? ConditionalSubject(t, start, quote, reporterSubject) : Subject(t, modal, start, reporterSubject);
            if (subjectStart < 0 || subject.Count == 0) continue;
            if (!modal.Conditional && (InSubordinateClause(subjectStart) || BeliefBetween(reporter ?? start, subjectStart)
                                       || !Binds(quote, reporter, reporterSubject, subject, t))) continue;
            negated |= DeniedChance(subjectStart, start) || NegatedBefore(t, subjectStart);

            var extent = PredicateExtent.Terms(index, verb, end, split: false);
            if (extent.Count == 0) continue;
            found.Add(new CommitmentCandidate(new WordRange(subjectStart, extent[^1].Last), modal.Conditional ? CommitmentKind.Condition : CommitmentKind.Promise,
                new WordRange(t, Math.Max(t, modal.Next - 1)), subject, CommitmentEvidence.Modal)
            {
                Negated = negated,
                Modality = modal.Modality,
                SentenceStart = start,
                SentenceEnd = end,
            });
            t = extent[^1].Last;
        }
    }

    private readonly record struct ModalWord(CommitmentModality Modality, int Next, bool Negated, string? ContractedSubject)
    {
        /// <summary>"depends on": the speaker's future act hangs on what follows ("future relations depend on how…").</summary>
        public bool Conditional { get; init; }
    }

    private ModalWord? Modal(int t)
    {
        var word = Tokens[t];
        if ((Is(word, "depend") || Is(word, "depends") || Is(word, "hinge") || Is(word, "hinges")) && (Tokens.Is(t + 1, "on") || Tokens.Is(t + 1, "upon")))
            return new(CommitmentModality.Reported, t, false, null) { Conditional = true };
        if (Is(word, "will") || Is(word, "shall")) return new(Is(word, "will") ? CommitmentModality.Will : CommitmentModality.Shall, t + 1, false, null);
        if (Is(word, "won't") || Is(word, "won’t")) return new(CommitmentModality.Will, t + 1, true, null);
        if (Is(word, "would") && !Tokens.Is(t + 1, "have") && !Tokens.Is(t + 1, "like") && !Tokens.Is(t + 1, "rather"))
            return new(CommitmentModality.Would, t + 1, false, null);
        if (Is(word, "wouldn't") || Is(word, "wouldn’t")) return new(CommitmentModality.Would, t + 1, true, null);
        if (Is(word, "can") || Is(word, "could")) return new(CommitmentModality.Can, t + 1, false, null);
        if (Is(word, "must") && Tokens.Is(t + 1, "not")) return new(CommitmentModality.Must, t + 2, true, null);
        if (Is(word, "going") && Tokens.Is(t + 1, "to") && IsBeForm(t - 1)) return new(CommitmentModality.GoingTo, t + 2, false, null);
        var apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe > 0 && Is(word[(apostrophe + 1)..], "ll")) return new(CommitmentModality.Will, t + 1, false, word[..apostrophe].ToString());
        return null;
    }

    /// <summary>
    /// A verb of saying or promising whose clause a modal stands in, outside any quote the quote
    /// stage found: "announced it would get rid of", "saying he'll tear up", "has said she will".
    /// </summary>
    private int? ReportingVerbBefore(int modal, int start)
    {
        for (var t = modal - 1; t >= Math.Max(start, modal - 8); t--)
        {
            if (!Tokens.IsWord(t)) { if (Tokens.IsComma(t)) return null; continue; }
            if (IsReportingVerb(t)) return t;
            if (ClauseWords.Contains(ClauseWords.ClauseOpeners, Tokens[t]) && !Tokens.Is(t, "said") && !Tokens.Is(t, "says")) return null;
        }
        return null;
    }

    /// <summary>"before it would accept her back", "if he would": a clause of time or condition, not a commitment.</summary>
    private bool InSubordinateClause(int subjectStart) => Tokens.IsAny(subjectStart - 1, Subordinators);

    /// <summary>"he doubted any court would enforce it": a belief about the clause, not a commitment to it.</summary>
    private bool BeliefBetween(int from, int subjectStart)
    {
        for (var t = Math.Max(from, subjectStart - 6); t < subjectStart; t++)
            if (Tokens.IsAny(t, BeliefVerbs)) return true;
        return false;
    }

    private static readonly FrozenSet<string> Subordinators = Set(
        "before", "after", "until", "till", "when", "whenever", "once", "if", "unless", "whether", "because", "since", "although",
        "though", "than", "while", "as");

    /// <summary>"said", "announced"; never a capitalised word ("United States").</summary>
    private bool IsReportingVerb(int t) => Tokens.IsAny(t, ReportingVerbs) && !Tokens.IsCapitalized(t);

    private bool IsBeForm(int t) =>
        Tokens.Is(t, "am") || Tokens.Is(t, "is") || Tokens.Is(t, "are") || Tokens.Is(t, "'m") || Tokens.Is(t, "not") && IsBeForm(t - 1)
        || Tokens.IsWord(t) && (Tokens[t].EndsWith("'m", StringComparison.OrdinalIgnoreCase) || Tokens[t].EndsWith("’m", StringComparison.OrdinalIgnoreCase)
                                || Tokens[t].EndsWith("'re", StringComparison.OrdinalIgnoreCase) || Tokens[t].EndsWith("’re", StringComparison.OrdinalIgnoreCase));

    /// <summary>An action after the modal; "be" only before a participle ("will be concentrated", "will be campaigning").</summary>
    private bool IsPredicate(int verb)
    {
        if (!Tokens.IsWord(verb) || Tokens.IsCapitalized(verb) || Tokens.Tokens[verb].Kind == TokenKind.Number) return false;
        if (Tokens.Is(verb, "be"))
            return Tokens.IsWord(verb + 1) && !Tokens.IsAny(verb + 1, CopulaComplements) && !Tokens.IsAny(verb + 1, AdjectivalParticiples)
                   && (Tokens[verb + 1].EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Tokens[verb + 1].EndsWith("en", StringComparison.OrdinalIgnoreCase)
                       || Tokens[verb + 1].EndsWith("ing", StringComparison.OrdinalIgnoreCase) || Tokens.Is(verb + 1, "out"));
        if (Tokens.Is(verb, "have") || Tokens.Is(verb, "be") || Tokens.Is(verb, "become") || Tokens.Is(verb, "seem") || Tokens.IsAny(verb, SpeechVerbs)) return false;
        return !Tokens.IsAny(verb, ClauseWords.Determiners) && !ClauseWords.Contains(ClauseWords.Prepositions, Tokens[verb]);
    }

    private bool IsPunitive(int verb, int end)
    {
        for (var t = verb; t < Math.Min(end, verb + 8); t++)
        {
            if (!Tokens.IsWord(t)) continue;
            if (Tokens.IsAny(t, CommitmentLexicon.PunitiveWords)) return true;
            if (Tokens.IsAny(t, CommitmentLexicon.PunitiveParticleVerbs) && (Tokens.Is(t + 1, "up") || Tokens.Is(t + 1, "off") || Tokens.Is(t + 1, "down"))) return true;
        }
        return false;
    }

    /// <summary>The subject left of the modal, with where it starts: "We, our allies and the international community".</summary>
    private (int Start, IReadOnlyList<ResolvedActor> Actors) Subject(int modalToken, ModalWord modal, int sentenceStart, IReadOnlyList<ResolvedActor> reporter)
    {
        if (modal.ContractedSubject is { } pronoun)
            return (modalToken, ResolveWord(modalToken, pronoun, reporter) is { } actor ? [actor] : []);
        var last = modalToken - 1;
        if (modal.Modality == CommitmentModality.GoingTo) last -= 1;   // "I am going to": past "am"
        // "does not, and never will,": a comma is passed only inside such a run, never right before the modal
        while (last >= sentenceStart && Tokens.IsWord(last) && Tokens.IsAny(last, SubjectSkips)
               || Tokens.IsComma(last) && last > sentenceStart && last < modalToken - 1)
            last--;
        if (last < sentenceStart || !Tokens.IsWord(last) || Tokens.IsQuoteMark(last)) return (-1, []);
        if (Tokens.IsAny(last, NotSubjects) || IsReportingVerb(last)) return (-1, []);
        var first = last;
        while (first - 1 >= sentenceStart && last - first < MaxSubjectTokens && InSubject(first - 1)) first--;
        if (Tokens.IsAny(first, FirstPersonAndThird) && !Tokens.Is(first, "this"))
            return (first, ResolveWord(first, Tokens.GetString(first), reporter) is { } p ? [p] : []);
        var resolved = actors.PhraseEndingAt(last, first);
        resolved = [.. resolved.Where(IsActor)];
        return (first, resolved);
    }

    /// <summary>A pronoun subject; after a reporting verb ("announced it would", "saying he'll") it is first the reporter.</summary>
    private ResolvedActor? ResolveWord(int token, string pronoun, IReadOnlyList<ResolvedActor> reporter)
    {
        if (Is(pronoun, "that") || Is(pronoun, "this") || Is(pronoun, "there")) return null;
        if (reporter.Count == 1 && reporter[0].Entity is { } entity)
        {
            var personal = Is(pronoun, "he") || Is(pronoun, "she");
            if (personal && entity.Type == EntityType.Person || !personal && !Is(pronoun, "i") && !Is(pronoun, "we") && entity.Type is EntityType.Org or EntityType.Gpe)
                return reporter[0];
        }
        if ((Is(pronoun, "it") || Is(pronoun, "they")) && index.QuoteAt(token) is null) return null;
        return actors.ResolvePronoun(token, pronoun);
    }

    /// <summary>
    /// Whether a modal clause binds its subject. Someone may commit themselves, the body they
    /// speak for, or, when speaking as a spokesperson, aide or lawyer, the one they speak for. A
    /// reported clause ("X said Y would") may bind any named Y. Forecasts do not bind: those of
    /// analysts and studies, and beliefs about others ("he doubted any court would enforce it").
    /// </summary>
    private bool Binds(Quote? quote, int? reporter, IReadOnlyList<ResolvedActor> reporterSubject, IReadOnlyList<ResolvedActor> subject, int modal)
    {
        var voice = reporter is not null && reporterSubject.Count > 0 ? reporterSubject[0] : quote is null ? null : actors.SpeakerOf(quote);
        if (voice is null) return false;
        if (subject.Any(s => s.Name == voice.Name)) return true;
        var body = quote is not null && reporter is null ? actors.BodyOf(quote) : voice.Entity is { Type: EntityType.Person } p ? actors.AffiliationOf(p) : null;
        if (body is not null && subject.Any(s => s.Name == body.Name)) return true;
        if (IsCommentator(voice, reporter is null ? quote : null)) return false;
        if (quote is not null && reporter is null && quote.Cue is { } cue && Tokens.IsAny(Tokens.FirstTokenAt(cue.Start), BeliefVerbs)) return false;
        if (!subject.All(s => s.Entity is { Type: EntityType.Person or EntityType.Org or EntityType.Gpe })) return false;
        if (quote is not null && reporter is null && index.InQuotedWords(modal)) return IsRepresentative(voice, quote);
        return true;
    }

    /// <summary>A speaker who speaks for someone else: a spokesperson, aide, lawyer, campaign or team.</summary>
    private bool IsRepresentative(ResolvedActor speaker, Quote quote)
    {
        var words = (speaker.Entity?.Title ?? "") + " " + speaker.Name;
        if (quote.Source is { } source) words += " " + index.Document[source];
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (WordClasses.Contains(Representatives, word)) return true;
        if (speaker.Entity is { } entity)
            foreach (var mention in entity.Mentions.Take(2))
            {
                var t = Tokens.FirstTokenAt(mention.Start);
                for (var p = t - 1; p >= Math.Max(0, t - 4); p--)
                    if (Tokens.IsAny(p, Representatives)) return true;
            }
        return false;
    }

    /// <summary>"future relations with Taliban-ruled Afghanistan depend on how…": the speaker's body sets the condition on its relations, aid or recognition.</summary>
    private (int Start, IReadOnlyList<ResolvedActor> Actors) ConditionalSubject(int verb, int sentenceStart, Quote? quote, IReadOnlyList<ResolvedActor> reporter)
    {
        var first = verb;
        var stakes = false;
        while (first - 1 >= sentenceStart && verb - first < MaxSubjectTokens && Tokens.IsWord(first - 1) && !Tokens.Is(first - 1, "that")
               && !ClauseWords.Contains(ClauseWords.ClauseOpeners, Tokens[first - 1]) && !IsReportingVerb(first - 1))
        {
            first--;
            stakes |= Tokens.IsAny(first, Stakes);
        }
        if (!stakes || first == verb) return (-1, []);
        if (quote is not null && (actors.BodyOf(quote) ?? actors.SpeakerOf(quote)) is { } voice) return (first, [voice]);
        return (first, reporter);
    }

    private bool InSubject(int t)
    {
        // "We, our allies and the international community": a comma only after a pronoun or a name
        if (Tokens.IsComma(t)) return Tokens.IsAny(t - 1, FirstPersonAndThird) || index.EntityAt(t - 1) is not null;
        if (Tokens.Is(t, "and")) return true;
        if (!Tokens.IsWord(t) || Tokens.IsQuoteMark(t)) return false;
        var word = Tokens[t];
        if (Tokens.IsAny(t, NotSubjects) || IsReportingVerb(t)) return false;
        if (ClauseWords.Contains(ClauseWords.ClauseOpeners, word) || ClauseWords.Contains(ClauseWords.ConditionOpeners, word)) return false;
        if (Tokens.Is(t, "that") || Tokens.Is(t, "said") || Tokens.Is(t, "says") || Tokens.Is(t, "is") || Tokens.Is(t, "was") || Tokens.Is(t, "think")
            || Tokens.Is(t, "believe") || Tokens.Is(t, "clear") || Tokens.Is(t, "chance") || Tokens.Is(t, "to") || Tokens.Is(t, "as")) return false;
        if (ClauseWords.Contains(ClauseWords.Prepositions, word)) return Tokens.Is(t, "of") || Tokens.Is(t, "from");
        return true;
    }

    /// <summary>Who may be bound: an entity, or a body or office described ("the court", "European countries").</summary>
    private static bool IsActor(ResolvedActor actor)
    {
        if (actor.Entity is not null) return actor.Entity.Type is EntityType.Person or EntityType.Org or EntityType.Gpe or EntityType.Norp;
        var words = actor.Name.Split(' ');
        var head = words[^1];
        return WordClasses.Contains(BodyNouns, head) || WordClasses.Contains(WordClasses.RoleNouns, head);
    }

    /// <summary>An analyst, expert or study, whose "will" forecasts rather than commits.</summary>
    private bool IsCommentator(ResolvedActor speaker, Quote? quote)
    {
        var description = speaker.Entity?.Title ?? speaker.Name;
        foreach (var word in description.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (WordClasses.Contains(Commentators, word)) return true;
        if (quote?.Source is { } source)
            for (var t = Tokens.FirstTokenAt(source.End); t < Math.Min(Tokens.Count, Tokens.FirstTokenAt(source.End) + 12); t++)
                if (Tokens.IsAny(t, Commentators)) return true;
        return false;
    }

    /// <summary>"does not, and never will", "I am not going to": negation between the subject and the modal.</summary>
    private bool NegatedBefore(int modal, int subjectStart)
    {
        for (var t = modal - 1; t > subjectStart && t >= modal - 6; t--)
            if (Tokens.Is(t, "not") || Tokens.Is(t, "never") || Tokens.IsWord(t) && ClauseWords.IsNegatedAuxiliary(Tokens[t])) return true;
        return false;
    }

    /// <summary>"There is absolutely no chance Hillary Clinton will withdraw".</summary>
    private bool DeniedChance(int subjectStart, int sentenceStart)
    {
        for (var t = subjectStart - 1; t >= Math.Max(sentenceStart, subjectStart - 4); t--)
            if (Tokens.Is(t, "no") && (Tokens.Is(t + 1, "chance") || Tokens.Is(t + 1, "way"))) return true;
        return false;
    }

    private static bool Is(ReadOnlySpan<char> word, string value) => word.Equals(value, StringComparison.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FirstPersonAndThird = Set("i", "we", "he", "she", "they", "it", "this");

    private static readonly FrozenSet<string> BodyNouns = Set(
        "administration", "government", "campaign", "team", "family", "countries", "nations", "states", "leaders", "allies",
        "members", "officials", "court", "committee", "council", "panel", "republicans", "democrats", "lawmakers", "congress",
        "group", "organization", "movement", "party", "company", "bank", "agency", "alliance", "ministry", "department", "union");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

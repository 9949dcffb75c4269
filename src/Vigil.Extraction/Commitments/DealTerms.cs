using Vigil.Documents;
using Vigil.Extraction.Clauses;
using Vigil.Extraction.Quotes;

namespace Vigil.Extraction.Commitments;

/// <summary>
/// The terms of a deal, each one commitment: "signed an agreement to allow Mexican trucks to
/// operate", "its commitments made in its February 2020 deal: work with … against terrorist
/// organizations and retain some of the achievements". The party bound is the deal's possessor,
/// else the subject of its clause, else the organisation or country named last before it.
/// </summary>
internal sealed class DealTerms(DocumentIndex index, ActorResolver actors)
{
    private const int MaxLookBack = 120;

    private static readonly FrozenSet<string> DealVerbs = new[]
    {
        "signed", "signs", "sign", "reached", "reach", "reaches", "struck", "strike", "made", "negotiated", "brokered", "concluded", "agreed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private TokenText Tokens => index.Tokens;

    public void Find(Sentence sentence, List<CommitmentCandidate> found)
    {
        var (start, end) = (sentence.FirstToken, sentence.EndToken);
        for (var t = start; t < end; t++)
        {
            if (!Tokens.IsAny(t, CommitmentLexicon.DealNouns)) continue;
            var next = t + 1;
            var infinitive = Tokens.Is(next, "to");
            if (infinitive || Tokens.IsChar(next, ':')) next++;
            if (!(infinitive ? PredicateExtent.IsInfinitiveAt(Tokens, next) : PredicateExtent.IsVerbAt(Tokens, next)) || Tokens.Is(next, "be") || Tokens.Is(next, "is")) continue;
            var terms = PredicateExtent.Terms(index, next, end);
            if (terms.Count == 0) continue;
            var party = Party(t, start);
            foreach (var term in terms)
                found.Add(new CommitmentCandidate(term, CommitmentKind.Agreement, new WordRange(t, t), party, CommitmentEvidence.DealTerm)
                {
                    SentenceStart = start,
                    SentenceEnd = end,
                });
            t = terms[^1].Last;
        }
    }

    private IReadOnlyList<ResolvedActor> Party(int deal, int start)
    {
        for (var p = deal - 1; p >= Math.Max(start, deal - 4); p--)
        {
            if (Tokens.Is(p, "its") || Tokens.Is(p, "their")) return actors.ResolvePronoun(p) is { } owner ? [owner] : [];
            if (Tokens.IsWord(p) && Tokens[p] is "'s" or "’s") return actors.PhraseEndingAt(p - 1, start);
        }
        // "the two countries signed an agreement": the subject of the verb that makes the deal
        for (var v = deal - 1; v >= Math.Max(start, deal - 5); v--)
            if (Tokens.IsAny(v, DealVerbs))
                return actors.SubjectOf(v, start);
        var subject = actors.ClauseSubject(deal, start);
        if (subject.Count > 0) return subject;
        for (var t = deal - 1; t >= Math.Max(0, deal - MaxLookBack); t--)
            if (index.EntityAt(t) is { Type: EntityType.Org or EntityType.Gpe } body) return [ResolvedActor.Of(body)];
        return [];
    }
}

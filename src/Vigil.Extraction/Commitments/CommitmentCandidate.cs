using Vigil.Documents;
using Vigil.Extraction.Clauses;

namespace Vigil.Extraction.Commitments;

/// <summary>Which rule found a commitment; when two overlap, the more specific rule's reading is kept.</summary>
internal enum CommitmentEvidence
{
    /// <summary>"no promises were made", "ruled out".</summary>
    Denial,
    /// <summary>A verb that reports a commitment: "vowed to", "agreed to", "refused to".</summary>
    ReportedVerb,
    /// <summary>A noun that names one: "his promises to", "the plan to".</summary>
    ReportedNoun,
    /// <summary>A term after the noun of a deal: "the deal: work with… and retain…".</summary>
    DealTerm,
    /// <summary>A modal clause in reported speech: "“We will make them abide…”", "he said he would not answer".</summary>
    Modal,
}

/// <summary>A commitment as a finder reads it, in tokens, before its details are filled in.</summary>
internal sealed record CommitmentCandidate(
    WordRange Act, CommitmentKind Kind, WordRange Cue, IReadOnlyList<ResolvedActor> Actors, CommitmentEvidence Evidence)
{
    public bool Negated { get; init; }

    public CommitmentModality Modality { get; init; } = CommitmentModality.Reported;

    public int SentenceEnd { get; init; }

    public int SentenceStart { get; init; }
}

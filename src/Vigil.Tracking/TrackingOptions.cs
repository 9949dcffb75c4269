namespace Vigil.Tracking;

/// <summary>
/// The thresholds of the tracker, measured on all-MiniLM-L6-v2's cosine similarities (see the
/// README for how they were chosen): restatements of one act score 0.8–0.95; reports about the
/// same act 0.45–0.65; texts about the same country but another act also reach 0.6, which is why a
/// report must share the act's words before its similarity is even asked.
/// </summary>
public sealed record TrackingOptions
{
    /// <summary>A statement joins a tracked commitment of the same actor and polarity at this similarity or more.</summary>
    public double SameCommitment { get; init; } = 0.78;

    /// <summary>A report whose words say it keeps or breaks the act is evidence from this similarity on.</summary>
    public double StanceEvidence { get; init; } = 0.40;

    /// <summary>A report that only speaks of the act is evidence from this similarity on.</summary>
    public double MentionEvidence { get; init; } = 0.45;

    /// <summary>
    /// The quotes and events of one actor compared with a commitment the actor is first seen to
    /// make: the latest this many, in the order they were stored, from the actor's latest this many
    /// articles. A bound, so that the work of such an article does not grow with the store; an actor
    /// seldom has this many within the time a commitment is followed.
    /// </summary>
    public int RecentCandidates { get; init; } = 1_000;

    /// <summary>
    /// The wordings of one tracked commitment a new statement or report is compared with: its first
    /// and the latest, this many in all (at least two). A bound for the same reason: a commitment
    /// restated in each lightly edited copy of a story gathers a wording per copy.
    /// </summary>
    public int StatementsKept { get; init; } = 16;

    /// <summary>
    /// How many actors' states are held in memory before the least lately met are let go (to be
    /// read from the store again if met again); those met within the last this many articles stay.
    /// </summary>
    public int ActorsHeld { get; init; } = 10_000;

    public static TrackingOptions Default { get; } = new();
}

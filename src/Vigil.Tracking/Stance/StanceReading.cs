using Vigil.Documents;

namespace Vigil.Tracking.Stance;

/// <summary>
/// What the words of a report say about a commitment's act. <see cref="Overlap"/> is the share of
/// the act's content words the report also uses, or opposes ("stopped" against "allow").
/// </summary>
public sealed record StanceReading(EvidenceStance Stance, double Overlap, ImmutableArray<string> Cues)
{
    /// <summary>The report speaks of none of the act's words: it is about something else.</summary>
    public bool Unrelated => Overlap == 0;
}

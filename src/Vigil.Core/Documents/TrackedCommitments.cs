namespace Vigil.Documents;

/// <summary>
/// Where a tracked commitment stands, in the words of PolitiFact's promise meters, so that an
/// analyst's verdict reads as readers of fact-checks expect. Only an analyst sets it.
/// </summary>
public enum CommitmentStatus
{
    NotYetRated,
    InTheWorks,
    Stalled,
    Kept,
    Compromise,
    Broken,
}

/// <summary>What a piece of evidence says about a tracked commitment.</summary>
public enum EvidenceStance
{
    /// <summary>The committed act was done, or is being done.</summary>
    Supports,
    /// <summary>The act was not done, was undone or prevented, or the promise was broken.</summary>
    Contradicts,
    /// <summary>It is about the commitment without saying whether it was kept.</summary>
    Mentions,
}

/// <summary>Which layer of its article a piece of evidence comes from.</summary>
public enum EvidenceSource
{
    Event,
    Quote,
}

/// <summary>A stored article, as commitments and events point at it.</summary>
/// <param name="Id">The store's id (<see cref="Document.ContentId"/>), as in the web app's URLs.</param>
/// <param name="InputId">The input's own id (a JSONL line's <c>id</c>), when it had one.</param>
public sealed record ArticleRef(string Id, string? InputId, string? Title, DateOnly? Published)
{
    /// <summary>The id the analysis contract gives the article: the input's own, else the store's.</summary>
    public string ContractId => InputId ?? Id;
}

/// <summary>One statement of a tracked commitment: commitment <paramref name="Ordinal"/> of an article.</summary>
/// <param name="Similarity">How close it is to the statement it joined (1 for the first statement).</param>
public sealed record CommitmentStatement(ArticleRef Article, int Ordinal, TextSpan Span, string Text, double Similarity);

/// <summary>
/// A quote or event of an article, linked to a tracked commitment with a stance. The link is a
/// proposal: <see cref="Score"/> says how strongly the text supports it and <see cref="Cues"/> the
/// words that decided the stance ("stopped … from", "not").
/// </summary>
public sealed record CommitmentEvidence(ArticleRef Article, EvidenceSource Source, int Ordinal, TextSpan Span, string Text, EvidenceStance Stance, double Score)
{
    public ImmutableArray<string> Cues { get; init; } = [];
}

/// <summary>An analyst's verdict: a status, who gave it, when and why. Verdicts are appended, never changed.</summary>
public sealed record CommitmentVerdict(CommitmentStatus Status, string Note, string Analyst, DateTimeOffset At);

/// <summary>
/// One commitment followed across articles: every statement of it by the same actor, the quotes
/// and events that bear on it, and the analysts' verdicts, oldest first. <see cref="Text"/> is the
/// first statement's committed act.
/// </summary>
public sealed record TrackedCommitment(string Id, string? ActorName, CommitmentKind Kind, string Text)
{
    /// <summary>The <see cref="Actor.Id"/> of who is bound, when the actor is known across articles.</summary>
    public string? ActorId { get; init; }

    /// <summary>A commitment not to act ("will not", "refused to").</summary>
    public bool Negated { get; init; }

    public ImmutableArray<CommitmentStatement> Statements { get; init; } = [];

    /// <summary>Oldest article first.</summary>
    public ImmutableArray<CommitmentEvidence> Evidence { get; init; } = [];

    /// <summary>Oldest first; the last one is the current status.</summary>
    public ImmutableArray<CommitmentVerdict> Verdicts { get; init; } = [];

    public CommitmentStatus Status => Verdicts.IsEmpty ? CommitmentStatus.NotYetRated : Verdicts[^1].Status;
}

/// <summary>The words PolitiFact's promise meters use for each status, and reading them back from what a user types.</summary>
public static class CommitmentStatusLabels
{
    private static readonly (CommitmentStatus Status, string Label)[] Labels =
    [
        (CommitmentStatus.NotYetRated, "Not yet rated"),
        (CommitmentStatus.InTheWorks, "In the works"),
        (CommitmentStatus.Stalled, "Stalled"),
        (CommitmentStatus.Kept, "Kept"),
        (CommitmentStatus.Compromise, "Compromise"),
        (CommitmentStatus.Broken, "Broken"),
    ];

    /// <summary>Every status in the order a promise meter shows them.</summary>
    public static ImmutableArray<CommitmentStatus> All { get; } = [.. Labels.Select(l => l.Status)];

    public static string Label(this CommitmentStatus status) => Labels.First(l => l.Status == status).Label;

    /// <summary>"Broken", "broken", "in the works", "In-the-works", "not_yet_rated": case, spaces, hyphens and underscores do not matter.</summary>
    public static bool TryParse(string? text, out CommitmentStatus status)
    {
        var key = Key(text ?? "");
        foreach (var (value, label) in Labels)
            if (Key(label) == key)
            {
                status = value;
                return true;
            }
        status = default;
        return false;
    }

    private static string Key(string text) =>
        new([.. text.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
}

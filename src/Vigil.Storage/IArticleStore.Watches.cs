using Vigil.Documents;

namespace Vigil.Storage;

/// <summary>Analysts' watch lists and the alerts they raise.</summary>
public partial interface IArticleStore
{
    /// <summary>
    /// The account follows an actor or a tracked commitment from now on. False, changing nothing,
    /// when there is no such actor or commitment; watching it again keeps the first date.
    /// </summary>
    Task<bool> AddWatchAsync(string userName, WatchKind kind, string targetId, CancellationToken cancellationToken = default);

    /// <summary>False when the account did not watch it.</summary>
    Task<bool> RemoveWatchAsync(string userName, WatchKind kind, string targetId, CancellationToken cancellationToken = default);

    /// <summary>What the account follows, newest first, each with the name of what it is.</summary>
    Task<IReadOnlyList<Watch>> ListWatchesAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>
    /// What arrived for the account's watches: quotes spoken by a watched actor, events it takes part
    /// in, evidence on a watched commitment — from articles stored since the watch began, the latest
    /// stored first.
    /// </summary>
    Task<IReadOnlyList<WatchAlert>> ListAlertsAsync(string userName, int limit, CancellationToken cancellationToken = default);
}

public enum WatchKind
{
    Actor,
    Commitment,
}

/// <param name="Name">The actor's canonical name, or the commitment's text.</param>
public sealed record Watch(WatchKind Kind, string TargetId, string Name, DateTimeOffset Since);

public enum AlertSource
{
    Quote,
    Event,
    Evidence,
}

/// <summary>
/// One new quote, event or piece of evidence for a watch, in the article stored at <see cref="StoredAt"/>.
/// <see cref="Ordinal"/> is the quote's or event's index in its article (evidence: <see cref="EvidenceSource"/> says which).
/// </summary>
/// <param name="Detail">The speaker of a quote, the type of an event, the stance of evidence.</param>
public sealed record WatchAlert(Watch Watch, AlertSource Source, ArticleRef Article, DateTimeOffset StoredAt, int Ordinal, TextSpan Span, string Text, string? Detail)
{
    /// <summary>For evidence: whether it is a quote or an event of its article.</summary>
    public EvidenceSource? EvidenceSource { get; init; }
}

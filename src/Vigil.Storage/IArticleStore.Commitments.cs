using Vigil.Documents;

namespace Vigil.Storage;

/// <summary>
/// Commitments tracked across articles, and events. Every stored article keeps its commitments
/// and events; the tracker (src/Vigil.Tracking) decides which statements are one commitment and
/// which quotes and events bear on it, and the store writes those decisions with the article.
/// </summary>
public partial interface IArticleStore
{
    /// <summary>
    /// Stores an analysed document and what the tracker decided for it, in one transaction. When
    /// the text is already stored nothing is written, the tracking included.
    /// </summary>
    Task<StoreOutcome> StoreAsync(Document analyzed, ArticleTracking tracking, CancellationToken cancellationToken = default);

    /// <summary>What the tracker reads of an actor when it first meets it: its tracked commitments.</summary>
    Task<ActorTrackingState> LoadTrackingAsync(string actorId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The stored quotes and events that involve the actor, in the order their articles were stored
    /// (within an article, events before quotes): the latest <paramref name="latest"/> of them, from
    /// the actor's latest <paramref name="latest"/> articles, so that reading an actor does not grow
    /// with the store. The tracker reads them when a commitment of the actor is first seen.
    /// </summary>
    Task<ImmutableArray<EvidenceCandidate>> LoadCandidatesAsync(string actorId, int latest, CancellationToken cancellationToken = default);

    /// <summary>The cached vectors among <paramref name="keys"/> (hashes of texts) for <paramref name="model"/>.</summary>
    Task<IReadOnlyDictionary<string, float[]>> GetVectorsAsync(string model, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>Caches vectors by text hash; a key already cached is left as it is.</summary>
    Task SaveVectorsAsync(string model, IReadOnlyDictionary<string, float[]> vectors, CancellationToken cancellationToken = default);

    /// <summary>Every tracked commitment with its statements, evidence and verdicts, by actor and first statement.</summary>
    Task<IReadOnlyList<TrackedCommitment>> ListTrackedCommitmentsAsync(CancellationToken cancellationToken = default);

    /// <summary>null when no tracked commitment has that id.</summary>
    Task<TrackedCommitment?> GetTrackedCommitmentAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Appends a verdict to the commitment's history; false, changing nothing, when no tracked commitment has that id.</summary>
    Task<bool> AddVerdictAsync(string trackedId, CommitmentVerdict verdict, CancellationToken cancellationToken = default);

    /// <summary>Which tracked commitment each commitment of the article states, and what its quotes and events are evidence of.</summary>
    Task<ArticleCommitmentLinks> GetArticleCommitmentLinksAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>Stored events, by date (the event's own, else its article's publication date), then article and order.</summary>
    Task<IReadOnlyList<StoredEvent>> ListEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Events per day reported (their article's publication date, else the day it was stored, as
    /// the mentions of an actor are counted) and type, oldest first, of the events the query selects
    /// (its order and limit aside). Not the event's own date: an article recalling 1996 would
    /// stretch a chart of the news over decades, and most events carry no date of their own.
    /// </summary>
    Task<IReadOnlyList<EventCount>> CountEventsByDayAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Who acts with or against whom: every two participants of one event (each the stored actor it
    /// resolved to, else its name as the article gives it), counted by event type over the events the
    /// query selects (its order and limit aside); most events first.
    /// </summary>
    Task<IReadOnlyList<EventTie>> CountEventTiesAsync(EventQuery query, CancellationToken cancellationToken = default);
}

/// <summary>What the tracker decided for one article: written with it, in its transaction.</summary>
/// <param name="Created">Commitments first stated in this article.</param>
/// <param name="Statements">Which tracked commitment (new or stored) each of the article's commitments states, by ordinal.</param>
/// <param name="Evidence">Quotes and events, of this article or of stored ones, linked to tracked commitments.</param>
public sealed record ArticleTracking(
    ImmutableArray<NewTrackedCommitment> Created,
    ImmutableArray<StatementLink> Statements,
    ImmutableArray<EvidenceLink> Evidence)
{
    public static ArticleTracking None { get; } = new([], [], []);

    /// <summary>
    /// The sentence vectors the tracker computed for this article, cached with it
    /// (<see cref="IArticleStore.SaveVectorsAsync"/>'s table) in its transaction: a write of their
    /// own would wait for the ingest's batch transaction to end.
    /// </summary>
    public SentenceVectorBatch? Vectors { get; init; }
}

/// <summary>Vectors of one model by the SHA-256 of their texts, as <see cref="IArticleStore.GetVectorsAsync"/> reads them.</summary>
public sealed record SentenceVectorBatch(string Model, IReadOnlyDictionary<string, float[]> ByTextHash);

public sealed record NewTrackedCommitment(string Id, string? ActorId, string? ActorName, CommitmentKind Kind, bool Negated, string Text);

/// <param name="Ordinal">The commitment's index in the article's <see cref="Document.Commitments"/>.</param>
public sealed record StatementLink(string TrackedId, int Ordinal, double Similarity);

/// <param name="ArticleId">The article the quote or event belongs to (<see cref="Document.ContentId"/>).</param>
/// <param name="Ordinal">The index in that article's <see cref="Document.Events"/> or <see cref="Document.Quotes"/>.</param>
/// <param name="Span">The quote's or event's span in its article, and <paramref name="Text"/> its words.</param>
public sealed record EvidenceLink(string TrackedId, string ArticleId, EvidenceSource Source, int Ordinal, TextSpan Span, string Text, EvidenceStance Stance, double Score)
{
    public ImmutableArray<string> Cues { get; init; } = [];
}

/// <summary>An actor's tracked commitments.</summary>
public sealed record ActorTrackingState(string ActorId, ImmutableArray<TrackedStatements> Tracked);

/// <summary>A tracked commitment as the tracker compares new statements and evidence with it.</summary>
/// <param name="Statements">The texts of its statements, first one first.</param>
public sealed record TrackedStatements(string Id, CommitmentKind Kind, bool Negated, DateOnly? FirstPublished, ImmutableArray<string> Statements);

/// <summary>
/// A quote or event that may bear on a commitment. An event involves an actor when the actor takes
/// part in it; a quote, when the actor speaks it or is named inside it.
/// </summary>
public sealed record EvidenceCandidate(string ArticleId, DateOnly? Published, EvidenceSource Source, int Ordinal, TextSpan Span, string Text)
{
    public EventType? EventType { get; init; }

    public EventStatus? EventStatus { get; init; }

    /// <summary>The event is reported as not having happened ("did not meet").</summary>
    public bool Negated { get; init; }
}

/// <summary>What an article's commitments state and what its quotes and events are evidence of.</summary>
public sealed record ArticleCommitmentLinks(ImmutableArray<ArticleStatement> Statements, ImmutableArray<ArticleEvidence> Evidence)
{
    public static ArticleCommitmentLinks None { get; } = new([], []);
}

/// <param name="Ordinal">The commitment's index in the article.</param>
public sealed record ArticleStatement(int Ordinal, string TrackedId, CommitmentStatus Status);

/// <param name="Ordinal">The quote's or event's index in the article.</param>
public sealed record ArticleEvidence(EvidenceSource Source, int Ordinal, string TrackedId, string? ActorName, string TrackedText, EvidenceStance Stance, double Score);

/// <summary>Which events to list: those involving an actor (its canonical name or any spelling, case ignored) and dated within a range (inclusive).</summary>
public sealed record EventQuery(string? Actor = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>Only events one of these stored actors (by id) takes part in.</summary>
    public IReadOnlyList<string>? ActorIds { get; init; }

    /// <summary>Only events of these types.</summary>
    public IReadOnlyList<EventType>? Types { get; init; }

    /// <summary>Only events reported so: happened, planned or expected.</summary>
    public EventStatus? Status { get; init; }

    /// <summary>Latest first instead of oldest first; undated events still come last.</summary>
    public bool NewestFirst { get; init; }

    /// <summary>At most this many events; null for all.</summary>
    public int? Limit { get; init; }
}

/// <summary>Events of one type that <see cref="First"/> and <see cref="Second"/> both take part in (the pair ordered by key).</summary>
public sealed record EventTie(EventParticipant First, EventParticipant Second, EventType Type, int Events);

/// <param name="Key">The stored actor's id, else <c>name:</c> and the name in lower case.</param>
/// <param name="ActorId">The stored actor's id; null for a name no actor holds.</param>
public sealed record EventParticipant(string Key, string Name, string? ActorId);

public sealed record EventCount(DateOnly Day, EventType Type, int Count);

/// <summary>An event with its article; <see cref="Date"/> is the event's own date, else the article's publication date.</summary>
public sealed record StoredEvent(ArticleRef Article, int Ordinal, NewsEvent Event, string Text)
{
    public DateInterval? Date { get; init; }
}

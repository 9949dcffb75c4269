using Vigil.Documents;

namespace Vigil.Storage;

/// <summary>
/// Where analysed articles live. One interface, with SQLite (the laptop default) and
/// PostgreSQL (a team, several workers) behind it; both must pass the same test suite. An article is identified by the hash
/// of its text (<see cref="Document.ContentHash"/>), so storing the same text twice stores it once.
/// Each article is written in one transaction: all of its annotations or none. An entity with an
/// <see cref="Entity.ActorId"/> is linked to that stored actor (created from the entity when the
/// id is new), and the actor gains the entity's spellings as aliases.
/// </summary>
public partial interface IArticleStore : IAsyncDisposable
{
    /// <summary>Stores an analysed document with all its layers; returns whether it was new.</summary>
    Task<StoreOutcome> StoreAsync(Document analyzed, CancellationToken cancellationToken = default);

    Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether the text whose <see cref="Document.ContentHash"/> this is has been stored: what ingest
    /// asks before analysing a read article, so that a run over a folder already stored, or the
    /// rerun of one interrupted, does not analyse again what it would not store.
    /// </summary>
    Task<bool> IsStoredAsync(string contentHash, CancellationToken cancellationToken = default);

    /// <summary>The stored document with its text, metadata, boilerplate, entities and quotes; null when no article has that id.</summary>
    Task<StoredArticle?> GetArticleAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores actors by <see cref="Actor.Id"/>: a new id is added; a known one gains the aliases it
    /// lacked, and takes the new name and facts when they come from a watch list (the user's word
    /// wins over a list's). Returns how many were new. All or none are saved.
    /// </summary>
    Task<int> SaveActorsAsync(IReadOnlyList<Actor> actors, CancellationToken cancellationToken = default);

    /// <summary>Every stored actor with its aliases and the number of articles naming it, by name.</summary>
    Task<IReadOnlyList<StoredActor>> ListActorsAsync(CancellationToken cancellationToken = default);
}

public enum StoreOutcome
{
    Added,
    AlreadyStored,
}

public sealed record StoreCounts(long Articles, long Entities, long Quotes, long Commitments, long Events)
{
    /// <summary>Distinct stories: near-duplicate copies of one story count once (see <see cref="IArticleStore.GetStoryAsync"/>).</summary>
    public long Stories { get; init; }
}

public sealed record ArticleSummary(string Id, string? Title, string Source, DateOnly? Published, DateTimeOffset IngestedAt, int QuoteCount);

public sealed record StoredArticle(string Id, DateTimeOffset IngestedAt, Document Document);

public sealed record StoredActor(Actor Actor, int Articles);

using Vigil.Documents;

namespace Vigil.Storage;

/// <summary>What the web app and its API ask of the stored articles beyond reading one whole.</summary>
public partial interface IArticleStore
{
    /// <summary>The stored actor with that id, with the number of articles naming it; null when unknown.</summary>
    Task<StoredActor?> GetActorAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The ids of the actors a user means by <paramref name="nameOrId"/>: the actor with that id, else
    /// those whose canonical name or an alias it is, else the people whose surname it is — case ignored.
    /// </summary>
    Task<IReadOnlyList<string>> FindActorIdsAsync(string nameOrId, CancellationToken cancellationToken = default);

    /// <summary>Quotes across articles, newest article first and in text order within one.</summary>
    Task<IReadOnlyList<QuoteRecord>> ListQuotesAsync(QuoteFilter filter, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>The articles naming an actor, newest first, with how often each names it.</summary>
    Task<IReadOnlyList<ActorMention>> ListMentionsAsync(string actorId, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>How many articles name the actor on each day (the publication date, else the day it was stored), oldest first.</summary>
    Task<IReadOnlyList<DailyCount>> CountMentionsByDayAsync(string actorId, CancellationToken cancellationToken = default);

    /// <summary>The actors most often named in the same articles as this one, most shared articles first.</summary>
    Task<IReadOnlyList<ActorAlongside>> ListActorsAlongsideAsync(string actorId, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// The commitments an actor made (it is bound) or received (it is the beneficiary), newest
    /// article first, each with the tracked commitment it states and that one's status.
    /// </summary>
    Task<IReadOnlyList<ActorCommitment>> ListCommitmentsOfActorAsync(string actorId, int limit, CancellationToken cancellationToken = default);

    /// <summary>How many tracked commitments stand at each status (their latest verdict; not yet rated without one).</summary>
    Task<IReadOnlyDictionary<CommitmentStatus, int>> CountCommitmentsByStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>Articles whose text matches the query, best match first, each with the first matching span.</summary>
    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);
}

/// <summary>
/// Which quotes to list. Null fields do not filter. <see cref="ActorIds"/> keeps the quotes whose
/// speaker resolved to one of those actors; <see cref="SpeakerName"/> those whose speaker is named so (case ignored).
/// When both are given a quote matching either is kept.
/// </summary>
public sealed record QuoteFilter
{
    public static QuoteFilter All { get; } = new();

    public IReadOnlyList<string>? ActorIds { get; init; }
    public string? SpeakerName { get; init; }
    public string? ArticleId { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}

/// <summary>One quote with its article and its words, as lists and exports show it.</summary>
public sealed record QuoteRecord(
    string ArticleId,
    string? ArticleTitle,
    DateOnly? Published,
    int Index,
    TextSpan Span,
    string Text,
    QuoteKind Kind,
    string? SpeakerName,
    string? SpeakerActorId,
    string? Cue);

public sealed record ActorMention(ArticleSummary Article, int Mentions);

public sealed record DailyCount(DateOnly Day, int Count);

/// <param name="Made">True when the actor is bound by it, false when it is the beneficiary.</param>
public sealed record ActorCommitment(ArticleRef Article, int Ordinal, string Text, CommitmentKind Kind, bool Negated, string? ActorName, string? Beneficiary,
    bool Made, string? TrackedId, CommitmentStatus? Status);

public sealed record ActorAlongside(string Id, string Name, EntityType Type, int SharedArticles);

/// <summary>
/// A full-text query: <see cref="Text"/> as a user types it (words, "quoted phrases"); every word must
/// match, accents and case ignored. The filters narrow it to articles naming one of <see cref="ActorIds"/>,
/// published within <see cref="From"/>–<see cref="To"/>, from a source or URL containing <see cref="Source"/>.
/// </summary>
/// <remarks>
/// Counting and ranking every match costs time in proportion to the matches (seconds for a common word
/// over a million articles), so both are bounded: matches are counted up to <see cref="CountLimit"/>,
/// and ranked by relevance only when at most <see cref="RankLimit"/> match; more are listed the most
/// recently stored first, which an index answers without reading the rest.
/// </remarks>
public sealed record SearchQuery(string Text)
{
    public const int DefaultCountLimit = 10_000;
    public const int DefaultRankLimit = 1_000;

    public IReadOnlyList<string>? ActorIds { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Source { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = 20;

    /// <summary>Counting stops past this many matches: <see cref="SearchResults.Total"/> is then this number and <see cref="SearchResults.TotalCapped"/> is set.</summary>
    public int CountLimit { get; init; } = DefaultCountLimit;

    /// <summary>At most this many matches are ranked by relevance; past it (at most <see cref="CountLimit"/>) they come most recently stored first.</summary>
    public int RankLimit { get; init; } = DefaultRankLimit;

    /// <summary>What a store counts to: one past <see cref="CountLimit"/>, to tell "exactly that many" from "more".</summary>
    internal long CountUpTo => (long)CountLimit + 1;

    internal void ThrowIfInvalid()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Offset);
        ArgumentOutOfRangeException.ThrowIfNegative(Limit);
        ArgumentOutOfRangeException.ThrowIfNegative(CountLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(RankLimit);
    }

    /// <summary>The results, as yet without hits, of finding <paramref name="counted"/> matches when counting up to <see cref="CountUpTo"/>.</summary>
    internal SearchResults Counted(long counted)
    {
        var capped = counted > CountLimit;
        return new SearchResults(capped ? CountLimit : counted, [])
        {
            TotalCapped = capped,
            Order = !capped && counted <= RankLimit ? SearchOrder.Relevance : SearchOrder.Newest,
        };
    }
}

/// <summary>How the hits of a search are ordered.</summary>
public enum SearchOrder
{
    /// <summary>Best match first (ties: most recently stored first); every match was ranked.</summary>
    Relevance,

    /// <summary>Most recently stored first: more matched than <see cref="SearchQuery.RankLimit"/>.</summary>
    Newest,
}

/// <summary>
/// A page of hits. <see cref="Total"/> is the number of matching articles, exact unless
/// <see cref="TotalCapped"/>: then counting stopped at <see cref="SearchQuery.CountLimit"/> and more match.
/// </summary>
public sealed record SearchResults(long Total, IReadOnlyList<SearchHit> Hits)
{
    public bool TotalCapped { get; init; }
    public SearchOrder Order { get; init; }
}

/// <summary>
/// A matching article and where it matches: <see cref="Span"/> is the first match in the text
/// (its words in <see cref="Match"/>), <see cref="Matches"/> how many there are.
/// </summary>
public sealed record SearchHit(string ArticleId, string? Title, string Source, DateOnly? Published, TextSpan Span, string Match, int Matches, string Before, string After);

using System.ComponentModel;
using Vigil.Documents;
using Vigil.Storage;

namespace Vigil.Web.Api;

// What the API answers, as plain records: the JSON a script reads is fixed here, not by whatever
// the domain types happen to hold. Enum values are the words the contract and the store use.

/// <summary>A page of items; <see cref="Next"/> is the offset of the next page, null on the last.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int Limit, int? Next);

public sealed record SpanItem(int Start, int End, string Text);

public sealed record ArticleItem(string Id, string? Title, string Source, string? Published, DateTimeOffset IngestedAt, int Quotes)
{
    public static ArticleItem From(ArticleSummary a) => new(a.Id, a.Title, a.Source, Dates.Format(a.Published), a.IngestedAt, a.QuoteCount);
}

public sealed record BoilerplateItem(int Start, int End, string Kind);

public sealed record EntityItem(string Id, string Name, string Type, string? Title, string? ActorId, double? Confidence,
    IReadOnlyList<string> Aliases, IReadOnlyList<SpanItem> Mentions, IReadOnlyList<SpanItem> References);

public sealed record ArticleQuoteItem(int Index, int Start, int End, string Text, string Kind, string? Speaker, string? SpeakerName, string? SpeakerActorId, SpanItem? Source, SpanItem? Cue);

public sealed record ArticleCommitmentItem(int Index, int Start, int End, string Text, string Kind, string? Actor, string? ActorName, string? SpeakerName,
    string? Beneficiary, SpanItem? Condition, SpanItem? Deadline, bool Negated);

public sealed record ArticleEventItem(int Index, int Start, int End, string Text, string Type, string Status, bool Negated,
    IReadOnlyList<EventActorItem> Actors, string? Place, string? BlamedOn, IReadOnlyList<FigureItem> Figures);

public sealed record EventActorItem(string EntityId, string Name, string Role);

public sealed record FigureItem(long Count, string Unit, string Kind, string Qualifier, int Start, int End);

public sealed record ArticleDetail(
    string Id, string? InputId, string? Title, string Source, string? Url, string? Author, string? Published, DateTimeOffset IngestedAt, string Text,
    IReadOnlyList<BoilerplateItem> Boilerplate, IReadOnlyList<EntityItem> Entities, IReadOnlyList<ArticleQuoteItem> Quotes,
    IReadOnlyList<ArticleCommitmentItem> Commitments, IReadOnlyList<ArticleEventItem> Events);

public sealed record ActorItem(string Id, string Name, string Type, string Origin, string? Role, string? Country, string? Organisation, IReadOnlyList<string> Aliases, int Articles)
{
    public static ActorItem From(StoredActor stored)
    {
        var a = stored.Actor;
        return new(a.Id, a.Name, StoredNames.Of(a.Type), StoredNames.Of(a.Origin), a.Role, a.Country, a.Organisation, a.Aliases, stored.Articles);
    }
}

public sealed record ActorDetail(ActorItem Actor, IReadOnlyList<AlongsideItem> Alongside, IReadOnlyList<DayItem> ArticlesByDay);

public sealed record AlongsideItem(string Id, string Name, string Type, int SharedArticles);

public sealed record DayItem(string Day, int Articles);

public sealed record QuoteItem(string ArticleId, string? ArticleTitle, string? Published, int Index, int Start, int End, string Text, string Kind,
    string? SpeakerName, string? SpeakerActorId, string? Cue)
{
    public static QuoteItem From(QuoteRecord q) => new(q.ArticleId, q.ArticleTitle, Dates.Format(q.Published), q.Index, q.Span.Start, q.Span.End, q.Text,
        StoredNames.Of(q.Kind), q.SpeakerName, q.SpeakerActorId, q.Cue);
}

public sealed record SearchItem(string Id, string? Title, string Source, string? Published, int Start, int End, string Text, string Before, string After, int Matches)
{
    public static SearchItem From(SearchHit h) => new(h.ArticleId, h.Title, h.Source, Dates.Format(h.Published), h.Span.Start, h.Span.End, h.Match, h.Before, h.After, h.Matches);
}

public sealed record SearchPage(
    [property: Description("Articles that match: exact unless totalCapped, then counting stopped there and more match (shown as \"10,000+\").")] long Total,
    [property: Description("True when more articles match than total: counting stops at the cap to stay fast.")] bool TotalCapped,
    [property: Description("relevance: best match first, every match ranked (up to 1,000 matches); newest: too many to rank, the most recently stored first.")] string Order,
    IReadOnlyList<SearchItem> Items, int Offset, int Limit,
    [property: Description("Offset of the next page; null on the last.")] int? Next)
{
    public static SearchPage From(SearchResults results, int offset, int limit)
    {
        // A capped total is no end: a full page says there may be more.
        var seen = offset + results.Hits.Count;
        int? next = seen < results.Total || (results.TotalCapped && results.Hits.Count == limit) ? seen : null;
        return new SearchPage(results.Total, results.TotalCapped, SearchOrderNames.Of(results.Order), [.. results.Hits.Select(SearchItem.From)], offset, limit, next);
    }
}

/// <summary>The names of <see cref="SearchOrder"/> as the API and the search page's links use them.</summary>
public static class SearchOrderNames
{
    public static string Of(SearchOrder order) => order == SearchOrder.Relevance ? "relevance" : "newest";
}

/// <summary>The body of <c>POST /api/v1/commitments/{id}/status</c>.</summary>
/// <param name="Status">not-yet-rated, in-the-works, stalled, kept, compromise or broken (case, spaces and hyphens do not matter).</param>
/// <param name="Note">Why: the analyst's reason, kept with the verdict.</param>
public sealed record StatusChange(string Status, string? Note);

public sealed record ProblemItem(string Error);

internal static class Dates
{
    public static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

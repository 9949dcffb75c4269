using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vigil.Documents;
using Vigil.Storage;
using Vigil.Web.Accounts;

namespace Vigil.Web.Api;

/// <summary>
/// <c>/api/v1</c>: what the pages show, as JSON for scripts, with CSV and JSON Lines exports of
/// quotes, commitments and events (<c>?format=csv|jsonl</c>). Lists page with <c>offset</c> and
/// <c>limit</c>. Reading needs any role; changing a commitment's status needs an analyst.
/// </summary>
public static class ApiEndpoints
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static void MapVigilApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policies.Read).WithTags("Vigil");

        api.MapGet("/articles", ListArticlesAsync).WithSummary("Articles, newest first.");
        api.MapGet("/articles/{id}", GetArticleAsync).WithSummary("One article: its text and every annotation, with offsets into the text.");
        api.MapGet("/actors", ListActorsAsync).WithSummary("Actors by name; q finds by id, name, alias or surname.");
        api.MapGet("/actors/{id}", GetActorAsync).WithSummary("One actor with the actors most often alongside and the articles naming it by day.");
        api.MapGet("/quotes", ListQuotesAsync).WithSummary("Quotes, newest article first; actor is an id, or a canonical name, alias or surname (case ignored).");
        api.MapGet("/commitments", ListCommitmentsAsync).WithSummary("Tracked commitments with their statements, evidence and verdicts.");
        api.MapGet("/commitments/{id}", GetCommitmentAsync).WithSummary("One tracked commitment.");
        api.MapPost("/commitments/{id}/status", ChangeStatusAsync)
            .RequireAuthorization(Policies.Analyze)
            .WithSummary("An analyst's verdict: appends a status with a note to the commitment's history.");
        api.MapGet("/events", ListEventsAsync).WithSummary("Events by date; actor is a name or spelling (case ignored).");
        api.MapGet("/search", SearchAsync)
            .WithSummary("Full-text search: each hit has the article's id and title and the first matching span's offsets and text.")
            .WithDescription($"Every word must match (case and accents ignored); \"quoted words\" are a phrase, word* a prefix. " +
                             $"Matches are counted up to {SearchQuery.DefaultCountLimit:N0}: past that total is {SearchQuery.DefaultCountLimit:N0} and totalCapped is true. " +
                             $"Up to {SearchQuery.DefaultRankLimit:N0} matches are ranked by relevance (order: relevance); more are listed the most recently stored first " +
                             "(order: newest): add words or narrow the dates to have them ranked. Page with offset and next, which stays set while pages are full past a capped total.");
    }

    private static async Task<Ok<Page<ArticleItem>>> ListArticlesAsync(IArticleStore store, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var (skip, take) = Paging(offset, limit);
        var rows = await store.ListArticlesAsync(skip, take + 1, cancellationToken);
        return TypedResults.Ok(Page(rows.Select(ArticleItem.From).ToList(), skip, take));
    }

    private static async Task<Results<Ok<ArticleDetail>, NotFound<ProblemItem>>> GetArticleAsync(IArticleStore store, string id, CancellationToken cancellationToken)
    {
        if (await store.GetArticleAsync(id, cancellationToken) is not { } article)
            return TypedResults.NotFound(new ProblemItem($"no article has the id '{id}'"));
        return TypedResults.Ok(ArticleDetails.From(article));
    }

    private static async Task<Ok<Page<ActorItem>>> ListActorsAsync(IArticleStore store, string? q, string? type, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var (skip, take) = Paging(offset, limit);
        IEnumerable<StoredActor> actors = await store.ListActorsAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var ids = (await store.FindActorIdsAsync(q, cancellationToken)).ToHashSet(StringComparer.Ordinal);
            actors = actors.Where(a => ids.Contains(a.Actor.Id));
        }
        if (!string.IsNullOrWhiteSpace(type))
            actors = actors.Where(a => string.Equals(StoredNames.Of(a.Actor.Type), type.Trim(), StringComparison.OrdinalIgnoreCase));
        return TypedResults.Ok(Page(actors.Skip(skip).Take(take + 1).Select(ActorItem.From).ToList(), skip, take));
    }

    private static async Task<Results<Ok<ActorDetail>, NotFound<ProblemItem>>> GetActorAsync(IArticleStore store, string id, CancellationToken cancellationToken)
    {
        if (await store.GetActorAsync(id, cancellationToken) is not { } actor)
            return TypedResults.NotFound(new ProblemItem($"no actor has the id '{id}'"));
        var alongside = await store.ListActorsAlongsideAsync(id, 20, cancellationToken);
        var days = await store.CountMentionsByDayAsync(id, cancellationToken);
        return TypedResults.Ok(new ActorDetail(ActorItem.From(actor),
            [.. alongside.Select(a => new AlongsideItem(a.Id, a.Name, StoredNames.Of(a.Type), a.SharedArticles))],
            [.. days.Select(d => new DayItem(Dates.Format(d.Day)!, d.Count))]));
    }

    private static async Task<IResult> ListQuotesAsync(HttpContext context, IArticleStore store, string? actor, string? article, DateOnly? from, DateOnly? to,
        int? offset, int? limit, string? format, CancellationToken cancellationToken)
    {
        var filter = new QuoteFilter { ArticleId = article, From = from, To = to };
        if (!string.IsNullOrWhiteSpace(actor))
            // an actor's id or any of its names, or failing that a speaker named so who is no stored actor
            filter = filter with { ActorIds = await store.FindActorIdsAsync(actor, cancellationToken), SpeakerName = actor.Trim() };
        if (Exports.IsExport(format))
            return new ExportResult<QuoteItem>(format!, "quotes",
                ["articleId", "articleTitle", "published", "index", "start", "end", "text", "kind", "speakerName", "speakerActorId", "cue"],
                q => [q.ArticleId, q.ArticleTitle, q.Published, q.Index, q.Start, q.End, q.Text, q.Kind, q.SpeakerName, q.SpeakerActorId, q.Cue],
                AllQuotesAsync(store, filter, cancellationToken));
        if (format is { Length: > 0 } and not "json")
            return UnknownFormat(format);
        var (skip, take) = Paging(offset, limit);
        var rows = await store.ListQuotesAsync(filter, skip, take + 1, cancellationToken);
        return TypedResults.Ok(Page(rows.Select(QuoteItem.From).ToList(), skip, take));
    }

    private static async IAsyncEnumerable<QuoteItem> AllQuotesAsync(IArticleStore store, QuoteFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var offset = 0; ; offset += MaxLimit)
        {
            var rows = await store.ListQuotesAsync(filter, offset, MaxLimit, cancellationToken);
            foreach (var row in rows)
                yield return QuoteItem.From(row);
            if (rows.Count < MaxLimit)
                yield break;
        }
    }

    private static async Task<IResult> ListCommitmentsAsync(IArticleStore store, string? actor, string? status, string? kind, int? offset, int? limit, string? format,
        CancellationToken cancellationToken)
    {
        IEnumerable<TrackedCommitment> commitments = await store.ListTrackedCommitmentsAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(actor))
        {
            var ids = (await store.FindActorIdsAsync(actor, cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var name = actor.Trim();
            commitments = commitments.Where(c => (c.ActorId is { } id && ids.Contains(id)) || string.Equals(c.ActorName, name, StringComparison.OrdinalIgnoreCase));
        }
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!CommitmentStatusLabels.TryParse(status, out var wanted))
                return TypedResults.BadRequest(new ProblemItem($"'{status}' is not a status: use {string.Join(", ", CommitmentStatusLabels.All.Select(StoredCommitmentNames.Of))}"));
            commitments = commitments.Where(c => c.Status == wanted);
        }
        if (!string.IsNullOrWhiteSpace(kind))
            commitments = commitments.Where(c => string.Equals(StoredCommitmentNames.Of(c.Kind), kind.Trim(), StringComparison.OrdinalIgnoreCase));
        var items = commitments.Select(CommitmentItem.From);
        if (Exports.IsExport(format))
            return new ExportResult<CommitmentItem>(format!, "commitments",
                ["id", "actorId", "actorName", "kind", "negated", "text", "status", "statements", "evidence", "lastVerdictNote"],
                c => [c.Id, c.ActorId, c.ActorName, c.Kind, c.Negated, c.Text, c.Status, c.Statements.Count, c.Evidence.Count, c.Verdicts.LastOrDefault()?.Note],
                items.ToAsyncEnumerable());
        if (format is { Length: > 0 } and not "json")
            return UnknownFormat(format);
        var (skip, take) = Paging(offset, limit);
        return TypedResults.Ok(Page(items.Skip(skip).Take(take + 1).ToList(), skip, take));
    }

    private static async Task<Results<Ok<CommitmentItem>, NotFound<ProblemItem>>> GetCommitmentAsync(IArticleStore store, string id, CancellationToken cancellationToken)
    {
        if (await store.GetTrackedCommitmentAsync(id, cancellationToken) is not { } commitment)
            return TypedResults.NotFound(new ProblemItem($"no tracked commitment has the id '{id}'"));
        return TypedResults.Ok(CommitmentItem.From(commitment));
    }

    private static async Task<Results<Ok<CommitmentItem>, NotFound<ProblemItem>, BadRequest<ProblemItem>>> ChangeStatusAsync(
        HttpContext context, IArticleStore store, TimeProvider clock, string id, [FromBody] StatusChange change, CancellationToken cancellationToken)
    {
        if (!CommitmentStatusLabels.TryParse(change.Status, out var status))
            return TypedResults.BadRequest(new ProblemItem($"'{change.Status}' is not a status: use {string.Join(", ", CommitmentStatusLabels.All.Select(StoredCommitmentNames.Of))}"));
        var note = (change.Note ?? "").Trim();
        if (note.Length > 4000)
            return TypedResults.BadRequest(new ProblemItem("the note is longer than 4000 characters"));
        var verdict = new CommitmentVerdict(status, note, context.User.Identity?.Name ?? "unknown", clock.GetUtcNow());
        if (!await store.AddVerdictAsync(id, verdict, cancellationToken))
            return TypedResults.NotFound(new ProblemItem($"no tracked commitment has the id '{id}'"));
        return TypedResults.Ok(CommitmentItem.From((await store.GetTrackedCommitmentAsync(id, cancellationToken))!));
    }

    private static async Task<IResult> ListEventsAsync(IArticleStore store, string? actor, string? type, DateOnly? from, DateOnly? to,
        int? offset, int? limit, string? format, CancellationToken cancellationToken)
    {
        IEnumerable<StoredEvent> events = await store.ListEventsAsync(new EventQuery(actor, from, to), cancellationToken);
        if (!string.IsNullOrWhiteSpace(type))
            events = events.Where(e => string.Equals(StoredCommitmentNames.Of(e.Event.Type), type.Trim(), StringComparison.OrdinalIgnoreCase));
        var items = events.Select(EventItem.From);
        if (Exports.IsExport(format))
            return new ExportResult<EventItem>(format!, "events",
                ["articleId", "articleTitle", "published", "index", "start", "end", "text", "type", "status", "negated", "dateFrom", "dateTo", "place", "blamedOn", "actors"],
                e => [e.ArticleId, e.ArticleTitle, e.Published, e.Index, e.Start, e.End, e.Text, e.Type, e.Status, e.Negated, e.DateFrom, e.DateTo, e.Place, e.BlamedOn,
                      string.Join("; ", e.Actors.Select(a => $"{a.Name} ({a.Role})"))],
                items.ToAsyncEnumerable());
        if (format is { Length: > 0 } and not "json")
            return UnknownFormat(format);
        var (skip, take) = Paging(offset, limit);
        return TypedResults.Ok(Page(items.Skip(skip).Take(take + 1).ToList(), skip, take));
    }

    private static async Task<Results<Ok<SearchPage>, BadRequest<ProblemItem>>> SearchAsync(IArticleStore store, VigilWebOptions options, string? q, string? actor,
        DateOnly? from, DateOnly? to, string? source, int? offset, int? limit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
            return TypedResults.BadRequest(new ProblemItem("give the words to search for as q"));
        var (skip, take) = Paging(offset, limit);
        var results = await store.SearchAsync(new SearchQuery(q)
        {
            ActorIds = string.IsNullOrWhiteSpace(actor) ? null : await store.FindActorIdsAsync(actor, cancellationToken),
            From = from,
            To = to,
            Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim(),
            Offset = skip,
            Limit = take,
            CountLimit = options.SearchCountLimit,
            RankLimit = options.SearchRankLimit,
        }, cancellationToken);
        return TypedResults.Ok(SearchPage.From(results, skip, take));
    }

    private static (int Offset, int Limit) Paging(int? offset, int? limit) =>
        (Math.Max(0, offset ?? 0), Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit));

    /// <summary>A page from one more row than asked for: its presence says whether a next page exists.</summary>
    private static Page<T> Page<T>(List<T> rowsPlusOne, int offset, int limit) =>
        rowsPlusOne.Count > limit
            ? new Page<T>(rowsPlusOne[..limit], offset, limit, offset + limit)
            : new Page<T>(rowsPlusOne, offset, limit, null);

    private static BadRequest<ProblemItem> UnknownFormat(string format) =>
        TypedResults.BadRequest(new ProblemItem($"'{format}' is not a format: use json, csv or jsonl"));

    private sealed class ExportResult<T>(string format, string name, IReadOnlyList<string> header, Func<T, IReadOnlyList<object?>> cells, IAsyncEnumerable<T> rows) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var json = httpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            return Exports.WriteAsync(httpContext, format, name, header, cells, rows, json);
        }
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Vigil.Storage;

namespace Vigil.Web.Pages;

/// <summary>Full-text search with filters; each hit shows the first matching words in their sentence.</summary>
public sealed class SearchModel(IArticleStore store, VigilWebOptions options) : PageModel
{
    public const int PageSize = 20;

    public string Query { get; private set; } = "";
    public string Actor { get; private set; } = "";
    public string Source { get; private set; } = "";
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    public int Offset { get; private set; }
    public SearchResults? Results { get; private set; }
    public string? Problem { get; private set; }

    /// <summary>Past this many matches hits come most recently added first, not ranked.</summary>
    public int RankLimit => options.SearchRankLimit;

    public async Task OnGetAsync(string? q, string? actor, DateOnly? from, DateOnly? to, string? source, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        Query = q?.Trim() ?? "";
        Actor = actor?.Trim() ?? "";
        Source = source?.Trim() ?? "";
        From = from;
        To = to;
        Offset = Math.Max(0, (Math.Clamp(pageNumber ?? 1, 1, 10_000) - 1) * PageSize);
        if (Query.Length == 0)
            return;
        if (!ModelState.IsValid)
        {
            Problem = "A date is not in the form YYYY-MM-DD.";
            return;
        }
        IReadOnlyList<string>? actorIds = null;
        if (Actor.Length > 0)
        {
            actorIds = await store.FindActorIdsAsync(Actor, cancellationToken);
            if (actorIds.Count == 0)
            {
                Problem = $"No stored actor is called “{Actor}”.";
                return;
            }
        }
        Results = await store.SearchAsync(new SearchQuery(Query)
        {
            ActorIds = actorIds,
            From = From,
            To = To,
            Source = Source.Length == 0 ? null : Source,
            Offset = Offset,
            Limit = PageSize,
            CountLimit = options.SearchCountLimit,
            RankLimit = options.SearchRankLimit,
        }, cancellationToken);
    }

    /// <summary>"10,000+ articles match" when counting stopped at the cap: never a made-up exact number.</summary>
    public static string Summary(SearchResults results) =>
        results.TotalCapped ? $"{results.Total:N0}+ articles match"
        : results.Total == 1 ? "1 article matches"
        : $"{results.Total:N0} articles match";

    /// <summary>Whether a next page may hold hits: past a capped total only a full page says so.</summary>
    public bool HasNextPage(SearchResults results) =>
        Offset + results.Hits.Count < results.Total || (results.TotalCapped && results.Hits.Count == PageSize);

    public string PageLink(int step)
    {
        var parameters = new Dictionary<string, string?> { ["q"] = Query };
        if (Actor.Length > 0) parameters["actor"] = Actor;
        if (From is { } from) parameters["from"] = from.ToString("yyyy-MM-dd");
        if (To is { } to) parameters["to"] = to.ToString("yyyy-MM-dd");
        if (Source.Length > 0) parameters["source"] = Source;
        parameters["page"] = (Offset / PageSize + 1 + step).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString("/search", parameters);
    }
}

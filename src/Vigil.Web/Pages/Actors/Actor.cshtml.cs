using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Storage;
using Vigil.Web.Rendering.Charts;

namespace Vigil.Web.Pages.Actors;

/// <summary>One actor across every article: its names, what it said and committed to, what it did, where it is named, and with whom.</summary>
public sealed class ActorModel(IArticleStore store, Microsoft.AspNetCore.Authorization.IAuthorizationService authorization) : PageModel
{
    public const int ListLength = 50;

    public StoredActor Actor { get; private set; } = null!;
    public IReadOnlyList<QuoteRecord> Quotes { get; private set; } = [];
    public IReadOnlyList<ActorMention> Mentions { get; private set; } = [];
    public IReadOnlyList<ActorAlongside> Alongside { get; private set; } = [];
    public IHtmlContent Chart { get; private set; } = HtmlString.Empty;
    public IReadOnlyList<ActorCommitment> Commitments { get; private set; } = [];
    public IReadOnlyList<StoredEvent> Events { get; private set; } = [];

    /// <summary>The watch form for analysts; null for a reader who may not watch.</summary>
    public Vigil.Web.Pages.Shared.WatchButton? Watch { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await store.GetActorAsync(id, cancellationToken) is not { } actor)
            return NotFound();
        Actor = actor;
        Quotes = await store.ListQuotesAsync(new QuoteFilter { ActorIds = [id] }, 0, ListLength, cancellationToken);
        Mentions = await store.ListMentionsAsync(id, 0, ListLength, cancellationToken);
        Alongside = await store.ListActorsAlongsideAsync(id, 12, cancellationToken);
        Commitments = await store.ListCommitmentsOfActorAsync(id, ListLength, cancellationToken);
        if ((await Microsoft.AspNetCore.Authorization.AuthorizationServiceExtensions.AuthorizeAsync(authorization, User, Accounts.Policies.Analyze)).Succeeded)
        {
            var watched = (await store.ListWatchesAsync(User.Identity?.Name ?? "unknown", cancellationToken)).Any(w => w.Kind == WatchKind.Actor && w.TargetId == id);
            Watch = new Vigil.Web.Pages.Shared.WatchButton("actor", id, watched, Links.Actor(id));
        }
        Events = await store.ListEventsAsync(new EventQuery { ActorIds = [id], NewestFirst = true, Limit = ListLength }, cancellationToken);
        var buckets = TimeBuckets.From(await store.CountMentionsByDayAsync(id, cancellationToken));
        Chart = BarChart.Render([.. buckets.Select(b => (b.Label, b.Count))], $"Articles naming {actor.Actor.Name}, by {(buckets.Count > 0 ? "period" : "day")}", "chart mentions-chart");
        return Page();
    }
}

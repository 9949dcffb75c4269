using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Documents;
using Vigil.Storage;
using Vigil.Web.Rendering.Charts;

namespace Vigil.Web.Pages.Events;

/// <summary>
/// The events timeline with filters, a chart of the selected events by the day reported and the
/// network of actors they tie together (cooperation and conflict, weighted by events).
/// </summary>
public sealed class IndexModel(IArticleStore store) : PageModel
{
    public const int ListLength = 200;

    public string Actor { get; private set; } = "";
    public string Type { get; private set; } = "";
    public string Status { get; private set; } = "";
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    public string? Problem { get; private set; }

    public IReadOnlyList<StoredEvent> Events { get; private set; } = [];
    public bool More { get; private set; }
    public int Total { get; private set; }
    public IHtmlContent Chart { get; private set; } = HtmlString.Empty;
    public Network Network { get; private set; } = new([], [], 0);
    public IHtmlContent Graph { get; private set; } = HtmlString.Empty;

    /// <summary>The choices of the type filter: both classes, then every CAMEO root.</summary>
    public static IEnumerable<(string Value, string Label)> TypeChoices =>
        [("cooperation", "Any cooperation (01–08)"), ("conflict", "Any conflict (09–20)"),
         .. Enum.GetValues<EventType>().Select(t => (StoredCommitmentNames.Of(t), $"{(int)t + 1:00} {StoredCommitmentNames.Of(t)}"))];

    /// <summary>The value stored under that name, case ignored; null for none.</summary>
    private static T? Named<T>(string name, Func<T, string> nameOf) where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => string.Equals(nameOf(v), name, StringComparison.OrdinalIgnoreCase)).Select(v => (T?)v).FirstOrDefault();

    public async Task OnGetAsync(string? actor, string? type, string? status, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        Actor = actor?.Trim() ?? "";
        Type = type?.Trim() ?? "";
        Status = status?.Trim() ?? "";
        From = from;
        To = to;
        if (!ModelState.IsValid)
        {
            Problem = "A date is not in the form YYYY-MM-DD.";
            return;
        }
        var query = new EventQuery(From: From, To: To);
        if (Actor.Length > 0)
        {
            // A stored actor by id, name, alias or surname; else the name as articles write it.
            var ids = await store.FindActorIdsAsync(Actor, cancellationToken);
            query = ids.Count > 0 ? query with { ActorIds = ids } : query with { Actor = Actor };
        }
        if (Type.Length > 0)
        {
            IReadOnlyList<EventType>? types = Type switch
            {
                "cooperation" => [.. Enum.GetValues<EventType>().Where(t => !EventClasses.IsConflict(t))],
                "conflict" => [.. Enum.GetValues<EventType>().Where(EventClasses.IsConflict)],
                _ => Named<EventType>(Type, StoredCommitmentNames.Of) is { } one ? [one] : null,
            };
            if (types is null)
            {
                Problem = $"“{Type}” is not an event type.";
                return;
            }
            query = query with { Types = types };
        }
        if (Status.Length > 0)
        {
            if (Named<EventStatus>(Status, StoredCommitmentNames.Of) is not { } wanted)
            {
                Problem = $"“{Status}” is not an event status: happened, planned or expected.";
                return;
            }
            query = query with { Status = wanted };
        }

        var listed = await store.ListEventsAsync(query with { NewestFirst = true, Limit = ListLength + 1 }, cancellationToken);
        More = listed.Count > ListLength;
        Events = [.. listed.Take(ListLength)];
        var counts = await store.CountEventsByDayAsync(query, cancellationToken);
        Total = counts.Sum(c => c.Count);
        Chart = BarChart.Render(TimeBuckets.Events(counts), "Selected events by the day reported, cooperation and conflict stacked", "chart events-chart");
        Network = NetworkGraph.Build(await store.CountEventTiesAsync(query, cancellationToken));
        Graph = NetworkGraph.Render(Network, "Actors tied by the selected events: green edges cooperation, red conflict, thicker with more events");
    }
}

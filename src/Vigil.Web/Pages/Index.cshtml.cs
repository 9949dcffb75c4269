using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Documents;
using Vigil.Storage;
using Vigil.Web.Rendering.Charts;

namespace Vigil.Web.Pages;

/// <summary>What an analyst looks at first: what came in last, who said what lately, where the commitments stand, what happened when.</summary>
public sealed class DashboardModel(IArticleStore store) : PageModel
{
    public const int Latest = 10;

    public StoreCounts Counts { get; private set; } = new(0, 0, 0, 0, 0);
    public IReadOnlyList<ArticleSummary> Articles { get; private set; } = [];
    public IReadOnlyList<QuoteRecord> Quotes { get; private set; } = [];
    public IReadOnlyDictionary<CommitmentStatus, int> CommitmentsByStatus { get; private set; } = new Dictionary<CommitmentStatus, int>();
    public IHtmlContent EventsChart { get; private set; } = HtmlString.Empty;
    public int DatedEvents { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = await store.CountAsync(cancellationToken);
        Articles = await store.ListArticlesAsync(0, Latest, cancellationToken);
        Quotes = await store.ListQuotesAsync(QuoteFilter.All, 0, Latest, cancellationToken);
        CommitmentsByStatus = await store.CountCommitmentsByStatusAsync(cancellationToken);
        var events = await store.CountEventsByDayAsync(new EventQuery(), cancellationToken);
        DatedEvents = events.Sum(e => e.Count);
        EventsChart = BarChart.Render(TimeBuckets.Events(events), "Events by the day reported, cooperation and conflict stacked", "chart events-chart");
    }
}

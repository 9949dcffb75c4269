using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Storage;

namespace Vigil.Web.Pages;

/// <summary>What an analyst looks at first: what came in last, who said what lately.</summary>
public sealed class DashboardModel(IArticleStore store) : PageModel
{
    public const int Latest = 10;

    public StoreCounts Counts { get; private set; } = new(0, 0, 0, 0, 0);
    public IReadOnlyList<ArticleSummary> Articles { get; private set; } = [];
    public IReadOnlyList<QuoteRecord> Quotes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = await store.CountAsync(cancellationToken);
        Articles = await store.ListArticlesAsync(0, Latest, cancellationToken);
        Quotes = await store.ListQuotesAsync(QuoteFilter.All, 0, Latest, cancellationToken);
    }
}

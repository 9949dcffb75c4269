using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Storage;

namespace Vigil.Web.Pages.Articles;

public sealed class ArticleListModel(IArticleStore store) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<ArticleSummary> Articles { get; private set; } = [];
    public long Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        Total = (await store.CountAsync(cancellationToken)).Articles;
        PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
        Articles = await store.ListArticlesAsync((PageNumber - 1) * PageSize, PageSize, cancellationToken);
        return Page();
    }
}

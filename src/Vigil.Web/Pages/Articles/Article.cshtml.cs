using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Documents;
using Vigil.Storage;
using Vigil.Web.Rendering;

namespace Vigil.Web.Pages.Articles;

public sealed class ArticleModel(IArticleStore store, ArticleMarkup markup) : PageModel
{
    public StoredArticle Article { get; private set; } = null!;

    /// <summary>The article text as encoded, highlighted HTML (see <see cref="ArticleMarkup"/>).</summary>
    public IHtmlContent Body { get; private set; } = HtmlString.Empty;

    /// <summary>Which tracked commitment each of the article's commitments states, and what its quotes and events are evidence of.</summary>
    public ArticleCommitmentLinks Tracking { get; private set; } = ArticleCommitmentLinks.None;

    /// <summary>The other stored copies of this article's story (syndicated, re-published, lightly edited), the first stored first.</summary>
    public IReadOnlyList<StoryCopy> Copies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await store.GetArticleAsync(id, cancellationToken) is not { } article)
            return NotFound();
        Article = article;
        Body = markup.Render(article.Document);
        Tracking = await store.GetArticleCommitmentLinksAsync(id, cancellationToken);
        if (await store.GetStoryAsync(id, cancellationToken) is { } story)
            Copies = [.. story.Copies.Where(copy => copy.Article.Id != id)];
        return Page();
    }

    /// <summary>The text under a span, or nothing when a pipeline bug put the span outside the text.</summary>
    public string TextOf(TextSpan span) =>
        span.Start >= 0 && span.End <= Article.Document.Text.Length && span.Start <= span.End ? Article.Document[span] : "";

    /// <summary>The actor id of the entity with <paramref name="entityId"/>, when it resolved to one.</summary>
    public string? ActorOf(string? entityId) => entityId is null ? null : Article.Document.FindEntity(entityId)?.ActorId;

    /// <summary>Only http and https become links: a <c>javascript:</c> URL from an article must stay text.</summary>
    public static bool IsWebLink(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Documents;
using Vigil.Storage;

namespace Vigil.Web.Pages.Commitments;

/// <summary>The tracked commitments, grouped by status in a promise meter's order, each with its evidence timeline.</summary>
public sealed class IndexModel(IArticleStore store) : PageModel
{
    public IReadOnlyList<IGrouping<CommitmentStatus, TrackedCommitment>> ByStatus { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var tracked = await store.ListTrackedCommitmentsAsync(cancellationToken);
        Total = tracked.Count;
        var order = CommitmentStatusLabels.All.ToList();
        ByStatus = [.. tracked.GroupBy(t => t.Status).OrderBy(g => order.IndexOf(g.Key))];
    }

    /// <summary>Where a piece of evidence is on its article's page.</summary>
    public static string LinkTo(CommitmentEvidence evidence) =>
        $"/articles/{Uri.EscapeDataString(evidence.Article.Id)}#" +
        (evidence.Source == EvidenceSource.Event ? Rendering.ArticleMarkup.EventAnchor(evidence.Ordinal) : Rendering.ArticleMarkup.QuoteAnchor(evidence.Ordinal));

    public static string LinkTo(CommitmentStatement statement) =>
        $"/articles/{Uri.EscapeDataString(statement.Article.Id)}#{Rendering.ArticleMarkup.CommitmentAnchor(statement.Ordinal)}";
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Documents;
using Vigil.Storage;
using Vigil.Web.Accounts;

namespace Vigil.Web.Pages.Commitments;

/// <summary>
/// The commitments board: one column per status in a promise meter's order, each tracked
/// commitment a card with its statements, evidence timeline and verdicts, and for analysts the
/// form that appends a verdict (as <c>vigil commitments set-status</c> and the API do).
/// </summary>
public sealed class IndexModel(IArticleStore store, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public const int MaxNote = 4000;

    public IReadOnlyList<(CommitmentStatus Status, IReadOnlyList<TrackedCommitment> Cards)> Columns { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>Whether the reader may give verdicts: the form is shown to analysts and admins only.</summary>
    public bool CanGiveVerdicts { get; private set; }

    /// <summary>The tracked commitments the reader watches (analysts only).</summary>
    public IReadOnlySet<string> Watched { get; private set; } = new HashSet<string>();

    public Vigil.Web.Pages.Shared.WatchButton WatchFor(string id) => new("commitment", id, Watched.Contains(id), Links.Tracked(id));

    /// <summary>Why the last verdict was refused, shown above the board.</summary>
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostVerdictAsync(string? id, string? status, string? note, CancellationToken cancellationToken)
    {
        // Pages are authorised as a folder, not per handler: the right to write is checked here.
        if (!(await authorization.AuthorizeAsync(User, Policies.Analyze)).Succeeded)
            return Forbid();
        if (string.IsNullOrWhiteSpace(id))
            return await RefuseAsync("Choose a commitment.", cancellationToken);
        if (!CommitmentStatusLabels.TryParse(status, out var verdictStatus))
            return await RefuseAsync($"'{status}' is not a status.", cancellationToken);
        var text = (note ?? "").Trim();
        if (text.Length > MaxNote)
            return await RefuseAsync($"The note is longer than {MaxNote} characters.", cancellationToken);
        var verdict = new CommitmentVerdict(verdictStatus, text, User.Identity?.Name ?? "unknown", clock.GetUtcNow());
        if (!await store.AddVerdictAsync(id, verdict, cancellationToken))
            return NotFound();
        // After a POST, a GET: reloading the board never gives the verdict twice.
        return LocalRedirect(Links.Tracked(id));
    }

    private async Task<IActionResult> RefuseAsync(string error, CancellationToken cancellationToken)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanGiveVerdicts = (await authorization.AuthorizeAsync(User, Policies.Analyze)).Succeeded;
        if (CanGiveVerdicts)
            Watched = (await store.ListWatchesAsync(User.Identity?.Name ?? "unknown", cancellationToken))
                .Where(w => w.Kind == WatchKind.Commitment).Select(w => w.TargetId).ToHashSet(StringComparer.Ordinal);
        var tracked = await store.ListTrackedCommitmentsAsync(cancellationToken);
        Total = tracked.Count;
        var byStatus = tracked.ToLookup(t => t.Status);
        Columns = [.. CommitmentStatusLabels.All.Select(status => (status, (IReadOnlyList<TrackedCommitment>)[.. byStatus[status]]))];
    }

    /// <summary>Where a piece of evidence is on its article's page.</summary>
    public static string LinkTo(CommitmentEvidence evidence) =>
        evidence.Source == EvidenceSource.Event ? Links.Event(evidence.Article.Id, evidence.Ordinal) : Links.Quote(evidence.Article.Id, evidence.Ordinal);

    public static string LinkTo(CommitmentStatement statement) => Links.Commitment(statement.Article.Id, statement.Ordinal);
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Storage;

namespace Vigil.Web.Pages.Alerts;

/// <summary>
/// An analyst's watch list and what arrived for it: new quotes and events of watched actors, new
/// evidence on watched commitments. The watch and unwatch forms of the actor page and the board post here.
/// </summary>
public sealed class IndexModel(IArticleStore store) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<Watch> Watches { get; private set; } = [];
    public IReadOnlyList<WatchAlert> Alerts { get; private set; } = [];

    private string UserName => User.Identity?.Name ?? "unknown";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Watches = await store.ListWatchesAsync(UserName, cancellationToken);
        Alerts = await store.ListAlertsAsync(UserName, Shown, cancellationToken);
    }

    public async Task<IActionResult> OnPostWatchAsync(string? kind, string? id, string? returnUrl, CancellationToken cancellationToken)
    {
        if (ParseKind(kind) is not { } watchKind || string.IsNullOrEmpty(id))
            return BadRequest();
        if (!await store.AddWatchAsync(UserName, watchKind, id, cancellationToken))
            return NotFound();
        return Back(returnUrl);
    }

    public async Task<IActionResult> OnPostUnwatchAsync(string? kind, string? id, string? returnUrl, CancellationToken cancellationToken)
    {
        if (ParseKind(kind) is not { } watchKind || string.IsNullOrEmpty(id))
            return BadRequest();
        await store.RemoveWatchAsync(UserName, watchKind, id, cancellationToken);
        return Back(returnUrl);
    }

    /// <summary>Back to the page the form was on; only a local address, so the form cannot send anyone elsewhere.</summary>
    private IActionResult Back(string? returnUrl) => LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/alerts");

    public static WatchKind? ParseKind(string? kind) => kind switch
    {
        "actor" => WatchKind.Actor,
        "commitment" => WatchKind.Commitment,
        _ => null,
    };

    public static string KindName(WatchKind kind) => kind == WatchKind.Actor ? "actor" : "commitment";

    /// <summary>Where an alert's quote, event or evidence is on its article's page.</summary>
    public static string LinkTo(WatchAlert alert) => alert.Source switch
    {
        AlertSource.Quote => Links.Quote(alert.Article.Id, alert.Ordinal),
        AlertSource.Event => Links.Event(alert.Article.Id, alert.Ordinal),
        _ => alert.EvidenceSource == Vigil.Documents.EvidenceSource.Event ? Links.Event(alert.Article.Id, alert.Ordinal) : Links.Quote(alert.Article.Id, alert.Ordinal),
    };

    public static string LinkTo(Watch watch) => watch.Kind == WatchKind.Actor ? Links.Actor(watch.TargetId) : Links.Tracked(watch.TargetId);

    /// <summary>One line saying what the alert is.</summary>
    public static string Describe(WatchAlert alert) => alert.Source switch
    {
        AlertSource.Quote => $"{alert.Watch.Name} quoted" + (alert.Detail is { } speaker && !string.Equals(speaker, alert.Watch.Name, StringComparison.OrdinalIgnoreCase) ? $" (as “{speaker}”)" : ""),
        AlertSource.Event => $"{alert.Watch.Name} in an event ({alert.Detail})",
        _ => $"New evidence ({alert.Detail}) on “{alert.Watch.Name}”",
    };
}

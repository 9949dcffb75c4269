using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vigil.Storage;
using Vigil.Web.Accounts;
using AlertsPage = Vigil.Web.Pages.Alerts.IndexModel;

namespace Vigil.Web.Alerts;

/// <summary>
/// The alerts of /alerts as an Atom feed (RFC 4287) at /alerts.atom, for feed readers and scripts:
/// analysts only, signed in or with an API token; an anonymous caller gets 401, not the login page.
/// Every text is XML-escaped by XElement; links are absolute, to the span on the article's page.
/// </summary>
public static class AlertFeed
{
    public const string Path = "/alerts.atom";
    public const int Entries = 100;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static void MapAlertFeed(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, WriteAsync).RequireAuthorization(Policies.Analyze).ExcludeFromDescription();

    private static async Task<IResult> WriteAsync(HttpContext context, IArticleStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = context.User.Identity?.Name ?? "unknown";
        var alerts = await store.ListAlertsAsync(user, Entries, cancellationToken);
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", $"urn:vigil:alerts:{Uri.EscapeDataString(user.ToLowerInvariant())}"),
            new XElement(Atom + "title", $"Vigil alerts for {user}"),
            new XElement(Atom + "updated", Timestamp(alerts.Count > 0 ? alerts[0].StoredAt : clock.GetUtcNow())),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", origin + Path)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", origin + "/alerts")),
            new XElement(Atom + "author", new XElement(Atom + "name", "Vigil")),
            alerts.Select(alert => new XElement(Atom + "entry",
                new XElement(Atom + "id", "urn:vigil:alert:" + string.Join(':',
                    AlertsPage.KindName(alert.Watch.Kind), Uri.EscapeDataString(alert.Watch.TargetId), alert.Source.ToString().ToLowerInvariant(),
                    alert.Article.Id, alert.EvidenceSource?.ToString().ToLowerInvariant() ?? "", alert.Ordinal.ToString(CultureInfo.InvariantCulture))),
                new XElement(Atom + "title", AlertsPage.Describe(alert)),
                new XElement(Atom + "updated", Timestamp(alert.StoredAt)),
                new XElement(Atom + "link", new XAttribute("href", origin + AlertsPage.LinkTo(alert))),
                new XElement(Atom + "summary", new XAttribute("type", "text"), $"{alert.Text} — {alert.Article.Title ?? alert.Article.Id}"))));
        var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), feed);
        return Results.Text(xml.Declaration + "\n" + feed.ToString(SaveOptions.DisableFormatting), "application/atom+xml; charset=utf-8");
    }

    private static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

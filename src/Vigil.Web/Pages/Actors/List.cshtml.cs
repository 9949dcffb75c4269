using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Storage;

namespace Vigil.Web.Pages.Actors;

/// <summary>The actors named in at least one article, most named first; or those a name finds.</summary>
public sealed class ActorListModel(IArticleStore store) : PageModel
{
    public const int Shown = 200;

    public string Query { get; private set; } = "";
    public IReadOnlyList<StoredActor> Actors { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "q")] string? q, CancellationToken cancellationToken)
    {
        Query = q?.Trim() ?? "";
        var all = await store.ListActorsAsync(cancellationToken);
        if (Query.Length > 0)
        {
            var ids = (await store.FindActorIdsAsync(Query, cancellationToken)).ToHashSet(StringComparer.Ordinal);
            Actors = [.. all.Where(a => ids.Contains(a.Actor.Id))];
        }
        else
        {
            Actors = [.. all.Where(a => a.Articles > 0).OrderByDescending(a => a.Articles).ThenBy(a => a.Actor.Name, StringComparer.Ordinal).Take(Shown)];
        }
    }
}

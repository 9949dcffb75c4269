using Vigil.Web.Rendering;

namespace Vigil.Web;

/// <summary>The app's addresses, built in one place so that ids with ':' or worse are always escaped.</summary>
public static class Links
{
    public static string Article(string id) => "/articles/" + Uri.EscapeDataString(id);

    public static string Quote(string articleId, int index) => Article(articleId) + "#" + ArticleMarkup.QuoteAnchor(index);

    public static string Actor(string id) => "/actors/" + Uri.EscapeDataString(id);

    public static string Commitment(string articleId, int ordinal) => Article(articleId) + "#" + ArticleMarkup.CommitmentAnchor(ordinal);

    public static string Event(string articleId, int ordinal) => Article(articleId) + "#" + ArticleMarkup.EventAnchor(ordinal);

    /// <summary>A tracked commitment's card on the board.</summary>
    public static string Tracked(string id) => "/commitments#" + Uri.EscapeDataString(id);
}

using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Vigil.Reading;

/// <summary>What a page says about itself in its markup, read before extraction strips scripts and metadata away.</summary>
internal sealed record HtmlMetadata(DateOnly? Published, string? Author, string? Url)
{
    // Most specific first: a field that means "first published" beats a generic date.
    private static readonly string[] PublishedSelectors =
    [
        "meta[property='article:published_time']",
        "meta[name='article:published_time']",
        "meta[property='og:published_time']",
        "meta[itemprop='datePublished']",
        "meta[name='pubdate']",
        "meta[name='publishdate']",
        "meta[name='publish-date']",
        "meta[name='parsely-pub-date']",
        "meta[name='sailthru.date']",
        "meta[name='dc.date.issued']",
        "meta[name='DC.date.issued']",
        "meta[name='dcterms.created']",
        "meta[name='DC.date']",
        "meta[name='dc.date']",
        "meta[name='date']",
    ];

    public static HtmlMetadata Read(IHtmlDocument document)
    {
        var jsonLd = JsonLdArticleFields(document);
        var published = FirstDate(PublishedSelectors.Select(s => document.QuerySelector(s)?.GetAttribute("content")))
            ?? PublicationDates.Parse(jsonLd.Published)
            ?? FirstDate(document.QuerySelectorAll("[itemprop='datePublished']")
                .Select(e => e.GetAttribute("datetime") ?? e.GetAttribute("content") ?? e.TextContent))
            ?? FirstDate(document.QuerySelectorAll("time[pubdate]").Select(e => e.GetAttribute("datetime") ?? e.TextContent))
            ?? FirstDate(document.QuerySelectorAll("time[datetime]").Select(e => e.GetAttribute("datetime")));

        // article:author is often a profile URL rather than a name.
        var articleAuthor = NonEmpty(document.QuerySelector("meta[property='article:author']")?.GetAttribute("content"));
        var author = NonEmpty(document.QuerySelector("meta[name='author']")?.GetAttribute("content"))
            ?? jsonLd.Author
            ?? (articleAuthor is not null && !LooksLikeUrl(articleAuthor) ? articleAuthor : null);

        var url = AbsoluteUrl(document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"))
            ?? AbsoluteUrl(document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));

        published ??= DateInPath(url);
        return new HtmlMetadata(published, author, url);
    }

    /// <summary>A full date in the page's address (news sites often use /2019/11/18/ paths); a year and month alone is no date.</summary>
    private static DateOnly? DateInPath(string? url)
    {
        if (url is null)
            return null;
        var match = DatePath().Match(new Uri(url).AbsolutePath);
        return match.Success && DateOnly.TryParseExact($"{match.Groups[1].Value}-{match.Groups[2].Value.PadLeft(2, '0')}-{match.Groups[3].Value.PadLeft(2, '0')}",
            "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    // The address is the page's own, so untrusted: a regular expression over it runs without backtracking (linear in its length).
    private static readonly System.Text.RegularExpressions.Regex DatePathPattern = new(
        @"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)",
        System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static System.Text.RegularExpressions.Regex DatePath() => DatePathPattern;

    private static DateOnly? FirstDate(IEnumerable<string?> values)
    {
        foreach (var value in values)
            if (PublicationDates.Parse(value) is { } date)
                return date;
        return null;
    }

    private static (string? Published, string? Author) JsonLdArticleFields(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                foreach (var item in Items(json.RootElement))
                {
                    if (!item.TryGetProperty("datePublished", out var date) || date.ValueKind != JsonValueKind.String)
                        continue;
                    return (date.GetString(), AuthorName(item));
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // Broken JSON-LD is common on real pages (a lone surrogate escape is an InvalidOperationException); the other metadata still counts.
            }
        }
        return (null, null);
    }

    /// <summary>Every object of a JSON-LD block: a single object, an array of them, or an @graph.</summary>
    private static IEnumerable<JsonElement> Items(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var element in root.EnumerateArray())
                foreach (var item in Items(element))
                    yield return item;
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            yield return root;
            if (root.TryGetProperty("@graph", out var graph))
                foreach (var item in Items(graph))
                    yield return item;
        }
    }

    private static string? AuthorName(JsonElement item)
    {
        if (!item.TryGetProperty("author", out var author))
            return null;
        var names = (author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author])
            .Select(a => a.ValueKind switch
            {
                JsonValueKind.String => a.GetString(),
                JsonValueKind.Object when a.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                _ => null,
            })
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .ToList();
        return names.Count > 0 ? string.Join(", ", names) : null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool LooksLikeUrl(string value) => value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static string? AbsoluteUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.ToString()
            : null;
}

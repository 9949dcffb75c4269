using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Vigil.Storage;

namespace Vigil.Web.Tests;

/// <summary>
/// Twenty-five articles on convoys, three of them at a depot (the second names it three times), under a
/// server that counts ten matches and ranks five: small limits so that a capped count and a list too
/// long to rank show without a million articles.
/// </summary>
public sealed class RunningServerWithSmallSearchLimits : RunningServer
{
    public const int Convoys = 25;

    protected override VigilWebOptions Configure(VigilWebOptions options) => options with { SearchCountLimit = 10, SearchRankLimit = 5 };

    protected override async Task PrepareAsync(IArticleStore store)
    {
        for (var i = 0; i < Convoys; i++)
        {
            var depot = i switch { 0 => " It stopped at the depot.", 1 => " The depot, the old depot and the new depot were full.", 2 => " A depot was shelled.", _ => "" };
            await store.StoreAsync(TestArticles.Plain($"Convoy {i} left the city at dawn.{depot}", new DateOnly(2021, 9, 1), $"Convoy {i}"));
        }
    }
}

/// <summary>Search past the count and rank limits, on the page and in the API: an honest "10+", newest first, paging on.</summary>
public sealed class SearchLimitsTests(RunningServerWithSmallSearchLimits server) : IClassFixture<RunningServerWithSmallSearchLimits>
{
    private static readonly HtmlParser Parser = new();

    private async Task<AngleSharp.Dom.IDocument> PageAsync(string path)
    {
        var response = await server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> JsonAsync(string path)
    {
        var response = await server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static IEnumerable<string> Titles(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".search-results .hit .hit-title").Select(a => a.TextContent);

    [Fact]
    public async Task Past_the_count_limit_the_page_says_how_many_at_least_and_lists_the_most_recently_added_first()
    {
        var first = await PageAsync("/search?q=convoy");

        Assert.Equal("10+ articles match, the most recently added first.", first.QuerySelector("p.summary")?.TextContent);
        Assert.Contains("Too many to rank by relevance (more than 5)", first.QuerySelector(".search-order")?.TextContent);
        Assert.Equal(Enumerable.Range(5, 20).Reverse().Select(i => $"Convoy {i}"), Titles(first));
        Assert.All(first.QuerySelectorAll("mark.match"), m => Assert.Equal("Convoy", m.TextContent));
        var next = first.QuerySelector("a[rel=next]")?.GetAttribute("href");
        Assert.Equal("/search?q=convoy&page=2", next);

        var second = await PageAsync(next!);
        Assert.Equal(Enumerable.Range(0, 5).Reverse().Select(i => $"Convoy {i}"), Titles(second));
        Assert.Null(second.QuerySelector("a[rel=next]"));
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public async Task Under_the_rank_limit_the_page_gives_the_exact_count_best_match_first()
    {
        var page = await PageAsync("/search?q=depot");

        Assert.Equal("3 articles match, best match first.", page.QuerySelector("p.summary")?.TextContent);
        Assert.Null(page.QuerySelector(".search-order"));
        Assert.Equal("Convoy 1", Titles(page).First());
        Assert.Equal(["Convoy 0", "Convoy 1", "Convoy 2"], Titles(page).Order());
        Assert.Null(page.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task The_api_says_when_the_total_is_capped_and_how_hits_are_ordered()
    {
        var capped = await JsonAsync("/api/v1/search?q=convoy&limit=10");
        Assert.Equal(10, capped.GetProperty("total").GetInt64());
        Assert.True(capped.GetProperty("totalCapped").GetBoolean());
        Assert.Equal("newest", capped.GetProperty("order").GetString());
        Assert.Equal(10, capped.GetProperty("next").GetInt32()); // a capped total is no end

        var last = await JsonAsync("/api/v1/search?q=convoy&offset=20&limit=10");
        Assert.Equal(5, last.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("next").ValueKind);

        var ranked = await JsonAsync("/api/v1/search?q=depot");
        Assert.Equal(3, ranked.GetProperty("total").GetInt64());
        Assert.False(ranked.GetProperty("totalCapped").GetBoolean());
        Assert.Equal("relevance", ranked.GetProperty("order").GetString());
        Assert.Equal("Convoy 1", ranked.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_openapi_document_explains_the_capped_count_and_the_order()
    {
        var document = await JsonAsync("/openapi/v1.json");

        var search = document.GetProperty("paths").GetProperty("/api/v1/search").GetProperty("get");
        Assert.Contains("totalCapped", search.GetProperty("description").GetString());
        var page = document.GetProperty("components").GetProperty("schemas").GetProperty("SearchPage").GetProperty("properties");
        Assert.Contains("more articles match", page.GetProperty("totalCapped").GetProperty("description").GetString());
        Assert.Contains("newest", page.GetProperty("order").GetProperty("description").GetString());
    }
}

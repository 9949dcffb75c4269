using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Vigil.Web.Tests;

/// <summary>/api/v1 and /openapi/v1.json over the real server, open access.</summary>
public sealed class ApiTests(RunningServerWithTracking server) : IClassFixture<RunningServerWithTracking>
{
    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await server.Client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static IEnumerable<string?> Strings(JsonElement items, string property) =>
        items.EnumerateArray().Select(i => i.GetProperty(property).GetString());

    [Fact]
    public async Task Articles_list_with_id_and_title_newest_first_and_page()
    {
        var all = await GetJsonAsync("/api/v1/articles");
        var page = await GetJsonAsync("/api/v1/articles?offset=1&limit=2");

        var items = all.GetProperty("items");
        Assert.Equal(5, items.GetArrayLength());
        Assert.Equal("Taliban stop Afghans at Kabul airport", items[0].GetProperty("title").GetString());
        Assert.Equal(TrackedArticles.Report().ContentId, items[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, all.GetProperty("next").ValueKind);
        Assert.Equal(Strings(items, "id").Skip(1).Take(2), Strings(page.GetProperty("items"), "id"));
        Assert.Equal(3, page.GetProperty("next").GetInt32());
    }

    [Fact]
    public async Task An_article_comes_with_its_text_and_every_layer_with_offsets_into_it()
    {
        var blinken = TestArticles.Blinken();
        var article = await GetJsonAsync($"/api/v1/articles/{blinken.ContentId}");

        Assert.Equal(blinken.Text, article.GetProperty("text").GetString());
        var quote = article.GetProperty("quotes")[1];
        Assert.Equal("“No promises were made,”", quote.GetProperty("text").GetString());
        Assert.Equal(blinken.Text[quote.GetProperty("start").GetInt32()..quote.GetProperty("end").GetInt32()], quote.GetProperty("text").GetString());
        Assert.Equal(TestArticles.BlinkenActor, quote.GetProperty("speakerActorId").GetString());
        Assert.Equal("PERSON", article.GetProperty("entities")[0].GetProperty("type").GetString());
        Assert.Equal("caption", article.GetProperty("boilerplate")[0].GetProperty("kind").GetString());

        var promise = await GetJsonAsync($"/api/v1/articles/{TrackedArticles.Promise().ContentId}");
        Assert.Equal(["promise", "threat"], Strings(promise.GetProperty("commitments"), "kind"));
        Assert.Equal("consult", promise.GetProperty("events")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_unknown_article_or_actor_is_a_json_404()
    {
        foreach (var path in new[] { "/api/v1/articles/0000000000000000", "/api/v1/actors/nobody", "/api/v1/commitments/none" })
        {
            var response = await server.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("error", await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("user:person:antony-blinken")]
    [InlineData("Antony Blinken")]
    [InlineData("antony blinken")]
    [InlineData("Anthony Brinken")]
    [InlineData("BLINKEN")]
    public async Task Quotes_filter_by_an_actor_id_name_alias_or_surname(string actor)
    {
        var quotes = await GetJsonAsync("/api/v1/quotes?actor=" + Uri.EscapeDataString(actor));

        var items = quotes.GetProperty("items");
        Assert.Equal(["the Taliban had promised safe passage", "“No promises were made,”"], Strings(items, "text"));
        Assert.All(items.EnumerateArray(), q => Assert.Equal("Antony Blinken", q.GetProperty("speakerName").GetString()));
    }

    [Fact]
    public async Task Quotes_by_a_speaker_known_by_name_only_and_by_nobody()
    {
        Assert.Equal(1, (await GetJsonAsync("/api/v1/quotes?actor=Witnesses")).GetProperty("items").GetArrayLength());
        Assert.Equal(0, (await GetJsonAsync("/api/v1/quotes?actor=nobody")).GetProperty("items").GetArrayLength());
        Assert.Equal(4, (await GetJsonAsync("/api/v1/quotes")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Actors_list_and_one_actor_with_company_and_days()
    {
        var actors = await GetJsonAsync("/api/v1/actors?q=taliban");
        var taliban = await GetJsonAsync("/api/v1/actors/" + Uri.EscapeDataString(TestArticles.TalibanActor));

        Assert.Equal([TestArticles.TalibanActor], Strings(actors.GetProperty("items"), "id"));
        Assert.Equal(3, taliban.GetProperty("actor").GetProperty("articles").GetInt32());
        Assert.Contains(TrackedArticles.UnitedStatesActor, Strings(taliban.GetProperty("alongside"), "id"));
        Assert.Equal(["2021-08-30", "2021-09-01", "2021-09-08"], Strings(taliban.GetProperty("articlesByDay"), "day"));
    }

    [Fact]
    public async Task Commitments_come_with_statements_evidence_and_status_and_filter()
    {
        var all = await GetJsonAsync("/api/v1/commitments");
        var byActor = await GetJsonAsync("/api/v1/commitments?actor=taliban");
        var one = await GetJsonAsync("/api/v1/commitments/" + TrackedArticles.PromiseId);

        Assert.Equal(2, all.GetProperty("items").GetArrayLength());
        var promise = Assert.Single(byActor.GetProperty("items").EnumerateArray());
        Assert.Equal("allow Afghans to leave the country", promise.GetProperty("text").GetString());
        Assert.Equal("contradicts", promise.GetProperty("evidence")[0].GetProperty("stance").GetString());
        Assert.Equal(TrackedArticles.Report().ContentId, promise.GetProperty("evidence")[0].GetProperty("articleId").GetString());
        Assert.Equal(TrackedArticles.PromiseId, one.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.GetAsync("/api/v1/commitments?status=maybe")).StatusCode);
    }

    [Fact]
    public async Task Events_list_by_date_and_filter_by_actor_type_and_range()
    {
        var all = await GetJsonAsync("/api/v1/events");
        var coerce = await GetJsonAsync("/api/v1/events?type=coerce");
        var september6 = await GetJsonAsync("/api/v1/events?from=2021-09-06&to=2021-09-06");

        Assert.Equal(["consult", "coerce", "disapprove"], Strings(all.GetProperty("items"), "type"));
        var stopped = Assert.Single(coerce.GetProperty("items").EnumerateArray());
        Assert.Equal("Kabul airport", stopped.GetProperty("place").GetString());
        Assert.Equal("2021-09-07", stopped.GetProperty("dateFrom").GetString());
        Assert.Equal(200, stopped.GetProperty("figures")[0].GetProperty("count").GetInt64());
        Assert.Equal(["consult"], Strings(september6.GetProperty("items"), "type"));
    }

    [Fact]
    public async Task Search_hits_carry_the_article_id_and_title_and_the_matching_span()
    {
        var results = await GetJsonAsync("/api/v1/search?q=evacuation");

        Assert.Equal(1, results.GetProperty("total").GetInt64());
        var hit = results.GetProperty("items")[0];
        var report = TrackedArticles.Report();
        Assert.Equal(report.ContentId, hit.GetProperty("id").GetString());
        Assert.Equal("Taliban stop Afghans at Kabul airport", hit.GetProperty("title").GetString());
        var (start, end) = (hit.GetProperty("start").GetInt32(), hit.GetProperty("end").GetInt32());
        Assert.Equal("evacuation", report.Text[start..end]);
        Assert.Equal("evacuation", hit.GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.GetAsync("/api/v1/search")).StatusCode);
    }

    [Fact]
    public async Task Quotes_export_as_csv_with_a_header_and_quoted_fields()
    {
        var response = await server.Client.GetAsync("/api/v1/quotes?format=csv&actor=blinken");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("articleId,articleTitle,published,index,start,end,text,kind,speakerName,speakerActorId,cue", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"Taliban promise safe passage, Blinken says\"", lines[1]);
        Assert.Contains(",\"“No promises were made,”\",direct,", lines[2]);
    }

    [Theory]
    [InlineData("/api/v1/quotes?format=jsonl", 4)]
    [InlineData("/api/v1/commitments?format=jsonl", 2)]
    [InlineData("/api/v1/events?format=jsonl", 3)]
    public async Task Exports_as_json_lines_give_one_object_a_line(string path, int count)
    {
        var response = await server.Client.GetAsync(path);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(count, lines.Length);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
    }

    [Fact]
    public async Task Commitment_and_event_exports_as_csv_have_a_row_each()
    {
        var commitments = await server.Client.GetStringAsync("/api/v1/commitments?format=csv");
        var events = await server.Client.GetStringAsync("/api/v1/events?format=csv");

        Assert.Equal(3, commitments.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("id,actorId,actorName,kind,", commitments);
        Assert.Equal(4, events.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task An_unknown_format_is_a_400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.GetAsync("/api/v1/quotes?format=xml")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_route()
    {
        var document = await GetJsonAsync("/openapi/v1.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/v1/articles", "/api/v1/articles/{id}", "/api/v1/actors", "/api/v1/actors/{id}", "/api/v1/quotes",
                     "/api/v1/commitments", "/api/v1/commitments/{id}/status", "/api/v1/events", "/api/v1/search" })
            Assert.Contains(path, paths);
        var quoteParameters = document.GetProperty("paths").GetProperty("/api/v1/quotes").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString());
        Assert.Contains("actor", quoteParameters);
        Assert.True(document.GetProperty("paths").GetProperty("/api/v1/commitments/{id}/status").TryGetProperty("post", out _));
    }

    [Fact]
    public async Task A_status_change_is_appended_to_the_history_under_the_local_user()
    {
        var response = await server.Client.PostAsJsonAsync("/api/v1/commitments/" + TrackedArticles.ThreatId + "/status", new { status = "In the works", note = "talks in Doha" });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("in-the-works", body.GetProperty("status").GetString());
        var verdict = body.GetProperty("verdicts").EnumerateArray().Last();
        Assert.Equal(("in-the-works", "talks in Doha", "local"), (verdict.GetProperty("status").GetString(), verdict.GetProperty("note").GetString(), verdict.GetProperty("analyst").GetString()));
    }

    [Fact]
    public async Task A_status_change_must_be_json_with_a_known_status()
    {
        var form = await server.Client.PostAsync("/api/v1/commitments/" + TrackedArticles.ThreatId + "/status",
            new StringContent("status=kept", Encoding.UTF8, "application/x-www-form-urlencoded"));
        var unknown = await server.Client.PostAsJsonAsync("/api/v1/commitments/" + TrackedArticles.ThreatId + "/status", new { status = "won" });
        var missing = await server.Client.PostAsJsonAsync("/api/v1/commitments/none/status", new { status = "kept" });

        // only JSON, which no other site's page can send here without CORS, which this app never grants
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}

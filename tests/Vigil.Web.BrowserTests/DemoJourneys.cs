using OpenQA.Selenium;

namespace Vigil.Web.BrowserTests;

/// <summary>What a newcomer does first: ./vigil demo, then read, follow a speaker, search — in a real browser.</summary>
[Collection("browser")]
public sealed class DemoJourneys(DemoServer demo) : IClassFixture<DemoServer>
{
    private const string SampleTitle = "The vigilant U.S. is forced to rely on the Taliban to contain the terrorist threat in Afghanistan";
    private Browser Browser => demo.Browser;

    private void OpenSample()
    {
        Browser.Open(demo.Url + "/");
        Browser.FindAll(".latest-articles a").Single(a => a.Text == SampleTitle).Click();
        Browser.Wait(d => d.FindElements(By.CssSelector(".article-text mark.quote")).Count > 0);
    }

    [Fact]
    public void Open_the_demo_and_read_the_sample_with_quotes_highlighted_and_boilerplate_greyed()
    {
        Browser.Open(demo.Url + "/");
        Assert.Equal("Dashboard", Browser.Find("h1").Text);
        Assert.NotEmpty(Browser.FindAll(".latest-quotes blockquote"));
        Browser.Screenshot("dashboard");

        OpenSample();

        Assert.Equal(SampleTitle, Browser.Find("h1").Text);
        var quotes = Browser.FindAll(".article-text mark.quote");
        Assert.True(quotes.Count >= 5, $"only {quotes.Count} quotes highlighted");
        // the stylesheet really applies: quotes on their highlight colour, boilerplate in grey
        Assert.Equal("rgba(253, 241, 199, 1)", quotes[0].GetCssValue("background-color"));
        var boilerplate = Browser.FindAll(".article-text .boilerplate, .article-text .boilerplate-paragraph");
        Assert.NotEmpty(boilerplate);
        Assert.Equal("rgba(154, 161, 169, 1)", boilerplate[0].GetCssValue("color"));
        Assert.False(Browser.AnyScriptRan());
        Browser.Screenshot("article");
    }

    [Fact]
    public void Follow_a_speaker_from_the_sample_to_the_actor_page()
    {
        OpenSample();
        var quote = Browser.FindAll(".article-text mark.quote").First(q => q.Text.Contains("No promises were made", StringComparison.Ordinal));
        // the speaker on hover, and as a link
        Assert.Contains("Antony Blinken", quote.GetAttribute("title"));
        var speaker = quote.FindElement(By.CssSelector("a.speaker-label"));
        Assert.Equal("Antony Blinken", speaker.Text);

        speaker.Click();
        Browser.Wait(d => d.FindElement(By.CssSelector("h1")).Text == "Antony Blinken");

        Assert.Contains(Browser.FindAll(".actor-quotes blockquote"), q => q.Text.Contains("No promises were made", StringComparison.Ordinal));
        Assert.Contains("Anthony Brinken", Browser.Find(".variants").Text);
        var bars = Browser.FindAll(".mentions-over-time svg.chart rect.bar");
        Assert.NotEmpty(bars);
        Assert.True(bars[0].Size.Height > 0, "the chart's bars are drawn");
        Browser.Screenshot("actor");
    }

    [Fact]
    public void Search_for_evacuation_finds_the_sample_with_the_span_shown()
    {
        Browser.Open(demo.Url + "/");
        Browser.Find(".site-nav a[href='/search']").Click();
        var box = Browser.Wait(d => d.FindElement(By.CssSelector("input[name=q]")));
        box.SendKeys("evacuation");
        box.Submit();
        Browser.Wait(d => d.FindElements(By.CssSelector(".search-results .hit")).Count > 0);

        var hit = Browser.FindAll(".search-results .hit").Single(h => h.FindElement(By.CssSelector(".hit-title")).Text == SampleTitle);
        var match = hit.FindElement(By.CssSelector("mark.match"));
        Assert.Equal("evacuation", match.Text.ToLowerInvariant());
        Assert.Equal("rgba(255, 224, 138, 1)", match.GetCssValue("background-color"));
        Browser.Screenshot("search");
    }

    [Fact]
    public void The_events_page_draws_the_timeline_and_the_actor_network_and_filters_by_actor()
    {
        Browser.Open(demo.Url + "/");
        Browser.Find(".site-nav a[href='/events']").Click();
        Browser.Wait(d => d.FindElements(By.CssSelector("svg.network")).Count > 0);

        var bars = Browser.FindAll(".events-timeline svg.chart rect");
        Assert.NotEmpty(bars);
        Assert.True(bars.All(b => b.Size.Height > 0), "the timeline's bars are drawn");
        var nodes = Browser.FindAll("svg.network g.nodes circle");
        Assert.True(nodes.Count >= 3, $"only {nodes.Count} actors in the network");
        Assert.True(Browser.Find("svg.network").Size.Height > 200, "the network is drawn at its size");
        Assert.NotEmpty(Browser.FindAll("svg.network line.tie"));
        Assert.Contains(Browser.FindAll("svg.network text"), t => t.Text == "Taliban");
        Assert.Equal("rgb(79, 154, 102)", Browser.FindAll("svg.network line.tie-cooperation")[0].GetCssValue("stroke"));
        Browser.Screenshot("events");

        var actor = Browser.Find(".events-form input[name=actor]");
        actor.SendKeys("Taliban");
        actor.Submit();
        Browser.Wait(d => d.Url.Contains("actor=Taliban", StringComparison.Ordinal));
        var rows = Browser.FindAll(".events-list tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("Taliban", r.Text, StringComparison.Ordinal));
        Assert.False(Browser.AnyScriptRan());
    }
}

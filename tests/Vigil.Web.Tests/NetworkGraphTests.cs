using AngleSharp.Html.Parser;
using Vigil.Documents;
using Vigil.Storage;
using Vigil.Web.Rendering.Charts;

namespace Vigil.Web.Tests;

public sealed class NetworkGraphTests
{
    private static readonly EventParticipant Taliban = new("ofac:6636", "Taliban", "ofac:6636");
    private static readonly EventParticipant Us = new("iso:US", "United States", "iso:US");
    private static readonly EventParticipant Hostile = new("name:<script>", "<script>window.x=1</script>", null);

    [Fact]
    public void Ties_of_one_pair_merge_into_cooperation_and_conflict_and_nodes_weigh_their_events()
    {
        var network = NetworkGraph.Build(
        [
            new EventTie(Us, Taliban, EventType.Consult, 2),
            new EventTie(Us, Taliban, EventType.Fight, 1),
            new EventTie(Hostile, Taliban, EventType.Aid, 1),
        ]);

        Assert.Equal([new NetworkEdge(Us, Taliban, 2, 1), new NetworkEdge(Hostile, Taliban, 1, 0)], network.Edges);
        Assert.Equal([(Taliban, 4), (Us, 3), (Hostile, 1)], network.Nodes.Select(n => (n.Participant, n.Events)));
        Assert.Equal(0, network.LeftOut);

        var trimmed = NetworkGraph.Build([new EventTie(Us, Taliban, EventType.Consult, 2), new EventTie(Hostile, Taliban, EventType.Aid, 1)], maxNodes: 2);
        Assert.Equal([Taliban, Us], trimmed.Nodes.Select(n => n.Participant));
        Assert.Equal([new NetworkEdge(Us, Taliban, 2, 0)], trimmed.Edges);
        Assert.Equal(1, trimmed.LeftOut);
    }

    [Fact]
    public void The_graph_is_the_same_for_the_same_ties_and_its_names_stay_text()
    {
        var ties = new[] { new EventTie(Us, Taliban, EventType.Consult, 2), new EventTie(Hostile, Taliban, EventType.Threaten, 1) };
        var html = NetworkGraph.Render(NetworkGraph.Build(ties), "graph").ToString()!;

        Assert.Equal(html, NetworkGraph.Render(NetworkGraph.Build([.. ties.Reverse()]), "graph").ToString());
        var svg = new HtmlParser().ParseDocument("<body>" + html).QuerySelector("svg")!;
        Assert.Empty(svg.QuerySelectorAll("script"));
        Assert.Contains(svg.QuerySelectorAll("text"), t => t.TextContent == "<script>window.x=1</script>");
        // The most involved actor on top, linked to its page; a name no actor holds is not a link.
        var top = svg.QuerySelector("g.nodes circle")!;
        Assert.Equal(("360", "70"), (top.GetAttribute("cx"), top.GetAttribute("cy")));
        Assert.Equal("/actors/ofac%3A6636", top.Closest("a")!.GetAttribute("href"));
        Assert.Equal(2, svg.QuerySelectorAll("g.nodes a").Length);
        Assert.Single(svg.QuerySelectorAll("line.tie-conflict"));
        Assert.Single(svg.QuerySelectorAll("line.tie-cooperation"));
    }

    [Fact]
    public void No_ties_draw_an_empty_labelled_picture()
    {
        var svg = NetworkGraph.Render(NetworkGraph.Build([]), "nothing").ToString()!;
        Assert.Contains("aria-label=\"nothing\"", svg);
        Assert.DoesNotContain("<line", svg);
    }
}

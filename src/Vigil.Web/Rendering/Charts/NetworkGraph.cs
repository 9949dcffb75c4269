using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;
using Vigil.Storage;

namespace Vigil.Web.Rendering.Charts;

/// <summary>Two actors and the events they share, cooperation and conflict apart.</summary>
public sealed record NetworkEdge(EventParticipant First, EventParticipant Second, int Cooperation, int Conflict)
{
    public int Events => Cooperation + Conflict;
}

/// <summary>An actor of the network: how many shared events its edges carry.</summary>
public sealed record NetworkNode(EventParticipant Participant, int Events);

/// <summary>The actor network drawn by <see cref="NetworkGraph"/>: its nodes, most involved first, and edges among them.</summary>
public sealed record Network(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, int LeftOut);

/// <summary>
/// Who acts with or against whom, drawn on the server as SVG like the bar charts: actors on a
/// circle, most involved first from the top clockwise, so the same events always give the same
/// picture; an edge per pair, green for cooperation and red for conflict (both, side by side, when
/// a pair has both), thicker with more events. Each actor links to its page; each edge and node
/// has a title with its counts.
/// </summary>
public static class NetworkGraph
{
    public const int MaxNodes = 24;
    private const int Width = 720;
    private const int Height = 520;
    private const double Radius = 190;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Pairs per type made pairs per actor pair; only the <paramref name="maxNodes"/> most involved actors kept.</summary>
    public static Network Build(IReadOnlyList<EventTie> ties, int maxNodes = MaxNodes)
    {
        var edges = ties
            .GroupBy(t => (t.First.Key, t.Second.Key))
            .Select(g => new NetworkEdge(g.First().First, g.First().Second,
                g.Where(t => !EventClasses.IsConflict(t.Type)).Sum(t => t.Events),
                g.Where(t => EventClasses.IsConflict(t.Type)).Sum(t => t.Events)))
            .ToList();
        var weights = new Dictionary<string, (EventParticipant Participant, int Events)>();
        foreach (var edge in edges)
            foreach (var end in new[] { edge.First, edge.Second })
                weights[end.Key] = (end, weights.GetValueOrDefault(end.Key).Events + edge.Events);
        var nodes = weights.Values
            .OrderByDescending(w => w.Events).ThenBy(w => w.Participant.Key, StringComparer.Ordinal)
            .Select(w => new NetworkNode(w.Participant, w.Events))
            .ToList();
        var kept = nodes.Take(maxNodes).Select(n => n.Participant.Key).ToHashSet();
        return new Network(
            [.. nodes.Take(maxNodes)],
            [.. edges.Where(e => kept.Contains(e.First.Key) && kept.Contains(e.Second.Key))
                .OrderByDescending(e => e.Events).ThenBy(e => e.First.Key, StringComparer.Ordinal).ThenBy(e => e.Second.Key, StringComparer.Ordinal)],
            Math.Max(0, nodes.Count - maxNodes));
    }

    public static IHtmlContent Render(Network network, string description, string cssClass = "chart network")
    {
        var svg = new XElement(Svg + "svg",
            new XAttribute("class", cssClass),
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", description),
            new XElement(Svg + "title", description));
        if (network.Nodes.Count == 0)
            return Html(svg);

        var positions = new Dictionary<string, (double X, double Y, double Angle)>();
        for (var i = 0; i < network.Nodes.Count; i++)
        {
            // From the top, clockwise; two actors face each other across the middle.
            var angle = -Math.PI / 2 + 2 * Math.PI * i / network.Nodes.Count;
            positions[network.Nodes[i].Participant.Key] = (Width / 2.0 + Radius * Math.Cos(angle), Height / 2.0 + Radius * Math.Sin(angle), angle);
        }

        var maxEdge = Math.Max(1, network.Edges.Max(e => Math.Max(e.Cooperation, e.Conflict)));
        var edgeGroup = new XElement(Svg + "g", new XAttribute("class", "edges"));
        foreach (var edge in network.Edges)
        {
            var (x1, y1, _) = positions[edge.First.Key];
            var (x2, y2, _) = positions[edge.Second.Key];
            var length = Math.Max(1, Math.Sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)));
            // Side by side when a pair both cooperates and clashes: offset across the line.
            var (nx, ny) = (-(y2 - y1) / length, (x2 - x1) / length);
            var both = edge.Cooperation > 0 && edge.Conflict > 0;
            var title = $"{edge.First.Name} – {edge.Second.Name}: cooperation {edge.Cooperation}, conflict {edge.Conflict}";
            foreach (var (count, name, side) in new[] { (edge.Cooperation, "cooperation", -1), (edge.Conflict, "conflict", 1) })
            {
                if (count == 0)
                    continue;
                var shift = both ? side * 2.5 : 0;
                edgeGroup.Add(new XElement(Svg + "line",
                    new XAttribute("class", $"tie tie-{name}"),
                    new XAttribute("x1", Number(x1 + nx * shift)), new XAttribute("y1", Number(y1 + ny * shift)),
                    new XAttribute("x2", Number(x2 + nx * shift)), new XAttribute("y2", Number(y2 + ny * shift)),
                    new XAttribute("stroke-width", Number(1 + 5 * count / (double)maxEdge)),
                    new XElement(Svg + "title", title)));
            }
        }
        svg.Add(edgeGroup);

        var maxNode = Math.Max(1, network.Nodes.Max(n => n.Events));
        var nodeGroup = new XElement(Svg + "g", new XAttribute("class", "nodes"));
        foreach (var node in network.Nodes)
        {
            var (x, y, angle) = positions[node.Participant.Key];
            var radius = 5 + 9 * Math.Sqrt(node.Events / (double)maxNode);
            var right = Math.Cos(angle) >= -1e-9;
            // Labels outside the circle, away from the edges, on the side the node is on.
            var labelX = x + Math.Cos(angle) * (radius + 6);
            var labelY = y + Math.Sin(angle) * (radius + 6) + 4;
            var mark = new XElement(Svg + "g", new XAttribute("class", node.Participant.ActorId is null ? "node node-name" : "node"),
                new XElement(Svg + "title", $"{node.Participant.Name}: {node.Events} {(node.Events == 1 ? "tie" : "ties")} (an event shared with one other actor)"),
                new XElement(Svg + "circle", new XAttribute("cx", Number(x)), new XAttribute("cy", Number(y)), new XAttribute("r", Number(radius))),
                new XElement(Svg + "text", new XAttribute("x", Number(labelX)), new XAttribute("y", Number(labelY)),
                    new XAttribute("text-anchor", Math.Abs(Math.Cos(angle)) < 0.2 ? "middle" : right ? "start" : "end"),
                    node.Participant.Name));
            nodeGroup.Add(node.Participant.ActorId is { } id
                ? new XElement(Svg + "a", new XAttribute("href", Links.Actor(id)), mark)
                : mark);
        }
        svg.Add(nodeGroup);
        return Html(svg);
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static HtmlString Html(XElement svg) => new(svg.ToString(SaveOptions.DisableFormatting));
}

using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;

namespace Vigil.Web.Rendering.Charts;

/// <summary>One part of a bar: what it counts, drawn in the colour its class gives it.</summary>
public sealed record BarSegment(string Name, string CssClass, int Count);

/// <summary>One bar: its label and its segments, stacked bottom up.</summary>
public sealed record Bar(string Label, IReadOnlyList<BarSegment> Segments)
{
    public int Total => Segments.Sum(s => s.Count);
}

/// <summary>
/// A bar chart drawn on the server as SVG: no script, no library, nothing for the
/// Content-Security-Policy to allow. Colours come from the stylesheet by class. Each segment carries
/// a title (shown on hover) with its label and count; the first and last labels mark the axis.
/// </summary>
public static class BarChart
{
    private const int Width = 640;
    private const int Height = 160;
    private const int AxisHeight = 20;
    private const int TopMargin = 14;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>One count per bar.</summary>
    public static IHtmlContent Render(IReadOnlyList<(string Label, int Count)> bars, string description, string cssClass = "chart") =>
        Render([.. bars.Select(b => new Bar(b.Label, [new BarSegment("", "bar", b.Count)]))], description, cssClass);

    /// <param name="bars">Left to right.</param>
    /// <param name="description">What the chart shows, for screen readers.</param>
    public static IHtmlContent Render(IReadOnlyList<Bar> bars, string description, string cssClass = "chart")
    {
        var svg = new XElement(Svg + "svg",
            new XAttribute("class", cssClass),
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", description),
            new XElement(Svg + "title", description));
        if (bars.Count == 0)
            return Html(svg);

        var max = Math.Max(1, bars.Max(b => b.Total));
        var plotHeight = Height - AxisHeight - TopMargin;
        var baseline = TopMargin + plotHeight;
        var slot = (double)Width / bars.Count;
        // A few bars stay bars, not slabs: their width is capped, and the slots are centred.
        var barWidth = Math.Clamp(slot * 0.8, 1, 48);
        for (var i = 0; i < bars.Count; i++)
        {
            double top = baseline;
            foreach (var segment in bars[i].Segments)
            {
                if (segment.Count <= 0)
                    continue;
                var height = Math.Max(1, plotHeight * segment.Count / (double)max);
                top -= height;
                var name = segment.Name.Length == 0 ? "" : segment.Name + " ";
                svg.Add(new XElement(Svg + "rect",
                    new XAttribute("class", segment.CssClass),
                    new XAttribute("x", Number(i * slot + (slot - barWidth) / 2)),
                    new XAttribute("y", Number(top)),
                    new XAttribute("width", Number(barWidth)),
                    new XAttribute("height", Number(height)),
                    new XElement(Svg + "title", $"{bars[i].Label}: {name}{segment.Count}")));
            }
        }
        svg.Add(new XElement(Svg + "line", new XAttribute("class", "axis"),
            new XAttribute("x1", 0), new XAttribute("x2", Width),
            new XAttribute("y1", baseline), new XAttribute("y2", baseline)));
        svg.Add(Text(2, Height - 4, bars[0].Label, "start"));
        if (bars.Count > 1)
            svg.Add(Text(Width - 2, Height - 4, bars[^1].Label, "end"));
        svg.Add(Text(2, TopMargin - 3, $"max {max}", "start"));
        return Html(svg);
    }

    private static XElement Text(double x, double y, string text, string anchor) =>
        new(Svg + "text", new XAttribute("x", Number(x)), new XAttribute("y", Number(y)), new XAttribute("text-anchor", anchor), text);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    // XElement escapes every text and attribute; the namespace declaration is the one HTML expects for inline SVG.
    private static HtmlString Html(XElement svg) => new(svg.ToString(SaveOptions.DisableFormatting));
}

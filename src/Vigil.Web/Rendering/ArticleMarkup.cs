using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Vigil.Documents;
using Vigil.Storage;

namespace Vigil.Web.Rendering;

/// <summary>
/// Turns an article's text and its stand-off layers into paragraphs of HTML with the boilerplate,
/// quotes, cues and entity mentions marked. Spans from the pipeline may overlap, nest, cross
/// paragraphs or even point outside the text; the output is well-formed whatever they do, because
/// it is written segment by segment between span boundaries, closing and reopening elements so
/// that they always nest. Every piece of article text and every attribute value is HTML-encoded
/// here: this is the one place where the page takes markup that Razor did not encode itself.
/// </summary>
public sealed class ArticleMarkup(HtmlEncoder encoder)
{
    /// <summary>Outer layers first: a quote's mark holds its mentions, never the other way round.</summary>
    private enum Layer
    {
        Boilerplate,
        Event,
        Quote,
        Commitment,
        Cue,
        Mention,
    }

    private sealed record Highlight(int Order, Layer Layer, TextSpan Span, string Element, string CssClass, string? Title)
    {
        /// <summary>Shown once, at the start of the highlight: the speaker's name on a quote.</summary>
        public string? Label { get; init; }

        /// <summary>Where the label leads: the speaker's actor page, when the speaker is a known actor.</summary>
        public string? LabelLink { get; init; }

        /// <summary>The anchor the quote table links to, put on the first fragment.</summary>
        public string? AnchorId { get; init; }
    }

    public static string QuoteAnchor(int quoteIndex) => $"quote-{quoteIndex + 1}";

    public static string EntityAnchor(int entityIndex) => $"entity-{entityIndex + 1}";

    public static string CommitmentAnchor(int commitmentIndex) => $"commitment-{commitmentIndex + 1}";

    public static string EventAnchor(int eventIndex) => $"event-{eventIndex + 1}";

    public IHtmlContent Render(Document document)
    {
        var text = document.Text;
        var highlights = CollectHighlights(document);
        var html = new StringBuilder(text.Length * 2);
        using var writer = new StringWriter(html);
        var labelled = new HashSet<int>();
        var open = new List<Highlight>();
        var boundaries = new SortedSet<int>();
        var active = new List<Highlight>();

        // A sweep over highlights sorted by start: those that may reach into the current paragraph.
        var candidates = new List<Highlight>();
        var next = 0;

        foreach (var paragraph in TextParagraphs.Split(text))
        {
            while (next < highlights.Count && highlights[next].Span.Start < paragraph.End)
                candidates.Add(highlights[next++]);
            candidates.RemoveAll(h => h.Span.End <= paragraph.Start);

            var inParagraph = candidates.Where(h => h.Span.Overlaps(paragraph)).ToList();
            var wholeParagraphIsBoilerplate = inParagraph.Any(h => h.Layer == Layer.Boilerplate && h.Span.Contains(paragraph));
            html.Append(wholeParagraphIsBoilerplate ? "<p class=\"boilerplate-paragraph\">" : "<p>");

            boundaries.Clear();
            boundaries.Add(paragraph.Start);
            boundaries.Add(paragraph.End);
            foreach (var h in inParagraph)
            {
                boundaries.Add(Math.Max(h.Span.Start, paragraph.Start));
                boundaries.Add(Math.Min(h.Span.End, paragraph.End));
            }

            var segmentStart = -1;
            foreach (var boundary in boundaries)
            {
                if (segmentStart >= 0)
                {
                    var segment = new TextSpan(segmentStart, boundary);
                    active.Clear();
                    foreach (var h in inParagraph)
                        if (h.Span.Contains(segment))
                            active.Add(h);
                    active.Sort(NestingOrder);
                    Reconcile(writer, open, active, labelled);
                    encoder.Encode(writer, text, segment.Start, segment.Length);
                }
                segmentStart = boundary;
            }

            CloseFrom(html, open, 0);
            html.Append("</p>\n");
        }
        return new HtmlString(html.ToString());
    }

    private List<Highlight> CollectHighlights(Document document)
    {
        var length = document.Text.Length;
        var highlights = new List<Highlight>();

        void Add(Highlight highlight)
        {
            // Spans outside the text come from a pipeline bug; they are dropped, not allowed to break the page.
            var span = highlight.Span;
            if (span.Start < 0 || span.End > length)
                return;
            // An edge between the two halves of a surrogate pair would encode each half as U+FFFD.
            span = new TextSpan(WholeCharacterEdge(document.Text, span.Start), WholeCharacterEdge(document.Text, span.End));
            if (span.Length > 0)
                highlights.Add(highlight with { Span = span });
        }

        foreach (var boilerplate in document.Boilerplate)
        {
            var kind = StoredNames.Of(boilerplate.Kind);
            Add(new Highlight(highlights.Count, Layer.Boilerplate, boilerplate.Span, "span", $"boilerplate boilerplate-{kind}", $"Boilerplate: {kind}"));
        }

        for (var i = 0; i < document.Quotes.Length; i++)
        {
            var quote = document.Quotes[i];
            var kind = StoredNames.Of(quote.Kind);
            var speaker = quote.SpeakerName ?? "speaker unknown";
            var actorId = quote.SpeakerId is { } speakerId ? document.FindEntity(speakerId)?.ActorId : null;
            Add(new Highlight(highlights.Count, Layer.Quote, quote.Span, "mark", $"quote quote-{kind}", $"{speaker} ({kind} quote)")
            {
                Label = speaker,
                LabelLink = actorId is null ? null : Links.Actor(actorId),
                AnchorId = QuoteAnchor(i),
            });
            if (quote.Cue is { } cue)
                Add(new Highlight(highlights.Count, Layer.Cue, cue, "span", "cue", $"Cue of the quote by {speaker}"));
        }

        for (var i = 0; i < document.Commitments.Length; i++)
        {
            var commitment = document.Commitments[i];
            var kind = StoredCommitmentNames.Of(commitment.Kind);
            Add(new Highlight(highlights.Count, Layer.Commitment, commitment.Span, "span", $"commitment commitment-{kind}",
                $"Commitment ({kind}) of {commitment.ActorName ?? "an unknown actor"}")
            {
                AnchorId = CommitmentAnchor(i),
            });
        }

        for (var i = 0; i < document.Events.Length; i++)
        {
            var newsEvent = document.Events[i];
            var type = StoredCommitmentNames.Of(newsEvent.Type);
            Add(new Highlight(highlights.Count, Layer.Event, newsEvent.Span, "span", "event",
                $"Event: {type}, {StoredCommitmentNames.Of(newsEvent.Status)}{(newsEvent.Negated ? ", did not happen" : "")}")
            {
                AnchorId = EventAnchor(i),
            });
        }

        foreach (var entity in document.Entities)
        {
            var type = StoredNames.Of(entity.Type);
            var description = $"{entity.Name} ({type})";
            foreach (var mention in entity.Mentions)
                Add(new Highlight(highlights.Count, Layer.Mention, mention, "span", $"mention mention-{type.ToLowerInvariant()}", description));
            foreach (var reference in entity.References)
                Add(new Highlight(highlights.Count, Layer.Mention, reference, "span", "reference", $"Refers to {description}"));
        }

        highlights.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Order.CompareTo(b.Order));
        return highlights;
    }

    private static int WholeCharacterEdge(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsLowSurrogate(text[offset]) && char.IsHighSurrogate(text[offset - 1]) ? offset - 1 : offset;

    /// <summary>Longer spans outside shorter ones within a layer, so that true nesting is kept when there is one.</summary>
    private static int NestingOrder(Highlight a, Highlight b)
    {
        if (a.Layer != b.Layer) return a.Layer.CompareTo(b.Layer);
        if (a.Span.Start != b.Span.Start) return a.Span.Start.CompareTo(b.Span.Start);
        if (a.Span.End != b.Span.End) return b.Span.End.CompareTo(a.Span.End);
        return a.Order.CompareTo(b.Order);
    }

    /// <summary>Closes the open elements that differ from the wanted ones (and all inside them), then opens the rest.</summary>
    private void Reconcile(StringWriter writer, List<Highlight> open, List<Highlight> wanted, HashSet<int> labelled)
    {
        var html = writer.GetStringBuilder();
        var common = 0;
        while (common < open.Count && common < wanted.Count && ReferenceEquals(open[common], wanted[common]))
            common++;
        CloseFrom(html, open, common);
        for (var i = common; i < wanted.Count; i++)
        {
            var highlight = wanted[i];
            var first = labelled.Add(highlight.Order);
            html.Append('<').Append(highlight.Element);
            if (first && highlight.AnchorId is { } anchor)
                AppendAttribute(writer, "id", anchor);
            AppendAttribute(writer, "class", highlight.CssClass);
            if (highlight.Title is { } title)
                AppendAttribute(writer, "title", title);
            html.Append('>');
            if (first && highlight.Label is { } label)
            {
                if (highlight.LabelLink is { } link)
                {
                    html.Append("<a class=\"speaker-label\"");
                    AppendAttribute(writer, "href", link);
                    html.Append('>');
                    encoder.Encode(writer, label);
                    html.Append("</a>");
                }
                else
                {
                    html.Append("<span class=\"speaker-label\">");
                    encoder.Encode(writer, label);
                    html.Append("</span>");
                }
            }
            open.Add(highlight);
        }
    }

    private static void CloseFrom(StringBuilder html, List<Highlight> open, int keep)
    {
        for (var i = open.Count - 1; i >= keep; i--)
            html.Append("</").Append(open[i].Element).Append('>');
        open.RemoveRange(keep, open.Count - keep);
    }

    private void AppendAttribute(StringWriter writer, string name, string value)
    {
        writer.Write(' ');
        writer.Write(name);
        writer.Write("=\"");
        encoder.Encode(writer, value);
        writer.Write('"');
    }
}

using System.Text;
using AngleSharp.Dom;
using Vigil.Documents;

namespace Vigil.Reading;

/// <summary>A paragraph of extracted text, with the boilerplate kind its markup gives it (a &lt;figcaption&gt; is a caption).</summary>
internal sealed record HtmlParagraph(string Text, BoilerplateKind? Boilerplate);

/// <summary>
/// Turns markup into paragraphs as a reader sees them: every block element (p, h1-h6, li,
/// blockquote, figcaption, pre, a div holding only inline content...) is one paragraph, white
/// space inside it collapsed to single spaces, entities already decoded by the parser.
/// </summary>
internal sealed class HtmlBlockText
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    };

    // Elements whose content is never read as text (code, media, controls).
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "video", "audio", "canvas", "select", "button", "input", "textarea", "head", "title", "img",
        "picture", "source", "map",
    };

    // Table cells sit side by side: keep their words apart without breaking the row.
    private static readonly HashSet<string> CellElements = new(StringComparer.OrdinalIgnoreCase) { "td", "th" };

    private const int LongestMarkedCaption = 400;
    private const double LinkShareOfNavigation = 0.9;
    private const int NavigationMaxWords = 4;

    private readonly List<HtmlParagraph> _paragraphs = [];
    private readonly StringBuilder _current = new();
    private BoilerplateKind? _currentKind;
    private bool _currentHasText;
    private int _currentLinkChars;
    private int _linkDepth;

    public static IReadOnlyList<HtmlParagraph> Paragraphs(INode root)
    {
        var builder = new HtmlBlockText();
        builder.Walk(root, kind: null);
        builder.Flush();
        return builder._paragraphs;
    }

    private void Walk(INode node, BoilerplateKind? kind)
    {
        switch (node)
        {
            case IText text:
                // A paragraph takes the kind of the element its first words stand in.
                if (!_currentHasText && !string.IsNullOrWhiteSpace(text.Data))
                {
                    _currentKind = kind;
                    _currentHasText = true;
                }
                _current.Append(text.Data);
                if (_linkDepth > 0)
                    _currentLinkChars += VisibleLength(text.Data);
                break;
            case IElement element:
                var name = element.LocalName;
                if (SkippedElements.Contains(name) || element.HasAttribute("hidden"))
                    return;
                if (name == "br")
                {
                    Flush();
                    return;
                }
                var ownKind = KindOf(element) ?? kind;
                var block = BlockElements.Contains(name);
                if (block)
                    Flush();
                if (name == "pre")
                {
                    WalkPreformatted(element, ownKind);
                    return;
                }
                if (CellElements.Contains(name))
                    _current.Append(' ');
                var link = name == "a" && element.HasAttribute("href");
                if (link)
                    _linkDepth++;
                foreach (var child in element.ChildNodes)
                    Walk(child, ownKind);
                if (link)
                    _linkDepth--;
                if (CellElements.Contains(name))
                    _current.Append(' ');
                if (block)
                    Flush();
                break;
            case IDocument or IDocumentFragment:
                foreach (var child in node.ChildNodes)
                    Walk(child, kind);
                break;
        }
    }

    /// <summary>Preformatted text keeps its line structure: each line is a paragraph.</summary>
    private void WalkPreformatted(IElement element, BoilerplateKind? kind)
    {
        foreach (var line in (element.TextContent ?? "").Split('\n'))
        {
            _currentKind = kind;
            _currentHasText = true;
            _current.Append(line);
            Flush();
        }
    }

    private static BoilerplateKind? KindOf(IElement element)
    {
        if (element.LocalName is "figcaption")
            return BoilerplateKind.Caption;
        var marks = $"{element.ClassName} {element.Id}";
        // Only small elements: a container named "article has-captions" is not itself a caption.
        if (marks.Length <= 1 || element.TextContent.Length > LongestMarkedCaption)
            return null;
        if (marks.Contains("caption", StringComparison.OrdinalIgnoreCase))
            return BoilerplateKind.Caption;
        if (marks.Contains("credit", StringComparison.OrdinalIgnoreCase))
            return BoilerplateKind.Credit;
        return null;
    }

    private void Flush()
    {
        if (_current.Length > 0)
        {
            var text = CollapseWhiteSpace(_current);
            if (text.Length > 0)
                _paragraphs.Add(new HtmlParagraph(text, _currentKind ?? LinkKind(text)));
        }
        _current.Clear();
        _currentKind = null;
        _currentHasText = false;
        _currentLinkChars = 0;
    }

    /// <summary>
    /// A paragraph that is all link text is a way to another page (a menu entry, a related story),
    /// not the story itself: short ones are navigation, longer ones headlines of related stories.
    /// </summary>
    private BoilerplateKind? LinkKind(string text)
    {
        var visible = VisibleLength(text);
        if (visible == 0 || _currentLinkChars < visible * LinkShareOfNavigation)
            return null;
        return text.Count(c => c == ' ') < NavigationMaxWords ? BoilerplateKind.Navigation : BoilerplateKind.Related;
    }

    private static int VisibleLength(string text) => text.Count(c => !char.IsWhiteSpace(c));

    /// <summary>
    /// Runs of white space (non-breaking spaces included) become one space; invisible soft hyphens
    /// and zero-width spaces go, since they would split words for every later stage.
    /// </summary>
    public static string CollapseWhiteSpace(StringBuilder raw)
    {
        var result = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var chunk in raw.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c is '\u00AD' or '\u200B' or '\uFEFF')
                    continue;
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = result.Length > 0;
                    continue;
                }
                if (pendingSpace)
                {
                    result.Append(' ');
                    pendingSpace = false;
                }
                result.Append(c);
            }
        }
        return result.ToString();
    }

    public static string CollapseWhiteSpace(string raw) => CollapseWhiteSpace(new StringBuilder(raw));
}

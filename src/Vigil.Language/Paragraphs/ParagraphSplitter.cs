using Vigil.Documents;
using Vigil.Pipeline;

namespace Vigil.Language.Paragraphs;

/// <summary>
/// Splits the text into paragraphs at line breaks. News copy comes both with blank lines between
/// paragraphs and with one paragraph per line, so a single line break ends a paragraph too, unless
/// the text looks hard-wrapped there: the line ends mid-sentence and the next one starts in lower case.
/// </summary>
public sealed class ParagraphSplitter : IDocumentStage
{
    public string Name => "paragraphs";
    public AnnotationLayers Requires => AnnotationLayers.None;
    public AnnotationLayers Provides => AnnotationLayers.Paragraphs;

    public Document Process(Document document) => document with { Paragraphs = Split(document.Text) };

    public static ImmutableArray<Paragraph> Split(string text)
    {
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        int start = -1, end = -1;   // the paragraph being built, trimmed of surrounding whitespace
        var position = 0;
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            if (lineEnd < 0) lineEnd = text.Length;
            var (lineStart, lineStop) = Trim(text, position, lineEnd);
            if (lineStop <= lineStart)
            {
                Flush();   // a blank line always ends a paragraph
            }
            else
            {
                if (start >= 0 && !ContinuesWrappedLine(text, end, lineStart)) Flush();
                if (start < 0) start = lineStart;
                end = lineStop;
            }
            position = lineEnd + 1;
        }
        Flush();
        return paragraphs.ToImmutable();

        void Flush()
        {
            if (start >= 0) paragraphs.Add(new Paragraph(new TextSpan(start, end)));
            start = end = -1;
        }
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    private static bool ContinuesWrappedLine(string text, int previousEnd, int nextStart)
    {
        var last = text[previousEnd - 1];
        if (".!?:;\"”’'»)]…".Contains(last)) return false;
        return char.IsLower(text[nextStart]);
    }
}

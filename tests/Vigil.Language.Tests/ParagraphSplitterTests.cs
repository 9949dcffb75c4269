using Vigil.Language.Paragraphs;

namespace Vigil.Language.Tests;

public sealed class ParagraphSplitterTests
{
    private static string[] Split(string text) => [.. ParagraphSplitter.Split(text).Select(p => text[p.Span.Start..p.Span.End])];

    [Fact]
    public void Blank_lines_and_single_line_breaks_both_end_paragraphs()
    {
        Assert.Equal(["One.", "Two.", "Three"], Split("One.\n\n\nTwo.\nThree\n"));
    }

    [Fact]
    public void Hard_wrapped_lines_are_one_paragraph()
    {
        Assert.Equal(["The minister said the talks would\ncontinue next week in Doha."], Split("The minister said the talks would\ncontinue next week in Doha."));
    }

    [Fact]
    public void Paragraph_spans_exclude_surrounding_whitespace()
    {
        var text = "  \r\n  Hello world.  \r\n";
        var paragraph = Assert.Single(ParagraphSplitter.Split(text));
        Assert.Equal("Hello world.", text[paragraph.Span.Start..paragraph.Span.End]);
    }
}

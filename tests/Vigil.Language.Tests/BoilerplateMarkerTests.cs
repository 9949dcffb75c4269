using Vigil.Documents;
using static Vigil.Language.Tests.LanguageFixture;

namespace Vigil.Language.Tests;

public sealed class BoilerplateMarkerTests
{
    private static (string Text, BoilerplateKind Kind)[] Marked(string text)
    {
        var document = Analyze(text);
        Assert.Equal(text, document.Text);   // marked, never removed
        return [.. document.Boilerplate.Select(b => (document[b.Span], b.Kind))];
    }

    [Fact]
    public void A_photo_caption_with_a_credit_is_a_caption()
    {
        Assert.Equal([("Afghan evacuees arrived at Pristina airport on Sunday © Reuters", BoilerplateKind.Caption)],
            Marked("The story.\n\nAfghan evacuees arrived at Pristina airport on Sunday © Reuters\n\nMore story."));
    }

    [Theory]
    [InlineData("Getty/Instagram.")]
    [InlineData("(AP Photo)")]
    [InlineData("Photo: Reuters")]
    public void A_bare_credit_line_is_a_credit(string line) =>
        Assert.Equal([(line, BoilerplateKind.Credit)], Marked($"The story.\n\n{line}\n\nMore story."));

    [Theory]
    [InlineData("Source link")]
    [InlineData("Sign up for our daily newsletter")]
    [InlineData("(Reporting by Jane Doe; Editing by John Roe)")]
    [InlineData("This article was originally published by The Conversation.")]
    [InlineData("Download our free app for the latest news.")]
    public void Trailers_are_marked(string line) =>
        Assert.Equal([(line, BoilerplateKind.Trailer)], Marked($"The story goes on here.\n\n{line}"));

    [Fact]
    public void A_related_stories_block_is_marked_with_its_links()
    {
        var marked = Marked("The story.\n\nRelated stories\n\nTaliban seize Kabul as president flees\n\nWhat the US left behind\n\nThe story goes on, as it must.");
        Assert.Equal(["Related stories", "Taliban seize Kabul as president flees", "What the US left behind"], marked.Select(m => m.Text));
        Assert.All(marked, m => Assert.Equal(BoilerplateKind.Related, m.Kind));
    }

    [Fact]
    public void A_related_line_with_its_headline_is_marked()
    {
        Assert.Equal([("Related: Taliban seize Kabul as president flees", BoilerplateKind.Related)],
            Marked("The story.\n\nRelated: Taliban seize Kabul as president flees\n\nMore."));
    }

    [Theory]
    [InlineData("TOP STORIES.")]
    [InlineData("More on Afghanistan:")]
    [InlineData("Most read")]
    [InlineData("You may also like...")]
    public void A_related_header_alone_makes_the_next_short_lines_links(string header)
    {
        Assert.Equal([header, "The airport stays open"], Marked($"The story.\n\n{header}\n\nThe airport stays open\n\nThe story goes on, as it must.").Select(m => m.Text));
    }

    [Theory]
    [InlineData("Related: Taliban seize Kabul as president flees")]
    [InlineData("Related post: Taliban seize Kabul as president flees")]
    public void A_related_line_with_its_headline_does_not_make_the_next_lines_links(string line)
    {
        Assert.Equal([(line, BoilerplateKind.Related)],
            Marked($"The story.\n\n{line}\n\nThe airport stays open\n\nMore."));
    }

    [Theory]
    [InlineData("More about the attack emerged on Tuesday, officials said.")]
    [InlineData("More on that later, the minister told reporters")]
    [InlineData("Most read newspapers backed the plan in 2019.")]
    [InlineData("Download the report from the ministry's site, she said.")]
    public void A_story_sentence_that_opens_like_a_related_header_is_not_marked(string sentence)
    {
        Assert.Empty(Marked($"The story.\n\n{sentence}\n\nThe airport stays open\n\nThe story goes on, as it must."));
    }

    [Fact]
    public void Story_paragraphs_that_name_agencies_are_not_marked()
    {
        Assert.Empty(Marked("“We will not leave,” he told Reuters on Sunday.\n\nThe photo agency Getty Images said it had pictures of the crowd, which gathered after dawn and stayed until the evening."));
    }

    [Fact]
    public void Navigation_is_marked()
    {
        Assert.Equal([("Skip to main content", BoilerplateKind.Navigation), ("Advertisement", BoilerplateKind.Navigation)],
            Marked("Skip to main content\n\nThe story.\n\nAdvertisement\n\nMore story."));
    }
}

using Vigil.Documents;
using static Vigil.Extraction.Tests.Quotes.QuoteFixture;

namespace Vigil.Extraction.Tests.Quotes;

public sealed class QuotationMarkTests
{
    [Theory]
    [InlineData("“The talks will resume,” said Maria Lopez.", "“The talks will resume,”")]
    [InlineData("\"The talks will resume,\" said Maria Lopez.", "\"The talks will resume,\"")]
    [InlineData("‘The talks will resume on Monday,’ said Maria Lopez.", "‘The talks will resume on Monday,’")]
    [InlineData("« The talks will resume », said Maria Lopez.", "« The talks will resume »")]
    [InlineData("``The talks will resume,'' said Maria Lopez.", "``The talks will resume,''")]
    [InlineData("''The talks will resume,'' said Maria Lopez.", "''The talks will resume,''")]
    [InlineData("''The talks will resume, 'whatever it takes,''' said Maria Lopez.", "''The talks will resume, 'whatever it takes,'''")]
    public void Every_quotation_mark_style_gives_a_direct_quote(string text, string quote)
    {
        var found = Single(text);
        Assert.Equal(quote, found.Text);
        Assert.Equal(QuoteKind.Direct, found.Kind);
        Assert.Equal("Maria Lopez", found.Speaker);
    }

    [Fact]
    public void A_quotation_over_several_paragraphs_is_one_quote()
    {
        var text = "Maria Lopez, the mediator, described the night: “We sat until dawn. Nobody slept.\n\n“By morning both sides had a text. It was not perfect, but it held.”\n\nThe talks resume on Monday.";
        var found = Single(text);
        Assert.StartsWith("“We sat until dawn.", found.Text);
        Assert.EndsWith("but it held.”", found.Text);
        Assert.Equal("Maria Lopez", found.Speaker);
    }

    [Fact]
    public void An_apostrophe_does_not_close_a_single_quoted_quotation()
    {
        var found = Single("‘The voters’ anger is real and it is growing,’ said Maria Lopez.");
        Assert.Equal("‘The voters’ anger is real and it is growing,’", found.Text);
    }

    [Fact]
    public void Scare_quotes_and_titles_are_not_quotes()
    {
        Assert.Empty(QuotesIn("The so-called “peace dividend” never came. She starred in “Women in Power” last year."));
    }

    [Fact]
    public void A_quotation_nested_in_another_stays_inside_it()
    {
        var found = Single("“I would rather live in what he calls “hell” than live in his world,” said Ana Ruiz.");
        Assert.Equal("“I would rather live in what he calls “hell” than live in his world,”", found.Text);
    }
}

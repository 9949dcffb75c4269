using Vigil.Documents;
using Vigil.Language.Tokens;
using static Vigil.Language.Tests.LanguageFixture;

namespace Vigil.Language.Tests;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("the U.S. troops", "U.S.")]
    [InlineData("Gen. McKenzie spoke", "Gen.")]
    [InlineData("Lt. Col. Smith", "Lt.")]
    [InlineData("since Sept. 11", "Sept.")]
    [InlineData("Mr. Trump said", "Mr.")]
    [InlineData("at 9 a.m. on Monday", "a.m.")]
    [InlineData("Edwin G. Monroy", "G.")]
    [InlineData("it fell 3.5 percent", "3.5")]
    [InlineData("more than 114,000 people", "114,000")]
    [InlineData("NEW YORK 74 59 .556 -", ".556")]
    [InlineData("a .45 caliber pistol", ".45")]
    [InlineData("before the 9/11 attacks", "9/11")]
    [InlineData("Taliban-ruled Afghanistan", "Taliban-ruled")]
    [InlineData("the al-Qaeda sanctuary", "al-Qaeda")]
    [InlineData("an up-to-date list", "up-to-date")]
    [InlineData("visit Breitbart.com today", "Breitbart.com")]
    [InlineData("see https://example.org/a?b=c.", "https://example.org/a?b=c")]
    [InlineData("tweeted @realDonaldTrump", "@realDonaldTrump")]
    [InlineData("write to Kevin.A.Boone@accenture.com.", "Kevin.A.Boone@accenture.com")]
    [InlineData("(jane_doe+news@mail.example.co.uk)", "jane_doe+news@mail.example.co.uk")]
    [InlineData("see www.igourmet.com, where", "www.igourmet.com")]
    [InlineData("- Lisa_resume.doc << File", "Lisa_resume.doc")]
    [InlineData("see Minutes_March.pdf here", "Minutes_March.pdf")]
    public void Keeps_words_whole(string text, string expected) => Assert.Contains(expected, TokenTexts(text));

    [Theory]
    [InlineData("Griffith@ENRON said", "Griffith")]
    [InlineData("meet me @ noon", "noon")]
    [InlineData("the doc.Then we left", "doc")]
    public void Keeps_words_apart_that_only_look_like_addresses(string text, string expected) => Assert.Contains(expected, TokenTexts(text));

    [Fact]
    public void A_hyphen_before_a_function_word_is_a_dash()
    {
        var document = Analyze("to get their people to leave-this is the top priority");
        var dash = document.Tokens.Single(t => document[t.Span] == "-");
        Assert.Equal(TokenKind.Dash, dash.Kind);
        Assert.Contains("leave", document.Tokens.Select(t => document[t.Span]));
    }

    [Theory]
    [InlineData("war — and peace", "—")]
    [InlineData("1996–2001 rule", "–")]
    [InlineData("wait -- what", "--")]
    public void Dashes_are_dash_tokens(string text, string dash)
    {
        var document = Analyze(text);
        Assert.Contains(document.Tokens, t => document[t.Span] == dash && t.Kind == TokenKind.Dash);
    }

    [Theory]
    [InlineData("“Yes,” he said", "“", "”")]
    [InlineData("\"Yes,\" he said", "\"", "\"")]
    [InlineData("‘Yes,’ he said", "‘", "’")]
    [InlineData("«Oui», dit-il", "«", "»")]
    [InlineData("``Yes,'' he said", "``", "''")]
    [InlineData("''Yes,'' he said", "''", "''")]
    public void Every_quotation_mark_style_is_one_token(string text, string open, string close)
    {
        var document = Analyze(text);
        var marks = document.Tokens.Where(t => t.Kind == TokenKind.QuoteMark).Select(t => document[t.Span]).ToArray();
        Assert.Equal([open, close], marks);
    }

    [Theory]
    [InlineData("''It is 'special,''' he said", new[] { "''", "'", "'", "''" })]
    [InlineData("He said: '''Special' is the word,'' and left", new[] { "''", "'", "'", "''" })]
    public void Three_apostrophes_close_the_inner_quotation_first_and_open_the_outer_first(string text, string[] marks)
    {
        var document = Analyze(text);
        Assert.Equal(marks, document.Tokens.Where(t => t.Kind == TokenKind.QuoteMark).Select(t => document[t.Span]));
    }

    [Fact]
    public void A_possessive_is_split_from_the_name()
    {
        Assert.Equal(["Afghanistan", "’s", "land"], TokenTexts("Afghanistan’s land"));
        Assert.Equal(["don't", "go"], TokenTexts("don't go"));
    }

    [Fact]
    public void Ellipses_are_single_tokens()
    {
        Assert.Contains("…", TokenTexts("by them… We have"));
        Assert.Contains("...", TokenTexts("by them... We have"));
    }

    [Fact]
    public void A_period_glued_to_a_capital_is_split_off()
    {
        Assert.Equal(["the", "process", ".", "Speak", "to"], TokenTexts("the process.Speak to"));
    }
}

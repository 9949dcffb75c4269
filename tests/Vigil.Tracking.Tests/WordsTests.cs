using Vigil.Tracking.Text;

namespace Vigil.Tracking.Tests;

public sealed class WordsTests
{
    [Theory]
    [InlineData("stopped", "stop")]
    [InlineData("stopping", "stop")]
    [InlineData("leave", "leav")]
    [InlineData("leaving", "leav")]
    [InlineData("Afghans", "afghan")]
    [InlineData("countries", "countri")]
    [InlineData("country", "countri")]
    [InlineData("barred", "bar")]
    [InlineData("killed", "kill")]
    [InlineData("taxes", "tax")]
    [InlineData("Taliban's", "taliban")]
    public void Inflections_share_a_stem(string word, string stem) =>
        Assert.Equal(stem, Words.Stem(Words.Of(word).Single()));

    [Fact]
    public void Content_stems_leave_out_function_words_numbers_and_reporting_verbs()
    {
        Assert.Equal(new HashSet<string> { "allow", "afghan", "leav", "countri" }, Words.ContentStems("They said they will allow 200 Afghans to leave the country"));
    }

    [Fact]
    public void Words_keep_inner_apostrophes_and_split_at_punctuation()
    {
        Assert.Equal(["women's", "rights", "didn't", "end"], Words.Of("women’s rights—didn't end."));
    }
}

using Vigil.Tracking.Stance;
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

    [Fact]
    public void Opposite_words_are_told_by_their_antonym_bits_exactly_as_the_lexicon_defines_them()
    {
        // every stem of the lexicon's pairs, inflected the ways the prefix match allows, and near misses
        var stems = StanceLexicon.Antonyms.SelectMany(p => new[] { p.A, p.B })
            .SelectMany(s => new[] { s, s + "e", s + "ed", s + "ing", s + "ment", s[..^1], "un" + s })
            .Distinct().ToList();
        var texts = stems.ToDictionary(s => s, TextWords.Of);
        var compared = 0;
        foreach (var a in stems)
            foreach (var b in stems)
            {
                var sa = texts[a].Stems.Single();
                var sb = texts[b].Stems.Single();
                if (Words.IsStopWord(texts[a].Words[0]) || Words.IsStopWord(texts[b].Words[0])) continue;
                Assert.True(StanceLexicon.AreOpposite(sa, sb) == texts[a].AreOpposite(sa, texts[b], sb), $"{a} / {b}");
                compared++;
            }
        Assert.True(compared > 100_000);
        Assert.True(texts["allow"].AreOpposite("allow", texts["ban"], "ban"));
    }

    [Fact]
    public void A_texts_cues_are_found_once_for_each_lexicon()
    {
        var report = TextWords.Of("They will not stop flights, as promised");

        Assert.Equal([(2, 1)], report.Find(StanceLexicon.Negators));
        Assert.Equal([(3, 1)], report.Find(StanceLexicon.Preventers));
        Assert.Equal([(5, 2)], report.Find(StanceLexicon.Kept));
        Assert.Same(report.Find(StanceLexicon.Negators), report.Find(StanceLexicon.Negators));
    }
}

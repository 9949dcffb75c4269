using Vigil.Storage.Postgres;

namespace Vigil.Storage.Tests;

/// <summary>How a typed query is split for PostgreSQL's two indexes: the words', and the one of neighbouring words that phrases go through.</summary>
public sealed class PostgresTextQueryTests
{
    [Fact]
    public void A_phrase_goes_through_its_pairs_of_words_and_the_other_terms_through_the_words_index()
    {
        var paired = PostgresTextQuery.From("kabul \"His delegates said\" evacuat*")!.ToPairedPhrases()!;

        Assert.Equal("('His' <-> 'delegates' <-> 'said')", paired.Phrases);
        Assert.Equal(["his delegates", "delegates said"], paired.Pairs);
        Assert.Equal("'his delegates' & 'delegates said'", paired.PairsTsQuery);
        Assert.Equal("'kabul' & 'evacuat':*", paired.OtherTerms);
    }

    // Only words the index holds as written (lower-cased) make pairs: an accented word is folded by
    // the server's unaccent, a number may be read with its neighbours, a hyphenated word is itself
    // and its parts.
    [Theory]
    [InlineData("\"Café owners\"", null)]
    [InlineData("\"in 2021\"", null)]
    [InlineData("\"G7 talks\"", "g7 talks")]
    [InlineData("\"the al-Qaeda leader met\"", "leader met")]
    [InlineData("kabul airport", null)]
    public void Pairs_are_made_of_words_the_index_holds_as_written(string text, string? pairs)
    {
        var paired = PostgresTextQuery.From(text)!.ToPairedPhrases();

        Assert.Equal(pairs, paired is null ? null : string.Join(" | ", paired.Pairs));
    }

    [Fact]
    public void A_hyphenated_word_stays_whole_in_a_phrase_and_is_marked_across_its_parts()
    {
        var query = PostgresTextQuery.From("\"the al-Qaeda leader\"")!;
        const string text = "Reports said the al-Qaeda leader left.";

        Assert.Equal("('the' <-> 'al-Qaeda' <-> 'leader')", query.ToTsQuery());
        Assert.Equal("the al-Qaeda leader", text[query.Matches(text)[0].Start..query.Matches(text)[0].End]);
    }
}

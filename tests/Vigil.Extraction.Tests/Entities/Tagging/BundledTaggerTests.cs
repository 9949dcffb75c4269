using Vigil.Extraction.Entities.Tagging;

namespace Vigil.Extraction.Tests.Entities.Tagging;

/// <summary>The model shipped in Vigil.Extraction's resources, on sentences that are in none of its corpora.</summary>
public sealed class BundledTaggerTests
{
    private static string[] Names(params string[] sentences)
    {
        var doc = TaggerDocument.FromTokens(sentences.Select(s => (IReadOnlyList<string>)s.Split(' ')));
        return [.. EntityTagger.Default.Tag(doc).Select(n =>
            $"{string.Join(' ', doc.Sentences[n.Sentence][n.FirstToken..n.EndToken].Select(t => doc.Text[t.Start..t.End]))}/{n.Class}")];
    }

    [Fact]
    public void The_bundled_model_loads_and_finds_people_organisations_and_places()
    {
        Assert.True(EntityTagger.Default.FeatureCount > 10_000);
        Assert.Contains("train-ner", EntityTagger.Default.Description);
        Assert.Equal(["Angela Merkel/Person", "Berlin/Location", "European Commission/Organisation"],
            Names("Angela Merkel met executives in Berlin on Tuesday .", "The European Commission said on Thursday it disagreed ."));
    }

    [Fact]
    public void Tokenised_newswire_with_detached_possessives_and_dotted_abbreviations()
    {
        var names = Names("U.S. Treasury Secretary Robert Rubin said on Friday that the dollar 's strength was good for America .");
        Assert.Contains("Robert Rubin/Person", names);
        Assert.Contains("America/Location", names);
        // the title and the detached possessive belong to no name
        Assert.DoesNotContain(names, n => n.Contains("Secretary") || n.Contains("'s") || n.Contains("dollar"));
    }

    [Fact]
    public void A_headline_in_capitals_is_not_a_string_of_organisations()
    {
        Assert.Equal(["JAPAN/Location", "CHINA/Location"], Names("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT ."));
    }

    [Fact]
    public void An_address_is_never_part_of_a_name()
    {
        // an author line of a paper: names, addresses and affiliations run together without punctuation
        var names = Names("Daniel Smith daniel.smith2@durham.ac.uk Durham University , United Kingdom Claire Warwick c.l.h.warwick@durham.ac.uk Durham University , United Kingdom",
            "Adobe Acrobat Reader may be downloaded from www.adobe.com .");
        Assert.DoesNotContain(names, n => n.Contains('@') || n.Contains("www."));
        Assert.Contains("Daniel Smith/Person", names);
        Assert.Contains("Durham University/Organisation", names);
    }
}

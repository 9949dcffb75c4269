using Vigil.Extraction.Entities.Tagging;

namespace Vigil.Extraction.Tests.Entities.Tagging;

/// <summary>The bundled word clusters the tagger reads: words used alike share a cluster, and the three levels nest.</summary>
public sealed class WordClustersTests
{
    private static uint Of(string word) => WordClusters.Of(WordClusters.KeyOf(word));

    [Fact]
    public void Cities_of_one_region_share_a_fine_cluster_that_no_function_word_is_in()
    {
        var kabul = Of("kabul");
        Assert.NotEqual(0u, kabul);
        Assert.Equal(WordClusters.Fine(kabul), WordClusters.Fine(Of("kandahar")));
        Assert.NotEqual(WordClusters.Fine(kabul), WordClusters.Fine(Of("because")));
    }

    [Fact]
    public void Case_is_ignored_and_a_word_the_vectors_never_saw_has_no_cluster()
    {
        Assert.Equal(Of("reuters"), Of("Reuters"));
        Assert.Equal(0u, Of("xqzvbrenklt"));
    }

    [Fact]
    public void Words_in_one_fine_cluster_are_in_one_middle_and_one_coarse_cluster()
    {
        var a = Of("reuters");
        var b = Of("interfax");
        Assert.Equal(WordClusters.Fine(a), WordClusters.Fine(b));
        Assert.Equal(WordClusters.Middle(a), WordClusters.Middle(b));
        Assert.Equal(WordClusters.Coarse(a), WordClusters.Coarse(b));
        Assert.InRange(WordClusters.Fine(a), 1u, 1024u);
        Assert.InRange(WordClusters.Middle(a), 1u, 256u);
        Assert.InRange(WordClusters.Coarse(a), 1u, 64u);
    }
}

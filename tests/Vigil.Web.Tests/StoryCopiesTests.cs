using System.Collections.Immutable;
using Vigil.Documents;

namespace Vigil.Web.Tests;

/// <summary>An article page lists the other stored copies of its story, and none for a story of one.</summary>
public sealed class StoryCopiesTests(RunningServerWithCopies server) : IClassFixture<RunningServerWithCopies>
{
    [Fact]
    public async Task The_article_page_lists_the_other_copies_of_its_story_with_links()
    {
        var html = await server.Client.GetStringAsync($"/articles/{RunningServerWithCopies.Original.ContentId}");

        Assert.Contains("Copies of this story", html);
        Assert.Contains($"href=\"/articles/{RunningServerWithCopies.Copy.ContentId}\"", html);
        Assert.Contains("Flood closes the valley road (syndicated)", html);
        Assert.DoesNotContain($"href=\"/articles/{RunningServerWithCopies.Other.ContentId}\"", html);
    }

    [Fact]
    public async Task A_story_stored_once_lists_no_copies()
    {
        var html = await server.Client.GetStringAsync($"/articles/{RunningServerWithCopies.Other.ContentId}");

        Assert.DoesNotContain("Copies of this story", html);
    }
}

/// <summary>Two copies of one story (equal signatures, other furniture) and a different story.</summary>
public sealed class RunningServerWithCopies : RunningServer
{
    public static readonly Document Original = Signed("The valley road was closed on Monday after the flood.", "Flood closes the valley road", seed: 1);
    public static readonly Document Copy = Signed("The valley road was closed on Monday after the flood. Source link", "Flood closes the valley road (syndicated)", seed: 1);
    public static readonly Document Other = Signed("The council met to discuss the new school.", "Council meets on school", seed: 2);

    protected override IEnumerable<Document> Articles => [Original, Copy, Other];

    private static Document Signed(string text, string title, int seed)
    {
        var random = new Random(seed);
        var signature = new StorySignature([.. Enumerable.Range(0, StorySignature.Length).Select(_ => (uint)random.NextInt64(uint.MaxValue))]);
        return TestArticles.Plain(text, title: title) with { Signature = signature, Layers = AnnotationLayers.Signature };
    }
}

using Vigil.Documents;
using Vigil.Extraction.Entities;
using Vigil.Language;
using Vigil.Pipeline;

namespace Vigil.Extraction.Tests.Entities;

/// <summary>Runs the real language stages and the entity stage, nothing else, so these tests see the entities as the quote stage receives them.</summary>
internal static class EntityFixture
{
    private static readonly AnalysisPipeline Pipeline = new PipelineBuilder().UseLanguage().UseEntities().Build();

    public static Document Analyze(string text) => Pipeline.Process(new Document(text, new ArticleMetadata("test")));

    public static Entity Named(Document document, string name) =>
        Assert.Single(document.Entities, e => e.Name == name);

    public static string[] MentionTexts(Document document, Entity entity) => [.. entity.Mentions.Select(m => document[m])];

    public static string[] Names(Document document, EntityType type) =>
        [.. document.Entities.Where(e => e.Type == type).Select(e => e.Name)];

    public static string SharedFile(string relative, [System.Runtime.CompilerServices.CallerFilePath] string thisFile = "")
    {
        // from the source tree, not the build output, which may live elsewhere (ArtifactsPath)
        var directory = new DirectoryInfo(Path.GetDirectoryName(thisFile)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Vigil.slnx")))
            directory = directory.Parent;
        Assert.NotNull(directory);
        var path = Path.Combine(directory.FullName, "..", "shared", relative);
        Assert.True(File.Exists(path), $"the shared folder must sit beside the repository: {path} is missing");
        return path;
    }
}

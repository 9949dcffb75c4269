namespace Vigil.Documents;

/// <summary>What the input said about an article, apart from its text.</summary>
public sealed record ArticleMetadata(string Source)
{
    /// <summary>The input's own identifier (a JSONL line's <c>id</c>), when it has one.</summary>
    public string? Id { get; init; }
    public string? Title { get; init; }
    public DateOnly? Published { get; init; }
    public string? Url { get; init; }
    public string? Author { get; init; }
}

using Vigil.Documents;

namespace Vigil.Storage;

/// <summary>
/// Copies of one story. <see cref="IArticleStore.StoreAsync(Document, CancellationToken)"/> keeps a
/// document's <see cref="Document.Signature"/> and, in the article's transaction, puts the article in
/// the story of its most similar stored copy (estimated Jaccard ≥ <see cref="StorySignature.CopyThreshold"/>,
/// candidates found by <see cref="StorySignature.BandHashes"/>), or starts a story. Every copy stays
/// stored in full as provenance; a story is counted once by <see cref="StoreCounts.Stories"/>.
/// </summary>
public partial interface IArticleStore
{
    /// <summary>
    /// The story an article belongs to, with every stored copy, the first stored first; null when no
    /// article has that id. An article without a signature is a story of its own.
    /// </summary>
    Task<Story?> GetStoryAsync(string articleId, CancellationToken cancellationToken = default);
}

/// <param name="Id">The id of the story's first stored article.</param>
/// <param name="Copies">Every article of the story, the first stored first (<see cref="Id"/> among them).</param>
public sealed record Story(string Id, ImmutableArray<StoryCopy> Copies);

/// <param name="Similarity">The estimated Jaccard similarity to the copy it was matched with when stored; 1 for the story's first article.</param>
public sealed record StoryCopy(ArticleSummary Article, double Similarity);

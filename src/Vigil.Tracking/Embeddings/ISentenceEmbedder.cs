namespace Vigil.Tracking.Embeddings;

/// <summary>Turns texts into unit-length sentence vectors, so that a dot product is their cosine similarity.</summary>
public interface ISentenceEmbedder
{
    /// <summary>Names the model and its version: vectors of different models are never compared or cached together.</summary>
    string Model { get; }

    /// <summary>One vector per text, in order. Batches are cheaper per text than single calls.</summary>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}

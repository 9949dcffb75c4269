using System.Security.Cryptography;
using System.Text;

namespace Vigil.Documents;

/// <summary>
/// An article and everything the pipeline has found in it. The text never changes: each stage
/// returns a copy with one more stand-off layer (spans into <see cref="Text"/>), as spaCy's Doc does.
/// </summary>
public sealed record Document
{
    public Document(string text, ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        Text = text;
        Metadata = metadata;
    }

    public string Text { get; }

    public ArticleMetadata Metadata { get; init; }

    /// <summary>The layers that stages have filled in so far (an empty layer may be complete).</summary>
    public AnnotationLayers Layers { get; init; }

    public ImmutableArray<Paragraph> Paragraphs { get; init; } = [];
    public ImmutableArray<Token> Tokens { get; init; } = [];
    public ImmutableArray<Sentence> Sentences { get; init; } = [];
    public ImmutableArray<BoilerplateSpan> Boilerplate { get; init; } = [];
    public ImmutableArray<Entity> Entities { get; init; } = [];
    public ImmutableArray<Quote> Quotes { get; init; } = [];
    public ImmutableArray<TimeExpression> TimeExpressions { get; init; } = [];
    public ImmutableArray<Commitment> Commitments { get; init; } = [];
    public ImmutableArray<NewsEvent> Events { get; init; } = [];

    /// <summary>The MinHash of the story's words outside boilerplate, by which copies of one story are found; null for a text with no words.</summary>
    public StorySignature? Signature { get; init; }

    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    public bool Has(AnnotationLayers layers) => (Layers & layers) == layers;

    /// <summary>
    /// The article's identity in storage and its id when the input gives none: a hash of the text,
    /// so the same text is one article however often and from wherever it arrives.
    /// </summary>
    public string ContentHash => _contentHash ??= HashText(Text);

    private string? _contentHash;

    /// <summary>The short form of <see cref="ContentHash"/> used in URLs and as the article id (64 bits of SHA-256).</summary>
    public string ContentId => ContentHash[..16];

    public static string HashText(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return Convert.ToHexStringLower(digest);
    }

    public bool IsBoilerplate(TextSpan span)
    {
        foreach (var b in Boilerplate)
            if (b.Span.Contains(span))
                return true;
        return false;
    }

    public Entity? FindEntity(string id)
    {
        foreach (var e in Entities)
            if (e.Id == id)
                return e;
        return null;
    }
}

namespace Vigil.Documents;

/// <summary>The annotation layers a stage needs or adds; a pipeline checks the order of its stages with them.</summary>
[Flags]
public enum AnnotationLayers
{
    None = 0,
    Paragraphs = 1 << 0,
    Tokens = 1 << 1,
    Sentences = 1 << 2,
    Boilerplate = 1 << 3,
    Entities = 1 << 4,
    Quotes = 1 << 5,
    /// <summary>Pronouns and role nouns added to the entities they refer to.</summary>
    References = 1 << 10,
    /// <summary>Dates and periods named in the text, resolved against the publication date.</summary>
    TimeExpressions = 1 << 11,
    Commitments = 1 << 12,
    Events = 1 << 13,
    /// <summary>The story's MinHash signature (<see cref="Document.Signature"/>), for finding its copies.</summary>
    Signature = 1 << 14,
}

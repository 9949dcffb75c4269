using Vigil.Language.Cleaning;
using Vigil.Language.Duplicates;
using Vigil.Language.Paragraphs;
using Vigil.Language.Sentences;
using Vigil.Language.Tokens;
using Vigil.Pipeline;

namespace Vigil.Language;

public static class LanguagePipelineExtensions
{
    /// <summary>Adds paragraphs, tokens and sentences: the layers every later stage reads.</summary>
    public static PipelineBuilder UseLanguage(this PipelineBuilder builder) =>
        builder.Use(new ParagraphSplitter()).Use(new Tokenizer()).Use(new SentenceSplitter());

    /// <summary>Marks captions, credits, trailers, related-story blocks and navigation as boilerplate.</summary>
    public static PipelineBuilder UseCleaning(this PipelineBuilder builder) => builder.Use(new BoilerplateMarker());

    /// <summary>Signs the story's words outside boilerplate (MinHash), so that storage can find its copies.</summary>
    public static PipelineBuilder UseStorySignatures(this PipelineBuilder builder) => builder.Use(new StorySigner());
}

using Vigil.Documents;
using Vigil.Extraction.Entities;
using Vigil.Pipeline;

namespace Vigil.Extraction.Quotes;

/// <summary>
/// The quote stage: finds direct, mixed and indirect quotes with their cue, the mention the cue
/// attaches to, and the speaker that mention resolves to. Pronouns and role nouns that name a
/// speaker are added to the speaker entity's references.
/// </summary>
public sealed class QuoteExtractor(Gazetteer? gazetteer = null) : IDocumentStage
{
    private readonly Gazetteer _gazetteer = gazetteer ?? Gazetteer.Default;

    public string Name => "quotes";
    public AnnotationLayers Requires => AnnotationLayers.Tokens | AnnotationLayers.Sentences | AnnotationLayers.Boilerplate;
    public AnnotationLayers Provides => AnnotationLayers.Quotes;

    public Document Process(Document document)
    {
        var tokens = new TokenText(document);
        var attributions = new AttributionFinder(tokens).Find();
        var quotations = attributions.Where(a => a.FromQuotation).Select(a => a.Content).ToList();
        var resolver = new SpeakerResolver(tokens, document.Entities, quotations, _gazetteer);
        var resolved = new Dictionary<Attribution, ResolvedSpeaker>(ReferenceEqualityComparer.Instance);
        var quotes = ImmutableArray.CreateBuilder<Quote>(attributions.Count);

        foreach (var a in attributions)
        {
            var speaker = a.Continues is { } earlier && resolved.TryGetValue(earlier, out var previous) ? previous
                : a.Source is { } source ? resolver.Resolve(source)
                : default;
            if (speaker.Entity is { } entity && speaker.Reference is { } reference)
                speaker = speaker with { Entity = resolver.AddReference(entity, reference) };
            resolved[a] = speaker;

            quotes.Add(new Quote(a.Content, KindOf(tokens, a.Content))
            {
                Cue = a.Cue is { } cue ? tokens.Span(cue.First, cue.Last) : null,
                Source = a.Source is { } s ? tokens.Span(s.First, s.Last) : null,
                SpeakerId = speaker.Entity?.Id,
                SpeakerName = speaker.Name,
            });
        }
        return document with { Quotes = quotes.ToImmutable(), Entities = [.. resolver.Entities()] };
    }

    /// <summary>Direct when the whole content stands between quotation marks, mixed when part of it does.</summary>
    private static QuoteKind KindOf(TokenText tokens, TextSpan content)
    {
        var text = tokens.Text;
        var marks = 0;
        for (var t = tokens.FirstTokenAt(content.Start); t < tokens.Count && tokens.Tokens[t].Start < content.End; t++)
            if (tokens.Tokens[t].Kind == TokenKind.QuoteMark && !IsApostrophe(text, tokens.Tokens[t])) marks++;
        if (marks == 0) return QuoteKind.Indirect;
        var trimmed = text.AsSpan(content.Start, content.Length).TrimEnd(".,;: ");
        var opensAtStart = QuotationMarks.IsMark(text[content.Start]);
        var closesAtEnd = trimmed.Length > 0 && QuotationMarks.IsMark(trimmed[^1]);
        return opensAtStart && closesAtEnd ? QuoteKind.Direct : QuoteKind.Mixed;
    }

    private static bool IsApostrophe(string text, Token token) =>
        text[token.Start] is '\'' or '’' && token.Span.Length == 1
        && token.Start > 0 && char.IsLetter(text[token.Start - 1]) && (token.End >= text.Length || char.IsLetter(text[token.End]));
}

internal static class QuotationMarks
{
    public static bool IsMark(char c) => c is '"' or '“' or '”' or '„' or '‟' or '«' or '»' or '‹' or '›' or '‘' or '’' or '\'' or '`' or '＂';
}

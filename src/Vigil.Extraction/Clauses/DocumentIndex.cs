using Vigil.Documents;
using Vigil.Extraction.Quotes;

namespace Vigil.Extraction.Clauses;

/// <summary>
/// Per-document lookups by token, built once in linear time: which entity a token names (by
/// mention or by reference) and which quote's content it lies in.
/// </summary>
internal sealed class DocumentIndex
{
    private readonly Entity?[] _entityOf;
    private readonly bool[] _isReference;
    private readonly int[] _quoteOf;

    public DocumentIndex(TokenText tokens)
    {
        Tokens = tokens;
        var document = tokens.Document;
        _entityOf = new Entity?[tokens.Count];
        _isReference = new bool[tokens.Count];
        foreach (var entity in document.Entities)
        {
            foreach (var mention in entity.Mentions) Mark(mention, entity, reference: false);
            foreach (var reference in entity.References) Mark(reference, entity, reference: true);
        }
        _quoteOf = new int[tokens.Count];
        Array.Fill(_quoteOf, -1);
        for (var q = 0; q < document.Quotes.Length; q++)
        {
            var span = document.Quotes[q].Span;
            for (var t = tokens.FirstTokenAt(span.Start); t < tokens.Count && tokens.Tokens[t].Start < span.End; t++)
                if (_quoteOf[t] < 0) _quoteOf[t] = q;
        }
    }

    public TokenText Tokens { get; }

    public Document Document => Tokens.Document;

    public Entity? EntityAt(int token) => token >= 0 && token < _entityOf.Length ? _entityOf[token] : null;

    /// <summary>True when the token is a pronoun or role noun that the reference stage tied to an entity.</summary>
    public bool IsReference(int token) => token >= 0 && token < _isReference.Length && _isReference[token];

    public Quote? QuoteAt(int token) => token >= 0 && token < _quoteOf.Length && _quoteOf[token] >= 0 ? Document.Quotes[_quoteOf[token]] : null;

    /// <summary>True when the token stands between quotation marks of a direct or mixed quote (the speaker's own words).</summary>
    public bool InQuotedWords(int token)
    {
        if (QuoteAt(token) is not { } quote || quote.Kind == QuoteKind.Indirect) return false;
        if (quote.Kind == QuoteKind.Direct) return true;
        // in a mixed quote, count the marks before the token within the quote
        var marks = 0;
        for (var t = Tokens.FirstTokenAt(quote.Span.Start); t < token; t++)
            if (Tokens.IsQuoteMark(t) && !IsApostrophe(t)) marks++;
        return marks % 2 == 1;
    }

    private bool IsApostrophe(int t)
    {
        var text = Tokens.Text;
        var token = Tokens.Tokens[t];
        return text[token.Start] is '\'' or '’' && token.Start > 0 && char.IsLetter(text[token.Start - 1])
               && token.End < text.Length && char.IsLetter(text[token.End]);
    }

    private void Mark(TextSpan span, Entity entity, bool reference)
    {
        for (var t = Tokens.FirstTokenAt(span.Start); t < Tokens.Count && Tokens.Tokens[t].Start < span.End; t++)
        {
            if (_entityOf[t] is not null) continue;
            _entityOf[t] = entity;
            _isReference[t] = reference;
        }
    }
}

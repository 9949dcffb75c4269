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
        _ownWords = new bool[tokens.Count];
        Array.Fill(_quoteOf, -1);
        for (var q = 0; q < document.Quotes.Length; q++)
        {
            var quote = document.Quotes[q];
            var marks = 0;
            for (var t = tokens.FirstTokenAt(quote.Span.Start); t < tokens.Count && tokens.Tokens[t].Start < quote.Span.End; t++)
            {
                if (_quoteOf[t] >= 0) continue;
                _quoteOf[t] = q;
                // in a mixed quote, the words between its marks; a direct quote is all its own words
                if (tokens.IsQuoteMark(t) && !IsApostrophe(t)) marks++;
                _ownWords[t] = quote.Kind == QuoteKind.Direct || quote.Kind == QuoteKind.Mixed && marks % 2 == 1;
            }
        }
        _inTime = new bool[tokens.Count];
        foreach (var time in document.TimeExpressions)
            for (var t = tokens.FirstTokenAt(time.Span.Start); t < tokens.Count && tokens.Tokens[t].Start < time.Span.End; t++)
                _inTime[t] = true;
    }

    private readonly bool[] _ownWords;
    private readonly bool[] _inTime;

    /// <summary>True when the token is part of a time expression ("just this month").</summary>
    public bool InTimeExpression(int token) => token >= 0 && token < _inTime.Length && _inTime[token];

    /// <summary>The time expressions that start within [<paramref name="from"/>, <paramref name="to"/>), found by binary search.</summary>
    public IEnumerable<TimeExpression> TimesBetween(int from, int to)
    {
        var times = Document.TimeExpressions;
        int lo = 0, hi = times.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (times[mid].Span.Start < from) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < times.Length && times[i].Span.Start < to; i++) yield return times[i];
    }

    public TokenText Tokens { get; }

    public Document Document => Tokens.Document;

    public Entity? EntityAt(int token) => token >= 0 && token < _entityOf.Length ? _entityOf[token] : null;

    /// <summary>True when the token is a pronoun or role noun that the reference stage tied to an entity.</summary>
    public bool IsReference(int token) => token >= 0 && token < _isReference.Length && _isReference[token];

    public Quote? QuoteAt(int token) => token >= 0 && token < _quoteOf.Length && _quoteOf[token] >= 0 ? Document.Quotes[_quoteOf[token]] : null;

    /// <summary>True when the token stands between quotation marks of a direct or mixed quote (the speaker's own words).</summary>
    public bool InQuotedWords(int token) => token >= 0 && token < _ownWords.Length && _ownWords[token];

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

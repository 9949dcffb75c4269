using Vigil.Documents;

namespace Vigil.Extraction.Entities.Tagging;

/// <summary>
/// A document as the tagger reads it: the text and, per sentence, its tokens as spans into the
/// text. The tagger sees the same view whether it is tagging an analysed <see cref="Document"/> or
/// training on a token-per-line corpus, whose tokens are joined by spaces.
/// </summary>
public sealed record TaggerDocument(string Text, ImmutableArray<ImmutableArray<TextSpan>> Sentences)
{
    public int TokenCount => Sentences.Sum(s => s.Length);

    /// <summary>
    /// The sentences and tokens of an analysed document. One difference from the tokenizer: a
    /// detached possessive written after a space (" 's", as tokenised newswire has it) is one
    /// token, as in the corpora, rather than a quotation mark and an "s".
    /// </summary>
    public static TaggerDocument From(Document document)
    {
        var text = document.Text;
        var sentences = ImmutableArray.CreateBuilder<ImmutableArray<TextSpan>>(document.Sentences.Length);
        foreach (var sentence in document.Sentences)
        {
            var tokens = ImmutableArray.CreateBuilder<TextSpan>(sentence.TokenCount);
            for (var t = sentence.FirstToken; t < sentence.EndToken && t < document.Tokens.Length; t++)
            {
                var span = document.Tokens[t].Span;
                if (span.Length == 1 && text[span.Start] is '\'' or '’' && t + 1 < sentence.EndToken)
                {
                    var next = document.Tokens[t + 1].Span;
                    if (next.Start == span.End && next.Length == 1 && text[next.Start] is 's' or 'S')
                    {
                        tokens.Add(new TextSpan(span.Start, next.End));
                        t++;
                        continue;
                    }
                }
                tokens.Add(span);
            }
            sentences.Add(tokens.DrainToImmutable());
        }
        return new TaggerDocument(text, sentences.MoveToImmutable());
    }

    /// <summary>Tokens joined by one space, sentences by a line break: how a token-per-line corpus is read.</summary>
    public static TaggerDocument FromTokens(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var text = new System.Text.StringBuilder();
        var spans = ImmutableArray.CreateBuilder<ImmutableArray<TextSpan>>();
        foreach (var sentence in sentences)
        {
            var tokens = ImmutableArray.CreateBuilder<TextSpan>(sentence.Count);
            foreach (var token in sentence)
            {
                if (tokens.Count > 0) text.Append(' ');
                tokens.Add(new TextSpan(text.Length, text.Length + token.Length));
                text.Append(token);
            }
            text.Append('\n');
            spans.Add(tokens.MoveToImmutable());
        }
        return new TaggerDocument(text.ToString(), spans.ToImmutable());
    }
}

using Vigil.Documents;
using Vigil.Language.Tokens;
using Vigil.Pipeline;

namespace Vigil.Language.Sentences;

/// <summary>
/// Splits each paragraph into sentences. A paragraph always ends a sentence, even without final
/// punctuation (headlines, captions). Inside a paragraph a sentence ends at . ! ? or an ellipsis,
/// together with any closing quotation marks and brackets right after it, when what follows starts
/// like a sentence; "said X." after a quote stays with its quote because "he" is lower case. The
/// period of an abbreviation ends a sentence only when a typical sentence opener follows
/// ("... in the U.S. The talks"), never after a title ("Gen. McKenzie").
/// </summary>
public sealed class SentenceSplitter : IDocumentStage
{
    /// <summary>
    /// The most tokens a sentence holds; a run without a sentence end (a list of names, a table
    /// flattened to text, hostile input) is cut into pieces of this size. Stages compare the names
    /// or phrases of one sentence with each other, so a bound here keeps their work linear in the
    /// text; news sentences stay far below it (the longest of the PolNeAR texts has about 200).
    /// </summary>
    public const int MaxTokens = 400;

    public string Name => "sentences";
    public AnnotationLayers Requires => AnnotationLayers.Paragraphs | AnnotationLayers.Tokens;
    public AnnotationLayers Provides => AnnotationLayers.Sentences;

    public Document Process(Document document) =>
        document with { Sentences = Split(document.Text, document.Paragraphs, document.Tokens) };

    public static ImmutableArray<Sentence> Split(string text, ImmutableArray<Paragraph> paragraphs, ImmutableArray<Token> tokens)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var t = 0;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p].Span;
            while (t < tokens.Length && tokens[t].End <= paragraph.Start) t++;
            var first = t;
            while (t < tokens.Length && tokens[t].Start < paragraph.End)
            {
                var end = SentenceEndAfter(text, tokens, t, paragraph.End);
                if (end >= 0 || IsLastInParagraph(tokens, t, paragraph.End) || t - first + 1 >= MaxTokens)
                {
                    var last = Math.Max(end, t);
                    sentences.Add(Make(tokens, first, last, p));
                    t = last + 1;
                    first = t;
                }
                else
                {
                    t++;
                }
            }
            if (first < t) sentences.Add(Make(tokens, first, t - 1, p));
        }
        return sentences.ToImmutable();
    }

    private static Sentence Make(ImmutableArray<Token> tokens, int first, int last, int paragraph) =>
        new(new TextSpan(tokens[first].Start, tokens[last].End), first, last - first + 1, paragraph);

    private static bool IsLastInParagraph(ImmutableArray<Token> tokens, int t, int paragraphEnd) =>
        t + 1 >= tokens.Length || tokens[t + 1].Start >= paragraphEnd;

    /// <summary>
    /// When token <paramref name="t"/> ends a sentence, the index of the sentence's last token (it
    /// may take closing quotes and brackets along); otherwise -1.
    /// </summary>
    private static int SentenceEndAfter(string text, ImmutableArray<Token> tokens, int t, int paragraphEnd)
    {
        var token = tokens[t];
        var word = text.AsSpan(token.Start, token.Span.Length);
        bool abbreviation;
        if (token.Kind == TokenKind.Punctuation && (word is "." or "!" or "?" or "…" or "?!" || (word.Length >= 3 && word[0] == '.')))
            abbreviation = false;
        else if (token.Kind == TokenKind.Word && word.Length > 1 && word[^1] == '.')
            abbreviation = true;
        else
            return -1;

        if (abbreviation && Abbreviations.IsTitle(word[..^1])) return -1;

        var last = t;
        while (last + 1 < tokens.Length && tokens[last + 1].Start < paragraphEnd && tokens[last + 1].Start == tokens[last].End
               && IsCloser(text, tokens[last + 1]))
            last++;
        while (last + 1 < tokens.Length && tokens[last + 1].Start < paragraphEnd && IsPunctuationRun(text, tokens[last + 1]))
            last++;   // "?!" or "!!" written as separate tokens

        if (last + 1 >= tokens.Length || tokens[last + 1].Start >= paragraphEnd) return last;
        var next = tokens[last + 1];
        var nextText = text.AsSpan(next.Start, next.Span.Length);

        if (abbreviation)
        {
            if (word.Length == 2 && char.IsUpper(word[0]) && next.Kind == TokenKind.Word && char.IsUpper(nextText[0])
                && !Abbreviations.IsSentenceStarter(nextText))
                return -1;   // an initial: "Edwin G. Monroy"
            return Abbreviations.IsSentenceStarter(nextText) || next.Kind == TokenKind.QuoteMark && IsOpener(text, tokens, last + 1)
                ? last : -1;
        }
        if (next.Kind == TokenKind.QuoteMark) return IsOpener(text, tokens, last + 1) ? last : -1;
        if (next.Kind == TokenKind.Number) return last;
        var c = nextText[0];
        if (char.IsUpper(c) || c is '(' or '[' or '•' or '*') return last;
        return -1;
    }

    private static bool IsCloser(string text, Token token) =>
        token.Kind == TokenKind.QuoteMark || text[token.Start] is ')' or ']';

    private static bool IsPunctuationRun(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Start] is '!' or '?';

    /// <summary>A quotation mark that opens a quote: a mark only used to open, or one glued to the next word.</summary>
    private static bool IsOpener(string text, ImmutableArray<Token> tokens, int q)
    {
        var mark = text[tokens[q].Start];
        if (mark is '“' or '«' or '‘' or '„' or '`') return true;
        if (mark is '”' or '»' or '’') return false;
        return q + 1 < tokens.Length && tokens[q + 1].Start == tokens[q].End;
    }
}

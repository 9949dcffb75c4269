using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Vigil.Language.Tests.LanguageFixture;

namespace Vigil.Language.Tests;

/// <summary>Whatever the text, the layers are well formed: in order, inside the text, covering every visible character.</summary>
public sealed class LanguagePropertyTests
{
    private static readonly string Alphabet = "aZ .,;:!?\"'“”‘’«»`-—–…()[]\n\n  U.S.Mr.3,5©é\u0301\u00A0/";

    private static Arbitrary<string> NewsLikeText() =>
        Gen.Elements(Alphabet.ToCharArray()).ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Tokens_are_ordered_disjoint_and_cover_every_visible_character() =>
        Prop.ForAll(NewsLikeText(), text =>
        {
            var document = Analyze(text);
            var covered = new bool[text.Length];
            var previousEnd = 0;
            foreach (var token in document.Tokens)
            {
                if (token.Start < previousEnd || token.End <= token.Start || token.End > text.Length) return false;
                for (var i = token.Start; i < token.End; i++) covered[i] = true;
                previousEnd = token.End;
            }
            for (var i = 0; i < text.Length; i++)
                if (!covered[i] && !char.IsWhiteSpace(text[i])) return false;
            return true;
        });

    [Property(MaxTest = 500)]
    public Property Sentences_lie_in_their_paragraph_and_hold_their_tokens() =>
        Prop.ForAll(NewsLikeText(), text =>
        {
            var document = Analyze(text);
            var previousEnd = 0;
            foreach (var sentence in document.Sentences)
            {
                var paragraph = document.Paragraphs[sentence.Paragraph].Span;
                if (!paragraph.Contains(sentence.Span) || sentence.Span.Start < previousEnd || sentence.TokenCount == 0) return false;
                if (document.Tokens[sentence.FirstToken].Start != sentence.Span.Start || document.Tokens[sentence.EndToken - 1].End != sentence.Span.End) return false;
                previousEnd = sentence.Span.End;
            }
            return document.Sentences.Sum(s => s.TokenCount) == document.Tokens.Length;
        });
}

using Vigil.Documents;

namespace Vigil.Extraction.Entities;

internal enum PieceShape : byte
{
    /// <summary>A word starting with a capital ("Kabul", "McKenzie", "G7").</summary>
    Capitalised,
    /// <summary>A word written in lower case ("said", "al" in "al-Qaeda").</summary>
    Lower,
    /// <summary>The hyphen inside a compound ("al-Qaeda", "Isis-K", "Taliban-ruled").</summary>
    Hyphen,
    /// <summary>A possessive "’s", which may stand inside a name ("King’s College") but never ends one.</summary>
    Possessive,
    /// <summary>Numbers, punctuation, quotation marks, dashes: these end a name.</summary>
    Other,
}

/// <summary>
/// A word or a part of a hyphenated word. Names are found on pieces rather than tokens because the
/// tokenizer keeps compounds whole ("Taliban-ruled", "al-Qaeda") while a name may be one part of one.
/// </summary>
internal readonly record struct Piece(int Start, int End, string Key, PieceShape Shape, bool Initial, bool AllCapitals)
{
    public TextSpan Span => new(Start, End);

    public bool IsWord => Shape is PieceShape.Capitalised or PieceShape.Lower;
}

internal static class NamePieces
{
    /// <summary>The pieces of one sentence, in text order.</summary>
    public static List<Piece> Of(Document document, Sentence sentence)
    {
        var text = document.Text;
        var pieces = new List<Piece>(sentence.TokenCount + 4);
        var initial = true;
        for (var t = sentence.FirstToken; t < sentence.EndToken && t < document.Tokens.Length; t++)
        {
            var token = document.Tokens[t];
            if (t > sentence.FirstToken && StartsLine(text, document.Tokens[t - 1].End, token.Start))
                initial = true;   // a headline or list item without final punctuation still starts afresh on its own line
            var slice = text.AsSpan(token.Start, token.Span.Length);
            // "Jordan 's King": a possessive detached by a space, as tokenised newswire writes it (and the tagger reads it)
            if (slice is "'" or "’" && t + 1 < sentence.EndToken && t + 1 < document.Tokens.Length
                && document.Tokens[t + 1] is { Span.Length: 1 } next && next.Start == token.End && text[next.Start] is 's' or 'S'
                && token.Start > 0 && char.IsWhiteSpace(text[token.Start - 1]))
            {
                pieces.Add(new Piece(token.Start, next.End, "'s", PieceShape.Possessive, false, false));
                initial = false;
                t++;
                continue;
            }
            if (token.Kind is TokenKind.QuoteMark or TokenKind.Punctuation && IsOpening(text, token))
            {
                // the first word of a quotation is capitalised whether or not it is a name
                pieces.Add(new Piece(token.Start, token.End, "", PieceShape.Other, false, false));
                initial = true;
                continue;
            }
            if (token.Kind is not (TokenKind.Word or TokenKind.Number) || !HasLetter(slice))
            {
                pieces.Add(new Piece(token.Start, token.End, "", PieceShape.Other, false, false));
                // after a colon or dash a new clause may start with a capital that is no name
                if (slice is ":" || token.Kind == TokenKind.Dash) initial = true;
                else initial = false;
                continue;
            }
            AddWordPieces(text, token.Start, token.End, pieces, ref initial);
        }
        return pieces;
    }

    private static void AddWordPieces(string text, int start, int end, List<Piece> pieces, ref bool initial)
    {
        // a possessive the tokenizer left attached ("Taliban’s") is split off
        var possessiveAt = -1;
        if (end - start >= 3 && text[end - 1] is 's' or 'S' && text[end - 2] is '\'' or '’')
            possessiveAt = end - 2;
        var wordEnd = possessiveAt >= 0 ? possessiveAt : end;
        if (IsPossessive(text.AsSpan(start, end - start)))
        {
            pieces.Add(new Piece(start, end, "'s", PieceShape.Possessive, false, false));
            return;
        }
        var partStart = start;
        for (var i = start; i <= wordEnd; i++)
        {
            if (i < wordEnd && !IsHyphen(text[i])) continue;
            if (i > partStart)
            {
                pieces.Add(WordPiece(text, partStart, i, initial));
                initial = false;
            }
            if (i < wordEnd)
                pieces.Add(new Piece(i, i + 1, "-", PieceShape.Hyphen, false, false));
            partStart = i + 1;
        }
        if (possessiveAt >= 0)
            pieces.Add(new Piece(possessiveAt, end, "'s", PieceShape.Possessive, false, false));
    }

    private static Piece WordPiece(string text, int start, int end, bool initial)
    {
        var span = text.AsSpan(start, end - start);
        var first = span[0];
        var shape = char.IsUpper(first) || (char.IsDigit(first) && HasUpper(span)) ? PieceShape.Capitalised : PieceShape.Lower;
        return new Piece(start, end, NameKey.For(span), shape, initial, IsAllCapitals(span));
    }

    internal static bool IsPossessive(ReadOnlySpan<char> s) => s is "'s" or "’s" or "'S" or "’S" or "'" or "’";

    internal static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    /// <summary>An opening mark: one that only opens, or a straight quote with space before it and a word after it.</summary>
    private static bool IsOpening(string text, Token token)
    {
        var s = text.AsSpan(token.Start, token.Span.Length);
        if (s is "“" or "‘" or "«" or "(" or "[" or "``")
            return true;
        if (s is not ("\"" or "'"))
            return false;
        var spaceBefore = token.Start == 0 || char.IsWhiteSpace(text[token.Start - 1]);
        var wordAfter = token.End < text.Length && char.IsLetterOrDigit(text[token.End]);
        return spaceBefore && wordAfter;
    }

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (char.IsLetter(c)) return true;
        return false;
    }

    private static bool HasUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (char.IsUpper(c)) return true;
        return false;
    }

    internal static bool IsAllCapitals(ReadOnlySpan<char> s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    private static bool StartsLine(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (text[i] == '\n') return true;
        return false;
    }
}

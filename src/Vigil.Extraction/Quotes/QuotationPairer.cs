using Vigil.Documents;

namespace Vigil.Extraction.Quotes;

/// <summary>A stretch of text between quotation marks, marks included; it may run over several paragraphs.</summary>
internal sealed record QuotedSpan(int OpenToken, int CloseToken, TextSpan Span, bool IsSingle)
{
    /// <summary>False when the closing mark never came and the quote was ended at its paragraph's end.</summary>
    public bool IsClosed { get; init; } = true;

    /// <summary>True when the quote runs over more than one paragraph.</summary>
    public bool RunsOn { get; init; }
}

/// <summary>
/// Pairs quotation marks into quoted spans, whatever the style: curly “ ” and ‘ ’, straight " and ',
/// « », and the doubled '' and `` of some newswires. A mark's role comes from its shape where the
/// shape says it, and otherwise from what flanks it (a space before and a letter after opens). A
/// quote left open at the end of a paragraph runs on when the next paragraph opens again — the
/// convention for quotations over several paragraphs — and otherwise ends with its paragraph.
/// Single quotes inside a double quote are nested quotations and left alone.
/// </summary>
internal static class QuotationPairer
{
    private enum Family { Double, Single }

    private enum Role { Open, Close, Either }

    public static List<QuotedSpan> Pair(Document document)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var result = new List<QuotedSpan>();
        int openDouble = -1, openSingle = -1, nested = 0;
        var runsOn = false;
        var t = 0;
        for (var p = 0; p < document.Paragraphs.Length; p++)
        {
            var paragraph = document.Paragraphs[p].Span;
            if (document.IsBoilerplate(paragraph))
            {
                while (t < tokens.Length && tokens[t].Start < paragraph.End) t++;
                continue;
            }
            var firstInParagraph = true;
            for (; t < tokens.Length && tokens[t].Start < paragraph.End; t++)
            {
                if (tokens[t].Start < paragraph.Start) continue;
                var isFirst = firstInParagraph;
                firstInParagraph = false;
                if (tokens[t].Kind != TokenKind.QuoteMark) continue;

                var (family, role) = Classify(text, tokens[t], paragraph);
                if (family == Family.Double)
                {
                    if (openDouble >= 0 && runsOn && isFirst && role != Role.Close)
                        continue;   // the reopening mark of a quotation that runs on from the previous paragraph
                    if (openDouble < 0)
                    {
                        if (role != Role.Close) { openDouble = t; openSingle = -1; runsOn = false; nested = 0; }
                    }
                    else if (role != Role.Open && nested > 0)
                    {
                        nested--;
                    }
                    else if (role != Role.Open)
                    {
                        result.Add(Make(tokens, openDouble, t, false) with { RunsOn = runsOn });
                        openDouble = -1;
                        runsOn = false;
                    }
                    else if (IsNestedOpening(text, tokens[t]))
                    {
                        nested++;   // “… what he calls “hell” than …”: a quotation inside the quotation
                    }
                    else
                    {
                        openDouble = t;   // an earlier opening mark was never closed: drop it
                    }
                }
                else if (openDouble < 0)
                {
                    if (openSingle < 0)
                    {
                        if (role == Role.Open) openSingle = t;
                    }
                    else if (role != Role.Open && !IsApostropheInWord(text, tokens[t]) && !IsPluralPossessive(text, tokens, t, paragraph))
                    {
                        result.Add(Make(tokens, openSingle, t, true));
                        openSingle = -1;
                    }
                }
            }
            openSingle = -1;
            nested = 0;
            if (openDouble >= 0)
            {
                if (NextParagraphReopens(document, p, t))
                {
                    runsOn = true;
                    continue;
                }
                var last = LastTokenBefore(tokens, t, paragraph.End);
                if (last > openDouble && CountWords(tokens, openDouble, last) >= 3)
                    result.Add(new QuotedSpan(openDouble, -1, new TextSpan(tokens[openDouble].Start, tokens[last].End), false) { IsClosed = false, RunsOn = runsOn });
                openDouble = -1;
                runsOn = false;
            }
        }
        return result;
    }

    private static QuotedSpan Make(System.Collections.Immutable.ImmutableArray<Token> tokens, int open, int close, bool single) =>
        new(open, close, new TextSpan(tokens[open].Start, tokens[close].End), single);

    private static int LastTokenBefore(System.Collections.Immutable.ImmutableArray<Token> tokens, int t, int end)
    {
        var last = t - 1;
        while (last >= 0 && tokens[last].End > end) last--;
        return last;
    }

    private static int CountWords(System.Collections.Immutable.ImmutableArray<Token> tokens, int from, int to)
    {
        var n = 0;
        for (var i = from; i <= to; i++)
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number) n++;
        return n;
    }

    private static bool NextParagraphReopens(Document document, int p, int nextToken)
    {
        for (var q = p + 1; q < document.Paragraphs.Length; q++)
        {
            var paragraph = document.Paragraphs[q].Span;
            if (document.IsBoilerplate(paragraph)) continue;
            var t = nextToken;
            while (t < document.Tokens.Length && document.Tokens[t].Start < paragraph.Start) t++;
            if (t >= document.Tokens.Length || document.Tokens[t].Kind != TokenKind.QuoteMark) return false;
            var (family, role) = Classify(document.Text, document.Tokens[t], paragraph);
            return family == Family.Double && role != Role.Close;
        }
        return false;
    }

    private static (Family, Role) Classify(string text, Token token, TextSpan paragraph)
    {
        var mark = text.AsSpan(token.Start, token.Span.Length);
        var before = token.Start > paragraph.Start ? text[token.Start - 1] : ' ';
        var after = token.End < paragraph.End ? text[token.End] : ' ';
        var leftFlanking = !char.IsWhiteSpace(after) && (char.IsWhiteSpace(before) || "([{—–-/".Contains(before));
        var rightFlanking = !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after) || after == '—');
        var byContext = leftFlanking && !rightFlanking ? Role.Open : rightFlanking && !leftFlanking ? Role.Close : Role.Either;

        switch (mark)
        {
            case "«" or "‹":
                return (Family.Double, Role.Open);   // guillemets keep their direction, even with French spacing
            case "»" or "›":
                return (Family.Double, Role.Close);
            case "“" or "„" or "``":
                return (Family.Double, byContext == Role.Close ? Role.Close : Role.Open);
            case "”":
                return (Family.Double, byContext == Role.Open ? Role.Open : Role.Close);
            case "\"" or "''" or "＂" or "‟":
                return (Family.Double, byContext);
            case "‘" or "‚" or "`":
                return (Family.Single, byContext == Role.Close ? Role.Close : Role.Open);
            default:   // ’ and '
                return (Family.Single, byContext == Role.Open ? Role.Open : Role.Close);
        }
    }

    /// <summary>An opening mark in the middle of a clause, after a word: the start of a quotation nested in another.</summary>
    private static bool IsNestedOpening(string text, Token token) =>
        token.Start >= 2 && char.IsWhiteSpace(text[token.Start - 1]) && char.IsLetter(text[token.Start - 2])
        && token.End < text.Length && char.IsLetter(text[token.End]);

    /// <summary>
    /// "the voters’ anger": after an "s" and before a lower-case word, with another closing mark
    /// still to come in the paragraph, the mark is a plural possessive, not the end of the quotation.
    /// </summary>
    private static bool IsPluralPossessive(string text, System.Collections.Immutable.ImmutableArray<Token> tokens, int t, TextSpan paragraph)
    {
        var token = tokens[t];
        if (token.Start == 0 || text[token.Start - 1] is not ('s' or 'S') || token.End + 1 >= text.Length
            || text[token.End] != ' ' || !char.IsLower(text[token.End + 1])) return false;
        for (var k = t + 1; k < tokens.Length && tokens[k].Start < paragraph.End; k++)
            if (tokens[k].Kind == TokenKind.QuoteMark && text[tokens[k].Start] is '’' or '\'') return true;
        return false;
    }

    /// <summary>A closing-looking mark that is an apostrophe: "the voters’ anger" keeps a single quote open.</summary>
    private static bool IsApostropheInWord(string text, Token token) =>
        token.End < text.Length && char.IsLetter(text[token.End]);
}

using System.Globalization;
using Vigil.Documents;
using Vigil.Pipeline;

namespace Vigil.Language.Tokens;

/// <summary>
/// Splits text into tokens in one linear pass, with the rules news copy needs: abbreviations and
/// initials keep their period ("U.S.", "Gen.", "G."), decimals and thousands stay whole ("114,000"),
/// hyphenated compounds stay whole ("Taliban-ruled", "al-Qaeda") but a hyphen standing for a dash is
/// a dash ("leave-this is"), every quotation-mark style is one token (including the doubled '' and ``
/// of some newswires), and a possessive "’s" is split off so names stay clean.
/// </summary>
public sealed class Tokenizer : IDocumentStage
{
    public string Name => "tokens";
    public AnnotationLayers Requires => AnnotationLayers.None;
    public AnnotationLayers Provides => AnnotationLayers.Tokens;

    public Document Process(Document document) => document with { Tokens = Tokenize(document.Text) };

    /// <summary>Words that, right after a hyphen, show the hyphen stands for a dash ("clear-not only us").</summary>
    private static readonly FrozenSet<string> DashFollowers = new[]
    {
        "this", "that", "these", "those", "not", "if", "and", "but", "the", "we", "it", "they", "he", "she", "i", "you",
        "which", "who", "when", "where", "while", "so", "because", "although", "though", "even", "only", "there",
        "what", "how", "why", "is", "are", "was", "were", "our", "their", "his", "her",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> WebDomains = new[] { "com", "org", "net", "gov", "edu", "io", "co", "uk", "us", "ly", "tv", "int" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// File-name extensions that keep a name written before them in one token
    /// ("Lisa_resume.doc"), so the tagger does not read a person in a file name.
    /// </summary>
    private static readonly FrozenSet<string> FileExtensions = new[]
    {
        "doc", "docx", "pdf", "xls", "xlsx", "ppt", "pptx", "txt", "rtf", "csv", "jpg", "jpeg", "png", "gif", "zip", "mp3", "mp4", "htm", "html",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static ImmutableArray<Token> Tokenize(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>(text.Length / 5 + 4);
        var i = 0;
        var n = text.Length;
        var mayHoldEmail = text.Contains('@');
        while (i < n)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;

            if (mayHoldEmail && EmailAddressEnd(text, i) is var emailEnd && emailEnd > i)
            {
                tokens.Add(new Token(new TextSpan(start, emailEnd), TokenKind.Word));
                i = emailEnd;
                continue;
            }
            if (StartsUrl(text, i))
            {
                while (i < n && !char.IsWhiteSpace(text[i])) i++;
                while (i > start && ".,;:!?)]\"'”’".Contains(text[i - 1])) i--;
                tokens.Add(new Token(new TextSpan(start, i), TokenKind.Word));
                continue;
            }
            if (IsWordChar(c))
            {
                i = ScanWord(text, i);
                tokens.Add(new Token(new TextSpan(start, i), char.IsDigit(c) ? TokenKind.Number : TokenKind.Word));
                if (IsPossessive(text, i))
                {
                    tokens.Add(new Token(new TextSpan(i, i + 2), TokenKind.Word));
                    i += 2;
                }
                continue;
            }
            if ((c == '@' || c == '#') && i + 1 < n && IsWordChar(text[i + 1]))
            {
                i = ScanWord(text, i + 1);
                tokens.Add(new Token(new TextSpan(start, i), TokenKind.Word));
                continue;
            }
            if (c == '\'' && i + 2 < n && text[i + 1] == '\'' && text[i + 2] == '\'' && i > 0 && !char.IsWhiteSpace(text[i - 1]))
            {
                // Three apostrophes after a word close a quotation within a quotation ("''... 'Kosovo is
                // special,''' he said"): the single mark first, then the doubled one. Before a word
                // they open both, in the other order, as the doubled mark's rule below reads them.
                tokens.Add(new Token(new TextSpan(i, i + 1), TokenKind.QuoteMark));
                tokens.Add(new Token(new TextSpan(i + 1, i + 3), TokenKind.QuoteMark));
                i += 3;
                continue;
            }
            if ((c == '\'' || c == '`') && i + 1 < n && text[i + 1] == c)
            {
                tokens.Add(new Token(new TextSpan(i, i + 2), TokenKind.QuoteMark));
                i += 2;
                continue;
            }
            if (IsQuoteMark(c))
            {
                tokens.Add(new Token(new TextSpan(i, i + 1), TokenKind.QuoteMark));
                i++;
                continue;
            }
            if (IsDash(c) || (c == '-' && i + 1 < n && text[i + 1] == '-'))
            {
                i++;
                while (i < n && (IsDash(text[i]) || text[i] == '-')) i++;
                tokens.Add(new Token(new TextSpan(start, i), TokenKind.Dash));
                continue;
            }
            // ".556", a batting or winning percentage, ".45 caliber": a number with no digit before its point
            if (c == '.' && i + 1 < n && char.IsAsciiDigit(text[i + 1]) && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '('))
            {
                i = ScanWord(text, i + 1);
                tokens.Add(new Token(new TextSpan(start, i), TokenKind.Number));
                continue;
            }
            if (c == '.' && i + 1 < n && text[i + 1] == '.')
            {
                while (i < n && text[i] == '.') i++;
                tokens.Add(new Token(new TextSpan(start, i), TokenKind.Punctuation));
                continue;
            }
            i++;
            if (char.IsHighSurrogate(c) && i < n && char.IsLowSurrogate(text[i])) i++;
            tokens.Add(new Token(new TextSpan(start, i), KindOfSymbol(c)));
        }
        return tokens.ToImmutable();
    }

    private static int ScanWord(string text, int i)
    {
        var n = text.Length;
        var start = i;
        var segmentStart = i;
        var hyphens = 0;
        while (true)
        {
            while (i < n && IsWordChar(text[i])) i++;
            if (i >= n) return i;
            var c = text[i];
            var next = i + 1 < n ? text[i + 1] : '\0';

            if (IsHyphen(c) && IsWordChar(next))
            {
                if (hyphens == 0 && HyphenStandsForDash(text, i + 1)) return i;
                hyphens++;
                i++;
                segmentStart = i;
                continue;
            }
            if (IsApostrophe(c) && char.IsLetter(next) && !IsPossessive(text, i))
            {
                i++;
                continue;
            }
            if (c == '_' && IsWordChar(next))
            {
                i++;   // an identifier or a file name: Lisa_coverletter
                segmentStart = i;
                continue;
            }
            if ((c == ',' || c == '/') && char.IsDigit(text[i - 1]) && char.IsDigit(next) && segmentStart == start && char.IsDigit(text[start])
                && (c == '/' || IsThousandsGroup(text, i + 1)))
            {
                i++;   // 114,000 and 9/11 are one number
                continue;
            }
            if (c != '.') return i;

            var segment = text.AsSpan(segmentStart, i - segmentStart);
            if (char.IsDigit(text[i - 1]) && char.IsDigit(next))
            {
                i++;   // a decimal: 3.5, 1.2.3
                continue;
            }
            if (segment.Length == 1 && char.IsLetter(segment[0]))
            {
                // An initial or a dotted acronym: "G.", "U.S.", "a.m.", "e.g."
                if (i + 2 < n && char.IsLetter(next) && text[i + 2] == '.' && (i + 3 >= n || !IsWordChar(text[i + 3])))
                {
                    i += 2;
                    segmentStart = i - 1;
                    continue;
                }
                if (char.IsUpper(segment[0]) || i - start > 1) return i + 1;
                return i;
            }
            if (i - start == segment.Length && Abbreviations.IsKnown(segment) && !(segment is "No" && !NextIsDigit(text, i + 1)))
                return i + 1;
            if (char.IsLetter(next) && char.IsLower(next) && char.IsLetter(text[i - 1]))
            {
                var end = i + 1;
                while (end < n && char.IsLetter(text[end])) end++;
                var suffix = text.AsSpan(i + 1, end - i - 1);
                if ((end >= n || !IsWordChar(text[end]))
                    && (WebDomains.GetAlternateLookup<ReadOnlySpan<char>>().Contains(suffix)
                        || FileExtensions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(suffix)))
                    return end;   // a web address written as a name (Breitbart.com), or a file name (resume.doc)
            }
            return i;
        }
    }

    private static bool IsThousandsGroup(string text, int i) =>
        i + 3 <= text.Length && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
        && (i + 3 == text.Length || !char.IsDigit(text[i + 3]));

    private static bool NextIsDigit(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i < text.Length && char.IsDigit(text[i]);
    }

    private static bool HyphenStandsForDash(string text, int rightStart)
    {
        var end = rightStart;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        if (end < text.Length && (IsHyphen(text[end]) || IsWordChar(text[end]))) return false;
        return DashFollowers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(rightStart, end - rightStart));
    }

    private static bool IsPossessive(string text, int i) =>
        i + 1 < text.Length && IsApostrophe(text[i]) && (text[i + 1] == 's' || text[i + 1] == 'S')
        && (i + 2 >= text.Length || !IsWordChar(text[i + 2]));

    /// <summary>
    /// Whether a token is a web or e-mail address, as <see cref="Tokenize"/> keeps them whole: names
    /// inside one ("Kevin.A.Boone@accenture.com") are not mentions.
    /// </summary>
    public static bool IsAddress(ReadOnlySpan<char> token)
    {
        if (OpensWebAddress(token)) return true;
        var at = token.IndexOf('@');
        return at > 0 && token[(at + 1)..].Contains('.');
    }

    private static bool StartsUrl(string text, int i) => OpensWebAddress(text.AsSpan(i)) && (i == 0 || !IsWordChar(text[i - 1]));

    /// <summary>"http://", "https://" or "www." followed by a word character.</summary>
    private static bool OpensWebAddress(ReadOnlySpan<char> s) =>
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && s.Length > 4 && IsWordChar(s[4]);

    /// <summary>
    /// Where an e-mail address starting at <paramref name="i"/> ends ("Kevin.A.Boone@accenture.com"), or
    /// <paramref name="i"/> if none does: the local part of word characters, dots, hyphens, pluses and
    /// underscores, an "@", and a domain with at least one dot. Kept whole, a name in an address is
    /// not read as a person.
    /// </summary>
    private static int EmailAddressEnd(string text, int i)
    {
        if (!IsWordChar(text[i]) || (i > 0 && (IsWordChar(text[i - 1]) || text[i - 1] is '.' or '_'))) return i;
        var n = text.Length;
        var at = i;
        while (at < n && at - i < 64 && (IsWordChar(text[at]) || text[at] is '.' or '-' or '_' or '+')) at++;
        if (at >= n || text[at] != '@' || at == i || text[at - 1] == '.') return i;
        var end = at + 1;
        while (end < n && end - at < 255 && (IsWordChar(text[end]) || text[end] is '.' or '-')) end++;
        while (end > at + 1 && text[end - 1] is '.' or '-') end--;
        var lastDot = text.LastIndexOf('.', end - 1, end - at - 1);
        return lastDot > at + 1 && char.IsLetter(text[end - 1]) ? end : i;
    }

    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c)
        || (c > 0x2FF && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    public static bool IsDash(char c) => c is '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    public static bool IsQuoteMark(char c) =>
        c is '"' or '\'' or '`' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB'
            or '\u2039' or '\u203A' or '\u2018' or '\u2019' or '\u201A' or '\uFF02';

    private static TokenKind KindOfSymbol(char c)
    {
        if (c == '-') return TokenKind.Dash;
        return char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
    }
}

using Vigil.Documents;

namespace Vigil.Extraction.Quotes;

/// <summary>Read access to a document's tokens by index, with the sentence each token belongs to.</summary>
internal sealed class TokenText
{
    private readonly int[] _sentenceOf;
    private readonly bool[] _inPersonName;
    private readonly bool[] _inName;

    public TokenText(Document document)
    {
        Document = document;
        Text = document.Text;
        Tokens = document.Tokens;
        _sentenceOf = new int[Tokens.Length];
        Array.Fill(_sentenceOf, -1);
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            var sentence = document.Sentences[s];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++) _sentenceOf[t] = s;
        }
        // "Theresa May said", "said Will Doyle": a word of a person's name is no modal verb or other function word
        _inPersonName = new bool[Tokens.Length];
        _inName = new bool[Tokens.Length];
        foreach (var entity in document.Entities)
            foreach (var mention in entity.Mentions)
                for (var t = FirstTokenAt(mention.Start); t < Tokens.Length && Tokens[t].Start < mention.End; t++)
                {
                    _inName[t] = true;
                    if (entity.Type == EntityType.Person) _inPersonName[t] = true;
                }
    }

    /// <summary>Whether the token is part of a name the entity stage found ("for" of "Center for Responsive Politics").</summary>
    public bool IsInName(int i) => i >= 0 && i < Tokens.Length && _inName[i];

    public bool IsInPersonName(int i) => i >= 0 && i < Tokens.Length && _inPersonName[i];

    public Document Document { get; }
    public string Text { get; }
    public ImmutableArray<Token> Tokens { get; }
    public int Count => Tokens.Length;

    public ReadOnlySpan<char> this[int i] => Text.AsSpan(Tokens[i].Start, Tokens[i].Span.Length);

    public string GetString(int i) => Text.Substring(Tokens[i].Start, Tokens[i].Span.Length);

    public int SentenceOf(int token) => _sentenceOf[token];

    public Sentence Sentence(int index) => Document.Sentences[index];

    public bool Is(int i, string word) => i >= 0 && i < Tokens.Length && this[i].Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the word is one of <paramref name="words"/>, and not a word of a person's name ("May" of "Theresa May").</summary>
    public bool IsAny(int i, FrozenSet<string> words) => i >= 0 && i < Tokens.Length && !_inPersonName[i] && WordClasses.Contains(words, this[i]);

    public bool IsWord(int i) => i >= 0 && i < Tokens.Length && Tokens[i].Kind is TokenKind.Word or TokenKind.Number;

    public bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(Text[Tokens[i].Start]);

    /// <summary>A capitalised word, or a name behind a lower-case particle ("al-Rashidi", "bin-Salman").</summary>
    public bool IsNameWord(int i)
    {
        if (IsCapitalized(i)) return true;
        if (!IsWord(i)) return false;
        var word = this[i];
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]);
    }

    public bool IsQuoteMark(int i) => i >= 0 && i < Tokens.Length && Tokens[i].Kind == TokenKind.QuoteMark;

    /// <summary>A short quotation in title case ("Women in Power", 'All Bets Are Off.'): the title of a work, not speech.</summary>
    public bool IsTitleOfWork(int open, int close)
    {
        var words = 0;
        for (var i = open + 1; i < close; i++)
        {
            if (!IsWord(i)) continue;
            words++;
            if (!IsCapitalized(i) && !IsAny(i, TitleSmallWords)) return false;
        }
        return words is >= 2 and <= 8;
    }

    /// <summary>Where a quotation mark at <paramref name="open"/> closes the title of a work it opens ("on ABC's “This Week” that"); else -1.</summary>
    public int TitleOfWorkEnd(int open)
    {
        if (!IsQuoteMark(open)) return -1;
        for (var close = open + 1; close < Tokens.Length && close - open <= 10; close++)
            if (IsQuoteMark(close)) return IsTitleOfWork(open, close) ? close : -1;
        return -1;
    }

    private static readonly FrozenSet<string> TitleSmallWords = new[] { "a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "at", "by", "with", "from", "as" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public bool IsChar(int i, char c) => i >= 0 && i < Tokens.Length && Tokens[i].Span.Length == 1 && Text[Tokens[i].Start] == c;

    public bool IsComma(int i) => IsChar(i, ',');

    /// <summary>A possessive "'s" or "’s" ("Connecticut's tax commissioner", "Mr. Obama's remarks").</summary>
    public bool IsPossessive(int i) => Is(i, "'s") || Is(i, "’s");

    public bool IsDash(int i) => i >= 0 && i < Tokens.Length && Tokens[i].Kind == TokenKind.Dash;

    public bool IsSentenceEndPunctuation(int i) =>
        i >= 0 && i < Tokens.Length && Tokens[i].Kind == TokenKind.Punctuation && Text[Tokens[i].Start] is '.' or '!' or '?' or '…';

    /// <summary>The index of the first token that ends after <paramref name="position"/>.</summary>
    public int FirstTokenAt(int position)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].End <= position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public TextSpan Span(int first, int last) => new(Tokens[first].Start, Tokens[last].End);
}

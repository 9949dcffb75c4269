using Vigil.Extraction.Quotes;

namespace Vigil.Extraction.Time;

/// <summary>
/// Tells whether the clause around a token speaks of the past or the future, from the nearest verb
/// form that shows it: "will meet ... on Monday" looks forward, "said ... on Sunday" back. Without a
/// parser, the nearest marker on the left wins (the verb a time adverbial follows), else the nearest
/// on the right, within thirty tokens of it in its sentence.
/// </summary>
internal static class TenseReader
{
    private static readonly FrozenSet<string> FutureWords = Set(
        "will", "shall", "won't", "wo", "plans", "plan", "planned", "scheduled", "upcoming", "due", "expected", "tomorrow", "next");

    private static readonly FrozenSet<string> PastWords = Set(
        "was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't", "said", "told", "went", "met", "took", "came", "made",
        "gave", "held", "began", "saw", "left", "flew", "fought", "won", "lost", "spoke", "wrote", "sent", "got", "found", "struck",
        "fled", "rose", "fell", "led", "paid", "brought", "thought", "kept", "sat", "stood", "ran", "bought", "caught", "meant",
        "heard", "felt", "knew", "became", "broke", "chose", "drove", "forgot", "hid", "shot", "sold", "swore", "threw", "woke",
        "wore", "understood", "withdrew", "drew", "grew", "ago", "yesterday", "last", "earlier");

    private static readonly FrozenSet<string> NotPast = Set("need", "speed", "seed", "feed", "bleed", "breed", "shed", "red", "bed", "indeed", "proceed", "exceed", "succeed", "hundred", "wed");

    /// <summary>How far either way a marker is looked for, so that a run-on sentence stays linear.</summary>
    private const int Reach = 30;

    public static Tense Of(TokenText tokens, int first, int last, int sentenceStart, int sentenceEnd)
    {
        for (var t = first - 1; t >= Math.Max(sentenceStart, first - Reach); t--)
            if (Marker(tokens, t) is { } tense) return tense;
        for (var t = last + 1; t < Math.Min(sentenceEnd, last + Reach); t++)
            if (Marker(tokens, t) is { } tense) return tense;
        return Tense.Unknown;
    }

    private static Tense? Marker(TokenText tokens, int t)
    {
        if (!tokens.IsWord(t) || tokens.Tokens[t].Kind == Documents.TokenKind.Number) return null;
        var word = tokens[t];
        if (WordClasses.Contains(FutureWords, word) || word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’ll", StringComparison.OrdinalIgnoreCase))
            return Tense.Future;
        if (word.Equals("going", StringComparison.OrdinalIgnoreCase) && tokens.Is(t + 1, "to")) return Tense.Future;
        if (WordClasses.Contains(PastWords, word)) return Tense.Past;
        if (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && char.IsLower(word[0]) && !WordClasses.Contains(NotPast, word))
            return Tense.Past;
        return null;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

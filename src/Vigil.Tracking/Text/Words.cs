namespace Vigil.Tracking.Text;

/// <summary>
/// The words of a short text, lower-cased, and their stems: enough to tell whether two texts speak
/// of the same things ("Afghans" and "Afghan", "leaving" and "leave") without a parser.
/// </summary>
public static class Words
{
    // Function words and the commonest verbs of reporting: sharing them says nothing about the subject.
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "then", "than", "so", "as", "of", "to", "in", "on", "at", "by", "for", "from",
        "with", "without", "into", "onto", "over", "under", "about", "after", "before", "since", "until", "while", "during", "against",
        "this", "that", "these", "those", "it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "we", "us", "our",
        "you", "your", "i", "me", "my", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "all", "any", "some",
        "each", "every", "other", "such", "own", "same", "more", "most", "very", "also", "just", "only", "even", "still", "already",
        "be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had", "having", "do", "does", "did", "done",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "going", "said", "say", "says", "told", "tell",
        "there", "here", "up", "down", "out", "off", "again", "further", "once", "both", "few", "many", "much", "one", "two", "s",
        "mr", "mrs", "ms", "per", "via", "not", "no", "nor", "never", "yes", "new", "last", "next", "week", "year", "years", "day", "days",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
    };

    /// <summary>The lower-cased words (letters, digits, inner apostrophes and hyphens split off), in order.</summary>
    public static List<string> Of(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' && start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])));
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(Normalise(text[start..i]));
                start = -1;
            }
        }
        return words;
    }

    /// <summary>The stems of the words that carry content: no function words, no numbers.</summary>
    public static HashSet<string> ContentStems(string text) =>
        [.. Of(text).Where(w => !Stop.Contains(w) && w.Length > 1 && !char.IsDigit(w[0])).Select(Stem)];

    public static bool IsStopWord(string word) => Stop.Contains(word);

    /// <summary>
    /// A light stemmer for English inflection only (plurals, -ed, -ing, -s, the possessive):
    /// "stopped" → "stop", "leaving" → "leav", "leave" → "leav", "Afghans" → "afghan", "countries" → "countri".
    /// Derivation is left alone, so "organization" and "organize" stay apart.
    /// </summary>
    public static string Stem(string word)
    {
        var w = word;
        if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal)) w = w[..^3] + "i";
        else if (w.Length > 4 && (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal))) w = w[..^2];
        else if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)) w = w[..^1];

        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal)) w = Undouble(w[..^3]);
        else if (w.Length > 4 && w.EndsWith("ied", StringComparison.Ordinal)) w = w[..^3] + "i";
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) w = Undouble(w[..^2]);
        else if (w.Length > 3 && w.EndsWith('e')) w = w[..^1];
        if (w.EndsWith('y') && w.Length > 3) w = w[..^1] + "i";
        return w;
    }

    private static string Normalise(string word) => word.ToLowerInvariant().Replace('’', '\'');

    // "stopp" → "stop", "barr" → "bar", but "kill", "pass" and "fall" keep their pairs.
    private static string Undouble(string w) =>
        w.Length > 2 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z') ? w[..^1] : w;
}

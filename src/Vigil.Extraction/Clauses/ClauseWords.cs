namespace Vigil.Extraction.Clauses;

/// <summary>Closed classes of words that mark where a clause or predicate starts and ends.</summary>
internal static class ClauseWords
{
    /// <summary>Words that open a new clause: a predicate never runs past them.</summary>
    public static readonly FrozenSet<string> ClauseOpeners = Set(
        "which", "who", "whom", "whose", "while", "whereas", "because", "although", "though", "but", "yet", "so", "when",
        "whether", "where", "since", "despite", "however", "meanwhile", "said", "says", "according", "even", "than", "lest");

    public static readonly FrozenSet<string> Modals = Set(
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "won't", "wouldn't", "can't", "cannot",
        "couldn't", "shouldn't", "mustn't", "shan't");

    /// <summary>Words between a subject and its verb that change nothing about who acts: "has also repeatedly pledged".</summary>
    public static readonly FrozenSet<string> VerbModifiers = Set(
        "has", "have", "had", "is", "was", "were", "are", "been", "be", "also", "already", "repeatedly", "publicly", "privately",
        "again", "then", "once", "still", "just", "now", "recently", "previously", "earlier", "later", "reportedly", "formally",
        "officially", "together", "jointly", "quickly", "firmly", "effectively", "explicitly", "specifically", "even", "first",
        "ever", "only", "personally", "initially", "originally", "subsequently", "finally", "unilaterally", "swiftly", "soon",
        "did", "does", "do", "who", "who's", "which", "that", "has", "since", "allegedly", "apparently", "seemingly", "flatly",
        "simply", "openly", "clearly", "long", "yesterday", "today", "n't", "just", "actually", "indeed", "also",
        // a negated auxiliary written as one word: "He certainly hasn't proposed anything"
        "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "isn't", "wasn't", "aren't", "weren't");

    public static readonly FrozenSet<string> Determiners = Set(
        "the", "a", "an", "this", "that", "these", "those", "some", "many", "most", "several", "few", "both", "each", "every", "all",
        "any", "one", "two", "three", "other", "such", "its", "their", "his", "her", "our", "my", "your");

    public static readonly FrozenSet<string> Pronouns = Set(
        "i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them", "this", "that", "there", "these", "those",
        "his", "its", "their", "our", "my", "your");

    public static readonly FrozenSet<string> Prepositions = Set(
        "of", "in", "on", "at", "to", "for", "with", "from", "by", "about", "against", "between", "into", "onto", "over", "under",
        "through", "during", "without", "within", "toward", "towards", "upon", "after", "before", "across", "behind", "beyond",
        "among", "amid", "around", "near", "outside", "inside", "like", "via", "per", "despite");

    /// <summary>Subordinators that make the clause they open a condition on the rest.</summary>
    public static readonly FrozenSet<string> ConditionOpeners = Set("if", "unless", "provided", "providing", "assuming");

    /// <summary>"didn't", "hasn’t": a negated auxiliary written as one word, with either apostrophe.</summary>
    public static bool IsNegatedAuxiliary(ReadOnlySpan<char> word) =>
        word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase);

    public static bool IsLy(ReadOnlySpan<char> word) => word.Length > 4 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && char.IsLower(word[0]);

    public static bool Contains(FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    // news writes the apostrophe either way ("won't", "won’t"); the words here hold both
    private static FrozenSet<string> Set(params string[] words) =>
        words.Concat(words.Where(w => w.Contains('\'')).Select(w => w.Replace('\'', '’'))).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

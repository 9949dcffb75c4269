namespace Vigil.Extraction.Quotes;

/// <summary>
/// Closed classes of English words, enough to find phrase edges without a parser: where a
/// speaker's noun phrase starts and ends, and what may stand between a speaker and the cue.
/// </summary>
internal static class WordClasses
{
    public static readonly FrozenSet<string> PersonalPronouns = Set("he", "she", "they", "we", "i", "you", "it");

    public static readonly FrozenSet<string> RelativePronouns = Set("who", "which", "that");

    public static readonly FrozenSet<string> Determiners = Set(
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "some",
        "many", "most", "several", "few", "both", "each", "every", "all", "no", "other", "another", "any", "one", "two",
        "three", "four", "five", "more", "such");

    // declared before the sets built from it: static fields are initialised in the order written
    private static readonly string[] ConnectiveAdverbWords = ["however", "meanwhile", "instead", "nonetheless", "nevertheless", "therefore", "thus"];

    /// <summary>Words that may stand between a speaker and the cue verb: "has also repeatedly said".</summary>
    public static readonly FrozenSet<string> CueModifiers = Set([
        "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "should", "may", "might", "can",
        "did", "does", "do", "not", "never", "n't", "also", "later", "earlier", "previously", "recently", "repeatedly",
        "publicly", "privately", "often", "frequently", "again", "then", "once", "further", "even", "first", "reportedly",
        "already", "still", "just", "originally", "initially", "subsequently", "since", "flatly", "simply", "openly",
        "explicitly", "specifically", "clearly", "loudly", "quietly", "angrily", "bluntly", "candidly", "confidently",
        "famously", "falsely", "wrongly", "correctly", "separately", "similarly", "likewise", "formally", "officially",
        "personally", "directly", "indirectly", "apparently", "allegedly", "supposedly", "reportedly", "been", "being",
        "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "last", "week", "this", "morning", "afternoon", "evening", "night", "on", "always", "sometimes", "long", "all",
        "both", "each", "too", "herself", "himself", "themselves", "itself", "ever", "now", "finally", "only", "once",
        // "Carter however said", "Sanders meanwhile said"
        .. ConnectiveAdverbWords,
        // "I don't think", "They didn’t say": a negated auxiliary, written as one word with either apostrophe
        .. WithBothApostrophes("don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't",
            "aren't", "weren't", "haven't", "hasn't", "hadn't", "shouldn't")]);

    /// <summary>Adverbs that tie a sentence to the one before, between a subject and its verb with or without commas ("The lawmakers, however, argue").</summary>
    public static readonly FrozenSet<string> ConnectiveAdverbs = Set(ConnectiveAdverbWords);

    public static readonly FrozenSet<string> Weekdays = Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /// <summary>Words that end a noun phrase on its left: a speaker phrase never reaches past them.</summary>
    public static readonly FrozenSet<string> PhraseBreakers = Set(
        "that", "which", "when", "while", "because", "but", "if", "although", "though", "after", "before", "as",
        "so", "then", "whether", "where", "why", "how", "what", "unless", "until", "since", "once", "than", "whom",
        "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may",
        "might", "must", "did", "does", "do", "to", "not", "said", "says", "say", "told", "also", "even", "just", "however",
        "meanwhile", "instead", "yet", "thus", "therefore", "still", "indeed", "in", "on", "during", "into", "onto",
        "over", "under", "by", "about", "against", "between", "through", "without", "within", "toward", "towards", "upon");

    /// <summary>Prepositions that may sit inside a speaker phrase: "officials from the State Department".</summary>
    public static readonly FrozenSet<string> InnerPrepositions = Set("of", "from", "at", "for", "with", "in", "on");

    /// <summary>Words that open a clause which is not the sentence's main one ("When Maddow pointed out …, Clinton …").</summary>
    public static readonly FrozenSet<string> SubordinatingConjunctions = Set(
        "when", "while", "as", "if", "because", "although", "though", "since", "once", "unless", "whereas");

    /// <summary>
    /// People close to someone, whom a possessive names ("Hillary Clinton's right-hand woman",
    /// "Scott's niece", "Clinton's husband"): another person than the possessor.
    /// </summary>
    public static readonly FrozenSet<string> PeopleClose = Set(
        "man", "woman", "wife", "husband", "daughter", "son", "mother", "father", "brother", "sister", "niece", "nephew",
        "friend", "friends", "partner", "spouse", "children", "relatives", "family", "supporters", "aides", "allies");

    /// <summary>Nouns for a person's campaign, office or followers ("the Clinton campaign", "Trump supporters"), and the people close to them.</summary>
    public static readonly FrozenSet<string> EntourageNouns = Set([
        "campaign", "team", "camp", "administration", "staff", "staffer", "staffers", "office", "aide",
        "ally", "backers", "fans", "surrogate", "surrogates", "loyalists", "associates", "spokesmen", .. PeopleClose]);

    /// <summary>
    /// People an organisation's name may qualify who are its members or its candidates rather than
    /// its voice ("GOP strategists", "the Democratic front-runner"; not "Kremlin officials").
    /// </summary>
    public static readonly FrozenSet<string> MembersNotVoices = Set(
        "candidate", "candidates", "nominee", "nominees", "front-runner", "frontrunner", "contender", "contenders", "hopeful",
        "hopefuls", "strategist", "strategists", "voter", "voters", "donor", "donors", "member", "members", "lawmaker", "lawmakers",
        "senator", "senators", "legislator", "legislators", "operative", "operatives", "insider", "insiders", "critic", "critics",
        "rival", "rivals", "delegate", "delegates", "congressman", "congresswoman", "governor", "governors");

    /// <summary>Nouns that name a role, so that "the secretary" can be resolved to the person holding it.</summary>
    public static readonly FrozenSet<string> RoleNouns = Set(
        "president", "secretary", "minister", "senator", "governor", "mayor", "general", "commander", "envoy",
        "ambassador", "spokesman", "spokeswoman", "spokesperson", "chancellor", "premier", "king", "queen", "prince",
        "candidate", "nominee", "congressman", "congresswoman", "representative", "chairman", "chairwoman", "chair",
        "director", "chief", "leader", "official", "diplomat", "adviser", "advisor", "lawyer", "attorney", "judge",
        "justice", "professor", "analyst", "economist", "author", "pope", "sheriff", "officer", "prosecutor", "speaker",
        "manager", "founder", "executive", "ceo", "businessman", "businesswoman", "billionaire", "actor", "actress",
        "singer", "star", "coach", "activist", "historian", "lecturer", "researcher", "scientist", "doctor", "mogul",
        "consultant", "pollster", "strategist", "aide", "operative", "surrogate", "staffer", "organizer", "lobbyist",
        "counsel", "deputy", "columnist", "commentator", "correspondent", "editor", "reporter", "incumbent", "challenger",
        "lawmaker", "legislator", "commissioner", "councilman", "councilwoman");

    /// <summary>Verbs that make a clause finite on their own ("the talks will", "he has").</summary>
    public static readonly FrozenSet<string> FiniteAuxiliaries = Set(
        "is", "was", "are", "were", "will", "would", "can", "could", "should", "must", "may", "might", "has", "have",
        "had", "did", "does", "do", "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't", "aren't", "weren't",
        "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "shall", "needs", "wants", "plans");

    public static readonly FrozenSet<string> IrregularPast = Set(
        "went", "made", "took", "got", "came", "gave", "knew", "saw", "thought", "found", "left", "became", "began",
        "kept", "held", "brought", "felt", "lost", "ran", "won", "fell", "rose", "met", "paid", "sent", "built", "spent",
        "stood", "sold", "meant", "led", "broke", "chose", "drove", "grew", "hid", "rode", "shook", "spoke", "stole",
        "struck", "swore", "threw", "wore", "wrote", "fought", "sought", "caught", "taught", "bought",
        "fled", "flew", "shot", "sank", "heard", "hung", "laid", "slid", "swept", "withdrew", "overthrew", "drew", "blew",
        "dug", "forgot", "froze", "understood", "upheld", "withheld", "sat", "tore", "woke", "ate", "drank", "sang", "swam",
        "rang", "shrank", "sprang", "stuck", "bore", "dealt", "crept", "undertook", "overtook", "arose", "forbade",
        // the same as their present, read as a verb only after the subject's noun ("said the strikes hit a substation")
        "hit", "cut", "put", "set", "shut", "hurt", "cost", "quit", "burst", "spread");

    /// <summary>A verb in the past tense, as far as its form tells: "-ed" (past four letters) or an irregular past.</summary>
    public static bool IsPastTense(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && word.Length > 4 || Contains(IrregularPast, word);

    public static bool Contains(FrozenSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static string[] WithBothApostrophes(params string[] words) => [.. words, .. words.Select(w => w.Replace('\'', '’'))];
}

namespace Vigil.Language.Tokens;

/// <summary>Words that take a period without ending a sentence, and the words that tell whether they do.</summary>
public static class Abbreviations
{
    /// <summary>Titles and honorifics: a name always follows, so their period never ends a sentence.</summary>
    public static readonly FrozenSet<string> Titles = Set(
        "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Cmdr", "Cdr",
        "Adm", "Brig", "Sgt", "Cpl", "Pvt", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres", "Supt", "Insp", "Det",
        "Rev", "Fr", "Hon", "Amb", "Atty", "Gen", "Lt.Gen", "Maj.Gen", "Sec", "Secy", "Mgr", "Msgr", "Sr", "Sra", "Srta");

    /// <summary>Other abbreviations that are written with a period; they may end a sentence.</summary>
    public static readonly FrozenSet<string> Others = Set(
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Inc", "Co", "Corp", "Ltd", "Bros", "Jr", "St", "Ave", "Blvd", "Rd", "Mt", "Ft", "Dept", "Univ", "Assn", "Est",
        "No", "Nos", "vs", "etc", "approx", "al", "cf", "ca", "Vol", "pp", "Fig", "Ph.D", "Ala", "Ariz", "Ark", "Calif",
        "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo",
        "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo");

    /// <summary>
    /// Capitalised words that usually start a sentence rather than continue a name: after "U.S." or
    /// "Inc." one of these means the period also ended the sentence.
    /// </summary>
    public static readonly FrozenSet<string> SentenceStarters = Set(
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "Yet", "In", "On", "At",
        "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Our", "My", "Your", "There", "Here", "When",
        "While", "After", "Before", "However", "Meanwhile", "Still", "If", "As", "For", "With", "Some", "Many", "Most",
        "According", "Since", "Although", "Though", "Because", "What", "Why", "How", "Who", "Where", "Now", "Then",
        "Officials", "Such", "Both", "Each", "Every", "No", "Not", "One", "Last", "Next", "Earlier", "Later", "Also");

    public static bool IsTitle(ReadOnlySpan<char> wordWithoutPeriod) => Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(wordWithoutPeriod);

    public static bool IsKnown(ReadOnlySpan<char> wordWithoutPeriod) =>
        IsTitle(wordWithoutPeriod) || Others.GetAlternateLookup<ReadOnlySpan<char>>().Contains(wordWithoutPeriod);

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}

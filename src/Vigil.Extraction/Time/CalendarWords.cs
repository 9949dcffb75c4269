namespace Vigil.Extraction.Time;

/// <summary>The English words of the calendar: months, weekdays, ordinals and units, full and abbreviated.</summary>
internal static class CalendarWords
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday,
        ["tues"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20,
        ["thirty"] = 30, ["several"] = 3, ["few"] = 3,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The month a word names, 1 to 12, with or without an abbreviation's period.</summary>
    public static int? Month(ReadOnlySpan<char> word) =>
        Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word.TrimEnd('.'), out var month) ? month : null;

    /// <summary>True for a full month name that is also a common word ("May", "March"), which needs a date beside it.</summary>
    public static bool IsAmbiguousMonth(ReadOnlySpan<char> word) =>
        word.Equals("may", StringComparison.OrdinalIgnoreCase) || word.Equals("march", StringComparison.OrdinalIgnoreCase)
        || word.TrimEnd('.').Length <= 3;

    public static DayOfWeek? Weekday(ReadOnlySpan<char> word) =>
        Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word.TrimEnd('.'), out var day) ? day : null;

    /// <summary>A day of the month written as a number or ordinal: "14", "14th", "1st", "22nd".</summary>
    public static int? DayOfMonth(ReadOnlySpan<char> word)
    {
        var digits = word;
        if (word.Length > 2 && (word.EndsWith("st", StringComparison.OrdinalIgnoreCase) || word.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
                                || word.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || word.EndsWith("th", StringComparison.OrdinalIgnoreCase)))
            digits = word[..^2];
        if (digits.Length is < 1 or > 2 || !int.TryParse(digits, out var day)) return null;
        return day is >= 1 and <= 31 ? day : null;
    }

    public static bool IsOrdinal(ReadOnlySpan<char> word) => word.Length > 2 && char.IsDigit(word[0]) && char.IsLetter(word[^1]) && DayOfMonth(word) is not null;

    /// <summary>A year written in four digits, from 1800 to 2199.</summary>
    public static int? Year(ReadOnlySpan<char> word) =>
        word.Length == 4 && int.TryParse(word, out var year) && year is >= 1800 and < 2200 ? year : null;

    /// <summary>A small count written in digits or words: "two" weeks ago, "20" years.</summary>
    public static int? Count(ReadOnlySpan<char> word)
    {
        if (int.TryParse(word, out var n) && n is > 0 and < 1000) return n;
        return NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var w) ? w : null;
    }

    public static TimeUnit? Unit(ReadOnlySpan<char> word)
    {
        var singular = word.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? word[..^1] : word;
        if (singular.Equals("day", StringComparison.OrdinalIgnoreCase)) return TimeUnit.Day;
        if (singular.Equals("week", StringComparison.OrdinalIgnoreCase)) return TimeUnit.Week;
        if (singular.Equals("weekend", StringComparison.OrdinalIgnoreCase)) return TimeUnit.Weekend;
        if (singular.Equals("month", StringComparison.OrdinalIgnoreCase)) return TimeUnit.Month;
        if (singular.Equals("year", StringComparison.OrdinalIgnoreCase)) return TimeUnit.Year;
        return null;
    }
}

internal enum TimeUnit
{
    Day,
    Week,
    Weekend,
    Month,
    Year,
}

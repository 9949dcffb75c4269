using Vigil.Documents;
using Vigil.Extraction.Quotes;

namespace Vigil.Extraction.Time;

/// <summary>A time expression found in the tokens, before resolution: its tokens, what it says and how it bounds.</summary>
internal sealed record TimeMention(int First, int Last, DateReference Reference, TemporalBound Bound);

/// <summary>
/// Finds dates and periods sentence by sentence, left to right, in one pass over the tokens:
/// calendar dates ("July 6, 2011", "14 August", "February 2020", "the 14th [of August]"),
/// weekdays ("on Sunday", "next Monday"), units counted from now ("last week", "later this week",
/// "over the weekend", "two weeks ago", "the past 20 years"), years after a preposition ("in
/// 2001"), ranges ("from 1996 to 2001", "between June and August") and the word that bounds them
/// ("since", "by", "until", "before", "after"). Month and weekday names count only capitalised, so
/// "may" and "march" stay verbs.
/// </summary>
internal sealed class TimeExpressionFinder(TokenText tokens)
{
    private static readonly FrozenSet<string> YearPrepositions = Set(
        "in", "since", "by", "from", "until", "till", "before", "after", "of", "year", "during", "through", "between",
        "early", "late", "mid", "around", "throughout", "circa", "spring", "summer", "autumn", "fall", "winter");

    private static readonly FrozenSet<string> MonthPrepositions = Set(
        "in", "since", "by", "from", "until", "till", "before", "after", "of", "during", "through", "to", "and", "between",
        "early", "late", "mid", "last", "next", "this", "throughout", "around");

    private static readonly FrozenSet<string> PartsOfDay = Set("morning", "afternoon", "evening", "night");

    public List<TimeMention> Find(Sentence sentence)
    {
        var found = new List<TimeMention>();
        var end = sentence.EndToken;
        for (var i = sentence.FirstToken; i < end;)
        {
            if (Match(i, end, sentence.FirstToken) is { } mention)
            {
                found.Add(mention);
                i = mention.Last + 1;
            }
            else i++;
        }
        return found;
    }

    private TimeMention? Match(int i, int end, int sentenceStart)
    {
        var bound = BoundOf(i);
        var at = bound is null ? i : i + 1;
        if (bound is not null && at >= end) return null;

        if (tokens.Is(at, "from") || tokens.Is(at, "between"))
        {
            // "from 1996 to 2001": a bound word cannot precede, the range is its own bound
            if (bound is not null) return null;
            if (Core(at + 1, end, relaxYears: true) is { } from && from.Last + 2 < end + 1
                && (tokens.Is(from.Last + 1, "to") || tokens.Is(from.Last + 1, "until") || tokens.Is(from.Last + 1, "through")
                    || tokens.Is(from.Last + 1, "and") || tokens.IsDash(from.Last + 1))
                && Core(from.Last + 2, end, relaxYears: true) is { } to)
                return new TimeMention(at, to.Last, new DateRange(from.Reference, to.Reference), TemporalBound.At);
            if (tokens.Is(at, "from")) return null;
        }

        var core = Core(at, end, relaxYears: bound is not null || YearAllowedAfter(at - 1));
        if (core is null) return null;
        // "1996 to 2001" after a bare preposition
        if (core.Reference is CalendarDate { IsAbsolute: true, Month: null } && tokens.Is(core.Last + 1, "to")
            && Core(core.Last + 2, end, relaxYears: true) is { Reference: CalendarDate { IsAbsolute: true } } to2)
            return new TimeMention(i, to2.Last, new DateRange(core.Reference, to2.Reference), bound ?? TemporalBound.At);
        return new TimeMention(bound is null ? core.First : i, core.Last, core.Reference, bound ?? TemporalBound.At);
    }

    private TemporalBound? BoundOf(int i)
    {
        if (!tokens.IsWord(i)) return null;
        var word = tokens[i];
        if (word.Equals("since", StringComparison.OrdinalIgnoreCase)) return TemporalBound.Since;
        if (word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.Equals("until", StringComparison.OrdinalIgnoreCase)
            || word.Equals("till", StringComparison.OrdinalIgnoreCase)) return TemporalBound.By;
        if (word.Equals("before", StringComparison.OrdinalIgnoreCase)) return TemporalBound.Before;
        if (word.Equals("after", StringComparison.OrdinalIgnoreCase)) return TemporalBound.After;
        return null;
    }

    private bool YearAllowedAfter(int i) => tokens.IsAny(i, YearPrepositions);

    /// <summary>The date or period itself, starting at token <paramref name="i"/>.</summary>
    private TimeMention? Core(int i, int end, bool relaxYears)
    {
        if (i >= end || !tokens.IsWord(i)) return null;
        var word = tokens[i];

        if (word.Equals("today", StringComparison.OrdinalIgnoreCase) || word.Equals("tonight", StringComparison.OrdinalIgnoreCase))
            return Found(i, i, new RelativeUnit(TimeUnit.Day, 0));
        if (word.Equals("yesterday", StringComparison.OrdinalIgnoreCase)) return Found(i, PartOfDay(i + 1, end) ?? i, new RelativeUnit(TimeUnit.Day, -1));
        if (word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase)) return Found(i, PartOfDay(i + 1, end) ?? i, new RelativeUnit(TimeUnit.Day, 1));

        if (Offset(word) is { } offset && i + 1 < end)
        {
            if (Weekday(i + 1) is { } day) return Found(i, PartOfDay(i + 2, end) ?? i + 1, new WeekdayReference(day, offset));
            if (CalendarWords.Unit(tokens[i + 1]) is { } unit && !tokens[i + 1].EndsWith("s", StringComparison.OrdinalIgnoreCase))
                return Found(i, i + 1, new RelativeUnit(unit, offset));
            if (offset != 0 && tokens.IsCapitalized(i + 1) && CalendarWords.Month(tokens[i + 1]) is { } month && !tokens[i + 1].EndsWith("."))
                return Found(i, i + 1, new CalendarDate(null, month, null) { Direction = offset });
            if (offset == -1 && tokens.Is(i + 1, "night")) return Found(i, i + 1, new RelativeUnit(TimeUnit.Day, -1));
            if (offset == -1 && CalendarWords.Count(tokens[i + 1]) is { } count && i + 2 < end && CalendarWords.Unit(tokens[i + 2]) is { } units)
                return Found(i, i + 2, new RecentUnits(units, count));
        }
        if ((word.Equals("earlier", StringComparison.OrdinalIgnoreCase) || word.Equals("later", StringComparison.OrdinalIgnoreCase))
            && tokens.Is(i + 1, "this") && i + 2 < end && CalendarWords.Unit(tokens[i + 2]) is { } part)
            return Found(i, i + 2, new RelativeUnit(part, 0) { Part = word.Equals("earlier", StringComparison.OrdinalIgnoreCase) ? UnitPart.Earlier : UnitPart.Later });
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase) && i + 1 < end)
        {
            if (tokens.Is(i + 1, "weekend")) return Found(i, i + 1, new RelativeUnit(TimeUnit.Weekend, 0) { TenseDecides = true });
            if ((tokens.Is(i + 1, "past") || tokens.Is(i + 1, "last")) && i + 3 < end && CalendarWords.Count(tokens[i + 2]) is { } n
                && CalendarWords.Unit(tokens[i + 3]) is { } u)
                return Found(i, i + 3, new RecentUnits(u, n));
            if (CalendarWords.IsOrdinal(tokens[i + 1]) && CalendarWords.DayOfMonth(tokens[i + 1]) is { } d)
                return DayThenMonth(i, i + 1, d, end) ?? Found(i, i + 1, new CalendarDate(null, null, d));
        }
        if (CalendarWords.Count(word) is { } agoCount && i + 2 < end && CalendarWords.Unit(tokens[i + 1]) is { } agoUnit && tokens.Is(i + 2, "ago"))
            return Found(i, i + 2, new UnitsAgo(agoUnit, agoCount));
        if (Weekday(i) is { } weekday)
            return Found(i, PartOfDay(i + 1, end) ?? i, new WeekdayReference(weekday, null));
        if (tokens.IsCapitalized(i) && CalendarWords.Month(word) is { } m)
            return MonthFirst(i, m, end);
        if (tokens.Tokens[i].Kind == TokenKind.Number)
        {
            if (IsoDate(word) is { } iso) return Found(i, i, new ExactDate(iso));
            if (CalendarWords.DayOfMonth(word) is { } day && DayThenMonth(i, i, day, end) is { } dated) return dated;
            if (CalendarWords.Year(word) is { } year && (relaxYears || tokens.Is(i - 1, "year")))
                return Found(i, i, new CalendarDate(year, null, null));
            if (YearRange(word) is { } years && (relaxYears || YearAllowedAfter(i - 1)))
                return Found(i, i, new DateRange(new CalendarDate(years.From, null, null), new CalendarDate(years.To, null, null)));
        }
        return null;
    }

    /// <summary>"August 14", "Aug. 14, 2021", "February 2020", "March of next year", "in December".</summary>
    private TimeMention? MonthFirst(int i, int month, int end)
    {
        var abbreviated = tokens[i].TrimEnd('.').Length <= 4 && !tokens.Is(i, "june") && !tokens.Is(i, "july");
        if (i + 1 < end && tokens.Tokens[i + 1].Kind == TokenKind.Number)
        {
            var next = tokens[i + 1];
            if (CalendarWords.Year(next) is { } year) return Found(i, i + 1, new CalendarDate(year, month, null));
            if (CalendarWords.DayOfMonth(next) is { } day)
            {
                var yearAt = tokens.IsComma(i + 2) ? i + 3 : i + 2;
                if (yearAt < end && tokens.Tokens[yearAt].Kind == TokenKind.Number && CalendarWords.Year(tokens[yearAt]) is { } y)
                    return Found(i, yearAt, new CalendarDate(y, month, day));
                return Found(i, i + 1, new CalendarDate(null, month, day));
            }
        }
        if (tokens.Is(i + 1, "of") && i + 2 < end)
        {
            if (CalendarWords.Year(tokens[i + 2]) is { } year) return Found(i, i + 2, new CalendarDate(year, month, null));
            if (Offset(tokens[i + 2]) is { } offset && tokens.Is(i + 3, "year"))
                return Found(i, i + 3, new CalendarDate(null, month, null) { YearOffset = offset });
        }
        if (abbreviated || CalendarWords.IsAmbiguousMonth(tokens[i]))
            return tokens.IsAny(i - 1, MonthPrepositions) && !abbreviated ? Found(i, i, new CalendarDate(null, month, null)) : null;
        return Found(i, i, new CalendarDate(null, month, null));
    }

    /// <summary>"14 August 2021", "14th of August", "the 14th [of August]".</summary>
    private TimeMention? DayThenMonth(int first, int dayToken, int day, int end)
    {
        var at = dayToken + 1;
        var bracket = tokens.IsChar(at, '[') || tokens.IsChar(at, '(');
        if (bracket) at++;
        if (tokens.Is(at, "of")) at++;
        if (at >= end || !tokens.IsCapitalized(at) || CalendarWords.Month(tokens[at]) is not { } month) return null;
        var last = at;
        int? year = null;
        if (last + 1 < end && tokens.Tokens[last + 1].Kind == TokenKind.Number && CalendarWords.Year(tokens[last + 1]) is { } y)
        {
            year = y;
            last++;
        }
        if (bracket)
        {
            if (!(tokens.IsChar(last + 1, ']') || tokens.IsChar(last + 1, ')'))) return null;
            last++;
        }
        return Found(first, last, new CalendarDate(year, month, day));
    }

    private DayOfWeek? Weekday(int i) =>
        tokens.IsCapitalized(i) && CalendarWords.Weekday(tokens[i]) is { } day
        && (tokens[i].Length > 4 || tokens[i].EndsWith(".")) ? day : null;

    private int? PartOfDay(int i, int end) => i < end && tokens.IsAny(i, PartsOfDay) ? i : null;

    private static int? Offset(ReadOnlySpan<char> word) =>
        word.Equals("last", StringComparison.OrdinalIgnoreCase) || word.Equals("past", StringComparison.OrdinalIgnoreCase)
            || word.Equals("previous", StringComparison.OrdinalIgnoreCase) ? -1
        : word.Equals("this", StringComparison.OrdinalIgnoreCase) || word.Equals("current", StringComparison.OrdinalIgnoreCase) ? 0
        : word.Equals("next", StringComparison.OrdinalIgnoreCase) || word.Equals("coming", StringComparison.OrdinalIgnoreCase) ? 1
        : null;

    private static DateOnly? IsoDate(ReadOnlySpan<char> word) =>
        word.Length == 10 && word[4] == '-' && word[7] == '-'
        && DateOnly.TryParseExact(word, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date : null;

    /// <summary>"1996-2001" written as one token.</summary>
    private static (int From, int To)? YearRange(ReadOnlySpan<char> word)
    {
        var dash = word.IndexOfAny('-', '–');
        if (dash != 4 || word.Length != 9) return null;
        return CalendarWords.Year(word[..4]) is { } from && CalendarWords.Year(word[5..]) is { } to && to > from ? (from, to) : null;
    }

    private static TimeMention Found(int first, int last, DateReference reference) => new(first, last, reference, TemporalBound.At);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

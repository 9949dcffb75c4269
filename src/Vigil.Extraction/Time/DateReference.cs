namespace Vigil.Extraction.Time;

/// <summary>What a time expression says, before it is placed on the calendar.</summary>
internal abstract record DateReference;

/// <summary>
/// Any part of a calendar date the text gives: "February 2020" (year and month), "August 14" (no
/// year), "the 14th" (the day alone), "March of next year" (a month and a year relative to now).
/// </summary>
internal sealed record CalendarDate(int? Year, int? Month, int? Day) : DateReference
{
    /// <summary>Years from the publication year when the text says "of next year", "of last year".</summary>
    public int? YearOffset { get; init; }

    /// <summary>"last March" looks back, "next March" forward, whatever the verb's tense.</summary>
    public int Direction { get; init; }

    public bool IsAbsolute => Year is not null;
}

/// <summary>"on Monday", "last Friday", "next Tuesday": <see cref="Direction"/> is -1, +1, or 0 for "this", null when unsaid.</summary>
internal sealed record WeekdayReference(DayOfWeek Day, int? Direction) : DateReference;

internal enum UnitPart
{
    Whole,
    /// <summary>"earlier this week": the part before the publication date.</summary>
    Earlier,
    /// <summary>"later this week": the part after it.</summary>
    Later,
}

/// <summary>A calendar unit counted from the publication date: "yesterday" (day, -1), "this week", "next year", "over the weekend".</summary>
internal sealed record RelativeUnit(TimeUnit Unit, int Offset) : DateReference
{
    public UnitPart Part { get; init; }

    /// <summary>True when the text did not say which ("over the weekend"), so the verb's tense decides.</summary>
    public bool TenseDecides { get; init; }
}

/// <summary>"two weeks ago".</summary>
internal sealed record UnitsAgo(TimeUnit Unit, int Count) : DateReference;

/// <summary>"the past 20 years": from that far back up to the publication date.</summary>
internal sealed record RecentUnits(TimeUnit Unit, int Count) : DateReference;

/// <summary>"from 1996 to 2001", "between June and August".</summary>
internal sealed record DateRange(DateReference From, DateReference To) : DateReference;

/// <summary>A calendar date written in full: "2021-09-01".</summary>
internal sealed record ExactDate(DateOnly Date) : DateReference;

namespace Vigil.Documents;

/// <summary>How finely a time expression pins down its period: "on Monday" is a day, "last week" a week.</summary>
public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
    /// <summary>A span between two points that is not one calendar unit: "from 1996 to 2001", "since the 14th".</summary>
    Range,
}

/// <summary>How a time expression bounds what it qualifies: "since the 14th", "by March", "before the election".</summary>
public enum TemporalBound
{
    /// <summary>The expression is the time itself: "on Monday", "in February 2020".</summary>
    At,
    Since,
    /// <summary>No later than: "by March", "until Friday".</summary>
    By,
    Before,
    After,
}

/// <summary>
/// A period of the calendar, from its first day to its last, both inclusive (as NodaTime's
/// <c>DateInterval</c>): "last week" published on 2021-09-01 is 2021-08-23 to 2021-08-29.
/// </summary>
public readonly record struct DateInterval
{
    public DateInterval(DateOnly start, DateOnly end)
    {
        if (end < start) throw new ArgumentException($"the interval ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})");
        Start = start;
        End = end;
    }

    public DateOnly Start { get; }

    /// <summary>The last day of the interval, inclusive.</summary>
    public DateOnly End { get; }

    public static DateInterval Day(DateOnly day) => new(day, day);

    public static DateInterval Month(int year, int month) => new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    public static DateInterval Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public override string ToString() => Start == End ? $"{Start:yyyy-MM-dd}" : $"{Start:yyyy-MM-dd}/{End:yyyy-MM-dd}";
}

/// <summary>
/// A date or period the text names ("on Monday", "February 2020", "from 1996 to 2001"), with the
/// calendar interval it resolves to. A relative expression ("last week") resolves only against the
/// article's publication date; without one its <see cref="Interval"/> stays null.
/// </summary>
public sealed record TimeExpression(TextSpan Span, DatePrecision Precision)
{
    /// <summary>The days the expression covers; null when it is relative and the article has no publication date.</summary>
    public DateInterval? Interval { get; init; }

    /// <summary>True when the expression needs the publication date to mean anything ("last week", "on Sunday").</summary>
    public bool IsRelative { get; init; }

    public TemporalBound Bound { get; init; } = TemporalBound.At;
}

using Vigil.Documents;

namespace Vigil.Extraction.Time;

/// <summary>
/// Places a <see cref="DateReference"/> on the calendar against the publication date, reading
/// nothing else: no clock, so the same article resolves the same way on any day. An open weekday,
/// month or day of the month looks back in a past-tense clause and forward in a future one.
/// Weeks run Monday to Sunday (ISO 8601).
/// </summary>
internal static class DateResolver
{
    public static (DateInterval? Interval, DatePrecision Precision) Resolve(DateReference reference, DateOnly? published, Tense tense) =>
        reference switch
        {
            ExactDate exact => (DateInterval.Day(exact.Date), DatePrecision.Day),
            CalendarDate date => ResolveCalendar(date, published, tense),
            WeekdayReference weekday => (published is { } p ? DateInterval.Day(ResolveWeekday(weekday, p, tense)) : null, DatePrecision.Day),
            RelativeUnit unit => ResolveUnit(unit, published, tense),
            UnitsAgo ago => ResolveAgo(ago, published),
            RecentUnits recent => (published is { } p ? new DateInterval(Back(p, recent.Unit, recent.Count), p) : null, DatePrecision.Range),
            DateRange range => ResolveRange(range, published, tense),
            _ => (null, DatePrecision.Day),
        };

    public static bool IsRelative(DateReference reference) => reference switch
    {
        ExactDate => false,
        CalendarDate date => !date.IsAbsolute,
        DateRange range => IsRelative(range.From) || IsRelative(range.To),
        _ => true,
    };

    private static (DateInterval?, DatePrecision) ResolveCalendar(CalendarDate date, DateOnly? published, Tense tense)
    {
        var precision = date.Day is not null && date.Month is not null ? DatePrecision.Day
            : date.Month is not null ? DatePrecision.Month
            : date.Day is not null ? DatePrecision.Day
            : DatePrecision.Year;
        if (date.Year is { } year)
            return (Interval(year, date.Month, date.Day), precision);
        if (published is not { } p) return (null, precision);
        if (date.YearOffset is { } offset)
            return (Interval(p.Year + offset, date.Month, date.Day), precision);

        var direction = date.Direction != 0 ? date.Direction : tense == Tense.Future ? 1 : -1;
        if (date.Month is { } month)
        {
            // the nearest such month or day on the side the tense points to, counting the current one
            var candidate = Interval(p.Year, month, date.Day);
            if (candidate is null) return (null, precision);
            var sameOrBefore = date.Day is null ? month <= p.Month : candidate.Value.Start <= p;
            var sameOrAfter = date.Day is null ? month >= p.Month : candidate.Value.Start >= p;
            var adjusted = direction < 0 && !sameOrBefore ? p.Year - 1
                : direction > 0 && !sameOrAfter ? p.Year + 1
                : p.Year;
            return (Interval(adjusted, month, date.Day), precision);
        }
        if (date.Day is { } day)
        {
            var first = new DateOnly(p.Year, p.Month, 1);
            var monthStart = direction < 0 ? (day <= p.Day ? first : first.AddMonths(-1)) : (day >= p.Day ? first : first.AddMonths(1));
            return (Interval(monthStart.Year, monthStart.Month, day), precision);
        }
        return (null, precision);
    }

    private static DateInterval? Interval(int year, int? month, int? day)
    {
        if (year is < 1 or > 9999) return null;
        if (month is not { } m) return DateInterval.Year(year);
        if (day is not { } d) return DateInterval.Month(year, m);
        return d <= DateTime.DaysInMonth(year, m) ? DateInterval.Day(new DateOnly(year, m, d)) : null;
    }

    private static DateOnly ResolveWeekday(WeekdayReference weekday, DateOnly published, Tense tense)
    {
        var delta = ((int)weekday.Day - (int)published.DayOfWeek + 7) % 7;   // days forward to the next such day, 0 if today
        return weekday.Direction switch
        {
            -1 => published.AddDays(delta == 0 ? -7 : delta - 7),
            1 => published.AddDays(delta == 0 ? 7 : delta),
            0 => WeekStart(published).AddDays(((int)weekday.Day + 6) % 7),
            _ => tense == Tense.Future ? published.AddDays(delta) : published.AddDays(delta == 0 ? 0 : delta - 7),
        };
    }

    private static (DateInterval?, DatePrecision) ResolveUnit(RelativeUnit unit, DateOnly? published, Tense tense)
    {
        var precision = unit.Unit switch
        {
            TimeUnit.Day => DatePrecision.Day,
            TimeUnit.Week => DatePrecision.Week,
            TimeUnit.Month => DatePrecision.Month,
            TimeUnit.Year => DatePrecision.Year,
            _ => DatePrecision.Range,
        };
        if (published is not { } p) return (null, precision);
        DateInterval whole;
        switch (unit.Unit)
        {
            case TimeUnit.Day:
                whole = DateInterval.Day(p.AddDays(unit.Offset));
                break;
            case TimeUnit.Week:
                var monday = WeekStart(p).AddDays(7 * unit.Offset);
                whole = new DateInterval(monday, monday.AddDays(6));
                break;
            case TimeUnit.Month:
                var month = new DateOnly(p.Year, p.Month, 1).AddMonths(unit.Offset);
                whole = DateInterval.Month(month.Year, month.Month);
                break;
            case TimeUnit.Year:
                whole = DateInterval.Year(p.Year + unit.Offset);
                break;
            default:
                whole = Weekend(p, unit, tense);
                break;
        }
        return (Part(whole, unit.Part, p), precision);
    }

    private static DateInterval Weekend(DateOnly published, RelativeUnit unit, Tense tense)
    {
        var saturday = WeekStart(published).AddDays(5);
        if (unit.TenseDecides)
        {
            // "over the weekend": the last one in a past-tense clause, the coming one otherwise
            if (tense == Tense.Future) { if (saturday.AddDays(1) < published) saturday = saturday.AddDays(7); }
            else if (saturday > published) saturday = saturday.AddDays(-7);
        }
        else
        {
            saturday = saturday.AddDays(7 * unit.Offset);
        }
        return new DateInterval(saturday, saturday.AddDays(1));
    }

    private static DateInterval Part(DateInterval whole, UnitPart part, DateOnly published) => part switch
    {
        UnitPart.Earlier when published > whole.Start && published <= whole.End.AddDays(1) => new DateInterval(whole.Start, published.AddDays(-1)),
        UnitPart.Later when published < whole.End && published >= whole.Start.AddDays(-1) => new DateInterval(published.AddDays(1), whole.End),
        _ => whole,
    };

    private static (DateInterval?, DatePrecision) ResolveAgo(UnitsAgo ago, DateOnly? published)
    {
        var precision = ago.Unit switch
        {
            TimeUnit.Day => DatePrecision.Day,
            TimeUnit.Week or TimeUnit.Weekend => DatePrecision.Week,
            TimeUnit.Month => DatePrecision.Month,
            _ => DatePrecision.Year,
        };
        if (published is not { } p) return (null, precision);
        var then = Back(p, ago.Unit, ago.Count);
        return (precision switch
        {
            DatePrecision.Day => DateInterval.Day(then),
            DatePrecision.Week => new DateInterval(WeekStart(then), WeekStart(then).AddDays(6)),
            DatePrecision.Month => DateInterval.Month(then.Year, then.Month),
            _ => DateInterval.Year(then.Year),
        }, precision);
    }

    private static (DateInterval?, DatePrecision) ResolveRange(DateRange range, DateOnly? published, Tense tense)
    {
        var (from, _) = Resolve(range.From, published, tense);
        var (to, _) = Resolve(range.To, published, tense);
        if (from is not { } f || to is not { } t || t.End < f.Start) return (null, DatePrecision.Range);
        return (new DateInterval(f.Start, t.End), DatePrecision.Range);
    }

    private static DateOnly Back(DateOnly day, TimeUnit unit, int count) => unit switch
    {
        TimeUnit.Day => day.AddDays(-count),
        TimeUnit.Week or TimeUnit.Weekend => day.AddDays(-7 * count),
        TimeUnit.Month => day.AddMonths(-count),
        _ => day.AddYears(-count),
    };

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}

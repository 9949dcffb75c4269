using System.Globalization;
using Vigil.Storage;

namespace Vigil.Web.Rendering.Charts;

/// <summary>One bar of a chart over time: the period it covers and what it counts.</summary>
public sealed record TimeBucket(DateOnly Start, DateOnly End, string Label, int Count);

/// <summary>
/// Groups daily counts into days, weeks, months or years, whichever keeps a chart readable (at most
/// <see cref="MaxBuckets"/> bars), with empty periods kept so the time axis stays true.
/// </summary>
public static class TimeBuckets
{
    public const int MaxBuckets = 60;

    /// <summary>The periods from <paramref name="first"/> to <paramref name="last"/>, each with its start, end and label.</summary>
    public static IReadOnlyList<(DateOnly Start, DateOnly End, string Label)> Periods(DateOnly first, DateOnly last, out Func<DateOnly, DateOnly> startOf)
    {
        var span = last.DayNumber - first.DayNumber + 1;
        Func<DateOnly, DateOnly> next;
        Func<DateOnly, string> label;
        if (span <= MaxBuckets)
        {
            startOf = d => d;
            next = d => d.AddDays(1);
            label = d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        else if (span <= MaxBuckets * 7)
        {
            startOf = d => d.AddDays(-(((int)d.DayOfWeek + 6) % 7)); // weeks start on Monday (ISO 8601)
            next = d => d.AddDays(7);
            label = d => "week of " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        else if ((last.Year - first.Year) * 12 + last.Month - first.Month < MaxBuckets)
        {
            startOf = d => new DateOnly(d.Year, d.Month, 1);
            next = d => d.AddMonths(1);
            label = d => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }
        else
        {
            startOf = d => new DateOnly(d.Year, 1, 1);
            next = d => d.AddYears(1);
            label = d => d.ToString("yyyy", CultureInfo.InvariantCulture);
        }
        var periods = new List<(DateOnly, DateOnly, string)>();
        for (var start = startOf(first); start <= last; start = next(start))
            periods.Add((start, next(start).AddDays(-1), label(start)));
        return periods;
    }

    public static IReadOnlyList<TimeBucket> From(IReadOnlyList<DailyCount> days)
    {
        if (days.Count == 0)
            return [];
        var periods = Periods(days.Min(d => d.Day), days.Max(d => d.Day), out var startOf);
        var counts = new Dictionary<DateOnly, int>();
        foreach (var day in days)
            counts[startOf(day.Day)] = counts.GetValueOrDefault(startOf(day.Day)) + day.Count;
        return [.. periods.Select(p => new TimeBucket(p.Start, p.End, p.Label, counts.GetValueOrDefault(p.Start)))];
    }

    /// <summary>Events per period, cooperation and conflict stacked.</summary>
    public static IReadOnlyList<Bar> Events(IReadOnlyList<EventCount> counts)
    {
        if (counts.Count == 0)
            return [];
        var periods = Periods(counts.Min(c => c.Day), counts.Max(c => c.Day), out var startOf);
        var cooperation = new Dictionary<DateOnly, int>();
        var conflict = new Dictionary<DateOnly, int>();
        foreach (var count in counts)
        {
            var into = EventClasses.IsConflict(count.Type) ? conflict : cooperation;
            into[startOf(count.Day)] = into.GetValueOrDefault(startOf(count.Day)) + count.Count;
        }
        return [.. periods.Select(p => new Bar(p.Label,
        [
            new BarSegment("cooperation", "bar bar-cooperation", cooperation.GetValueOrDefault(p.Start)),
            new BarSegment("conflict", "bar bar-conflict", conflict.GetValueOrDefault(p.Start)),
        ]))];
    }
}

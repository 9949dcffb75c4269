using System.Globalization;
using Vigil.Storage;

namespace Vigil.Web.Rendering.Charts;

/// <summary>One bar of a chart over time: the period it covers and what it counts.</summary>
public sealed record TimeBucket(DateOnly Start, DateOnly End, string Label, int Count);

/// <summary>
/// Groups daily counts into days, weeks or months, whichever keeps a chart readable (at most
/// <see cref="MaxBuckets"/> bars), with empty periods kept as zero so the time axis stays true.
/// </summary>
public static class TimeBuckets
{
    public const int MaxBuckets = 60;

    public static IReadOnlyList<TimeBucket> From(IReadOnlyList<DailyCount> days)
    {
        if (days.Count == 0)
            return [];
        var first = days.Min(d => d.Day);
        var last = days.Max(d => d.Day);
        var span = last.DayNumber - first.DayNumber + 1;
        Func<DateOnly, DateOnly> startOf;
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
        else
        {
            startOf = d => new DateOnly(d.Year, d.Month, 1);
            next = d => d.AddMonths(1);
            label = d => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }

        var counts = new Dictionary<DateOnly, int>();
        foreach (var day in days)
            counts[startOf(day.Day)] = counts.GetValueOrDefault(startOf(day.Day)) + day.Count;
        var buckets = new List<TimeBucket>();
        for (var start = startOf(first); start <= last; start = next(start))
            buckets.Add(new TimeBucket(start, next(start).AddDays(-1), label(start), counts.GetValueOrDefault(start)));
        return buckets;
    }
}

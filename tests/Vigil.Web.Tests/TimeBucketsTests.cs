using Vigil.Documents;
using Vigil.Storage;
using Vigil.Web.Rendering.Charts;

namespace Vigil.Web.Tests;

public sealed class TimeBucketsTests
{
    [Fact]
    public void Counts_group_into_days_weeks_months_or_years_keeping_empty_periods()
    {
        var start = new DateOnly(2021, 9, 1);
        Assert.Equal(["2021-09-01", "2021-09-02", "2021-09-03"], TimeBuckets.From([new(start, 1), new(start.AddDays(2), 2)]).Select(b => b.Label));
        var weeks = TimeBuckets.From([new(start, 1), new(start.AddDays(100), 2)]);
        Assert.All(weeks, w => Assert.StartsWith("week of ", w.Label));
        Assert.Equal(("week of 2021-08-30", 15), (weeks[0].Label, weeks.Count));
        Assert.Equal(["2021-09", "2021-10", "2021-11", "2021-12", "2022-01", "2022-02", "2022-03", "2022-04", "2022-05", "2022-06", "2022-07", "2022-08", "2022-09", "2022-10", "2022-11"],
            TimeBuckets.From([new(start, 1), new(start.AddDays(440), 2)]).Select(b => b.Label));
        var years = TimeBuckets.From([new(new DateOnly(1996, 5, 1), 1), new(start, 2), new(start.AddDays(3), 3)]);
        Assert.Equal(26, years.Count);
        Assert.Equal(("1996", 1), (years[0].Label, years[0].Count));
        Assert.Equal(("2021", 5), (years[^1].Label, years[^1].Count));
        Assert.All(years.Skip(1).SkipLast(1), y => Assert.Equal(0, y.Count));
    }

    [Fact]
    public void Events_stack_cooperation_under_conflict_in_each_period()
    {
        var day = new DateOnly(2021, 9, 6);
        var bars = TimeBuckets.Events([new EventCount(day, EventType.Consult, 2), new EventCount(day, EventType.Fight, 1), new EventCount(day.AddDays(1), EventType.Aid, 4)]);

        Assert.Equal(["2021-09-06", "2021-09-07"], bars.Select(b => b.Label));
        Assert.Equal([("cooperation", 2), ("conflict", 1)], bars[0].Segments.Select(s => (s.Name, s.Count)));
        Assert.Equal(4, bars[1].Total);
        Assert.True(EventClasses.IsConflict(EventType.Investigate));
        Assert.False(EventClasses.IsConflict(EventType.Yield));
    }
}

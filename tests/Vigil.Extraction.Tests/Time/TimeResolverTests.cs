using Vigil.Documents;
using Vigil.Extraction.Time;
using Vigil.Language;
using Vigil.Pipeline;

namespace Vigil.Extraction.Tests.Time;

/// <summary>
/// Dates and relative expressions resolved against the publication date, on sentences from the
/// sample article and others like them. 2021-09-01, the sample's date, was a Wednesday.
/// </summary>
public sealed class TimeResolverTests
{
    private static readonly AnalysisPipeline Pipeline = new PipelineBuilder().UseLanguage().UseCleaning().UseTime().Build();
    private static readonly DateOnly Published = new(2021, 9, 1);

    private static TimeExpression[] Find(string text, DateOnly? published) =>
        [.. Pipeline.Process(new Document(text, new ArticleMetadata("test") { Published = published })).TimeExpressions];

    private static (string Text, TimeExpression Time) Single(string text, DateOnly? published = null)
    {
        var document = Pipeline.Process(new Document(text, new ArticleMetadata("test") { Published = published ?? Published }));
        var time = Assert.Single(document.TimeExpressions);
        return (document[time.Span], time);
    }

    private static DateInterval Days(string start, string end) => new(DateOnly.Parse(start), DateOnly.Parse(end));

    [Fact]
    public void Last_week_is_the_monday_to_sunday_before_the_week_of_publication()
    {
        var (text, time) = Single("But last week, he appeared in a series of tweets praising the organisation's leaders.");
        Assert.Equal("last week", text);
        Assert.Equal(DatePrecision.Week, time.Precision);
        Assert.Equal(Days("2021-08-23", "2021-08-29"), time.Interval);
        Assert.True(time.IsRelative);
    }

    [Fact]
    public void This_week_is_the_week_of_publication()
    {
        var (_, time) = Single("The new government is expected to be unveiled this week.");
        Assert.Equal(Days("2021-08-30", "2021-09-05"), time.Interval);
    }

    [Fact]
    public void A_weekday_in_a_past_clause_is_the_last_such_day()
    {
        var (text, time) = Single("“No promises were made to the Taliban,” Blinken said in an interview with NBC on Sunday.");
        Assert.Equal("Sunday", text);
        Assert.Equal(DatePrecision.Day, time.Precision);
        Assert.Equal(DateInterval.Day(new DateOnly(2021, 8, 29)), time.Interval);
    }

    [Fact]
    public void A_weekday_in_a_future_clause_is_the_next_such_day()
    {
        var (text, time) = Single("Representatives of G7, NATO, Qatar and Turkey will meet in Doha on Monday to discuss the situation.");
        Assert.Equal("Monday", text);
        Assert.Equal(DateInterval.Day(new DateOnly(2021, 9, 6)), time.Interval);
    }

    [Fact]
    public void Last_and_next_weekday_look_back_and_forward_whatever_the_tense()
    {
        Assert.Equal(DateInterval.Day(new DateOnly(2021, 8, 30)), Single("The envoy arrives last Monday, officials said.").Time.Interval);
        Assert.Equal(DateInterval.Day(new DateOnly(2021, 9, 3)), Single("The talks resumed; the next round starts next Friday.").Time.Interval);
    }

    [Fact]
    public void Since_the_14th_of_August_in_brackets_keeps_its_bound_and_day()
    {
        var (text, time) = Single("“We have been doing this since the 14th [of August],” he added.");
        Assert.Equal("since the 14th [of August]", text);
        Assert.Equal(TemporalBound.Since, time.Bound);
        Assert.Equal(DateInterval.Day(new DateOnly(2021, 8, 14)), time.Interval);
    }

    [Fact]
    public void A_day_of_the_month_alone_is_the_last_such_day()
    {
        var (text, time) = Single("We have been doing this since the 14th, he said.");
        Assert.Equal("since the 14th", text);
        Assert.Equal(DateInterval.Day(new DateOnly(2021, 8, 14)), time.Interval);
    }

    [Fact]
    public void A_month_and_year_is_absolute_with_month_precision()
    {
        var (text, time) = Single("Foreign governments will watch whether the group fulfils its February 2020 deal with the United States.");
        Assert.Equal("February 2020", text);
        Assert.Equal(DatePrecision.Month, time.Precision);
        Assert.Equal(Days("2020-02-01", "2020-02-29"), time.Interval);
        Assert.False(time.IsRelative);
    }

    [Fact]
    public void From_one_year_to_another_is_a_range_of_whole_years()
    {
        var (text, time) = Single("When the Taliban ruled Afghanistan from 1996 to 2001, no Western country recognized it.");
        Assert.Equal("from 1996 to 2001", text);
        Assert.Equal(DatePrecision.Range, time.Precision);
        Assert.Equal(Days("1996-01-01", "2001-12-31"), time.Interval);
    }

    [Fact]
    public void By_a_month_of_next_year_is_a_deadline_in_the_following_year()
    {
        var (text, time) = Single("She said leaders had agreed to put together a reform plan by March of next year.");
        Assert.Equal("by March of next year", text);
        Assert.Equal(TemporalBound.By, time.Bound);
        Assert.Equal(Days("2022-03-01", "2022-03-31"), time.Interval);
    }

    [Fact]
    public void A_full_date_with_its_year()
    {
        var (text, time) = Single("On July 6, 2011, the two countries signed an agreement.");
        Assert.Equal("July 6, 2011", text);
        Assert.Equal(DateInterval.Day(new DateOnly(2011, 7, 6)), time.Interval);
    }

    [Fact]
    public void A_month_alone_in_a_past_clause_is_the_last_such_month()
    {
        var (_, time) = Single("An agreement that the nations of the world reached in Paris in December curbs carbon emissions.", new DateOnly(2016, 9, 20));
        Assert.Equal(Days("2015-12-01", "2015-12-31"), time.Interval);
    }

    [Fact]
    public void Units_ago_weekends_and_parts_of_this_week()
    {
        Assert.Equal(Days("2021-08-16", "2021-08-22"), Single("The talks collapsed two weeks ago.").Time.Interval);
        Assert.Equal(Days("2021-08-28", "2021-08-29"), Single("Over the weekend, he appeared in a series of tweets.").Time.Interval);
        Assert.Equal(Days("2021-09-02", "2021-09-05"), Single("She will continue her march toward Election Day later this week.").Time.Interval);
        Assert.Equal(Days("2001-09-01", "2021-09-01"), Single("They want to retain the achievements of the past 20 years.").Time.Interval);
        Assert.Equal(DateInterval.Day(new DateOnly(2021, 8, 31)), Single("The last flight left yesterday.").Time.Interval);
    }

    [Fact]
    public void Without_a_publication_date_relative_expressions_stay_unresolved_and_absolute_ones_resolve()
    {
        var found = Find("Last week he praised the February 2020 deal.", published: null);
        Assert.Equal(2, found.Length);
        Assert.Null(found[0].Interval);
        Assert.True(found[0].IsRelative);
        Assert.Equal(Days("2020-02-01", "2020-02-29"), found[1].Interval);
    }

    [Fact]
    public void Lower_case_may_and_march_and_bare_numbers_are_not_dates()
    {
        Assert.Empty(Find("Protesters may march on the capital, and 2001 people signed the petition.", Published));
    }
}

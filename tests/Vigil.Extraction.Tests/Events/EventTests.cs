using Vigil.Documents;
using static Vigil.Extraction.Tests.Commitments.CommitmentFixture;

namespace Vigil.Extraction.Tests.Events;

/// <summary>Events on real news sentences: types, roles, places, dates, counts, blame, status and negation.</summary>
public sealed class EventTests
{
    private static readonly DateOnly Published = new(2021, 9, 1);

    private static NewsEvent Single(string text, EventType type, out Document document)
    {
        document = Analyze(text, Published);
        return Assert.Single(document.Events, e => e.Type == type);
    }

    [Fact]
    public void A_planned_meeting_has_its_parties_place_and_resolved_date()
    {
        var meeting = Single("Representatives of NATO, Qatar and Turkey will meet in Doha on Monday to discuss the situation.", EventType.Consult, out _);
        Assert.Equal(EventStatus.Planned, meeting.Status);
        Assert.Equal("Doha", meeting.Place);
        Assert.Equal(DateInterval.Day(new DateOnly(2021, 9, 6)), meeting.When?.Interval);
        Assert.Equal(["Qatar", "Turkey"], meeting.Actors.Where(a => a.Role == EventRole.Source).Select(a => a.Name).Where(n => n is "Qatar" or "Turkey"));
    }

    [Fact]
    public void An_attack_counts_its_dead_with_their_units_and_a_later_sentence_blames_it()
    {
        var attack = Single("A suicide attack killed at least 100 Afghans and 13 US troops at the airport gate last week. " +
                            "Washington blamed the attack on Isis-K.", EventType.Assault, out var document);
        Assert.Equal(2, attack.Figures.Length);
        Assert.Equal((100L, "Afghans", FigureKind.Killed, FigureQualifier.AtLeast), (attack.Figures[0].Count, attack.Figures[0].Unit, attack.Figures[0].Kind, attack.Figures[0].Qualifier));
        Assert.Equal((13L, "US troops", FigureQualifier.Exact), (attack.Figures[1].Count, attack.Figures[1].Unit, attack.Figures[1].Qualifier));
        Assert.Equal("the airport gate", attack.Place);
        Assert.Equal(new DateInterval(new DateOnly(2021, 8, 23), new DateOnly(2021, 8, 29)), attack.When?.Interval);
        var blamed = document.FindEntity(attack.BlamedOnId!)!;
        Assert.True(blamed.Mentions.Any(m => document[m].StartsWith("Isis", StringComparison.Ordinal)), string.Join("|", blamed.Mentions.Select(m => document[m])));
    }

    [Fact]
    public void Injured_and_killed_are_told_apart()
    {
        var blast = Single("A car bomb explosion in Kabul killed 12 people and wounded 30 others on Tuesday.", EventType.Assault, out _);
        Assert.Contains(blast.Figures, f => f is { Count: 12, Kind: FigureKind.Killed });
        Assert.Contains(blast.Figures, f => f is { Count: 30, Kind: FigureKind.Injured });
        Assert.Equal("Kabul", blast.Place);
    }

    [Fact]
    public void An_arrest_counts_those_arrested_and_its_source_and_place()
    {
        var arrest = Single("Belarusian police arrested 12 protesters in Minsk on Sunday.", EventType.Coerce, out _);
        Assert.Contains(arrest.Figures, f => f is { Count: 12, Kind: FigureKind.Arrested, Unit: "protesters" });
        Assert.Equal("Minsk", arrest.Place);
        Assert.Equal(DateInterval.Day(new DateOnly(2021, 8, 29)), arrest.When?.Interval);
    }

    [Fact]
    public void Evacuations_count_the_evacuated()
    {
        var evacuation = Single("The airlift caused more than 114,000 people to fly out of Kabul within two weeks.", EventType.MaterialCooperation, out _);
        var figure = Assert.Single(evacuation.Figures);
        Assert.Equal((114_000L, FigureKind.Evacuated, FigureQualifier.MoreThan), (figure.Count, figure.Kind, figure.Qualifier));
    }

    [Fact]
    public void A_meeting_that_did_not_take_place_is_negated_and_one_foreseen_is_expected()
    {
        Assert.True(Single("Joe Biden and Vladimir Putin did not meet in Geneva.", EventType.Consult, out _).Negated);
        Assert.Equal(EventStatus.Expected, Single("Joe Biden and Vladimir Putin are expected to meet in Geneva.", EventType.Consult, out _).Status);
    }

    [Fact]
    public void Who_met_whom()
    {
        var meeting = Single("CIA Director William Burns met Taliban leader Abdul Ghani Baradar in Kabul on Monday.", EventType.Consult, out _);
        Assert.Contains(meeting.Actors, a => a.Name == "William Burns" && a.Role == EventRole.Source);
        Assert.Contains(meeting.Actors, a => a.Name.Contains("Baradar") && a.Role == EventRole.Target);
        Assert.Equal(EventStatus.Happened, meeting.Status);
    }

    [Fact]
    public void Every_event_span_lies_in_the_text_and_its_date_needs_a_publication_date_when_relative()
    {
        var document = Analyze("Police arrested 12 protesters in Minsk on Sunday.");
        var arrest = Assert.Single(document.Events);
        Assert.True(arrest.Span.End <= document.Text.Length && arrest.Span.Start >= 0);
        Assert.NotNull(arrest.When);
        Assert.Null(arrest.When.Interval);
    }
}

using Vigil.Documents;
using Vigil.Tracking.Stance;

namespace Vigil.Tracking.Tests;

/// <summary>Reports written for these tests, read against commitments of the kinds news reports.</summary>
public sealed class StanceReaderTests
{
    [Theory]
    // a preventing verb: the act does not happen
    [InlineData("allow Afghans to leave the country", "Taliban fighters stopped hundreds of Afghans from boarding evacuation flights", EvidenceStance.Contradicts, "stopped")]
    [InlineData("allow Afghans to leave the country", "Militants blocked Afghans from reaching the airport", EvidenceStance.Contradicts, "blocked")]
    // a negated report of the act itself
    [InlineData("release the detained journalists", "The authorities did not release the journalists on Friday", EvidenceStance.Contradicts, "not")]
    [InlineData("release the detained journalists", "The authorities didn't release the journalists", EvidenceStance.Contradicts, "didn't")]
    // the opposite act
    [InlineData("open the border crossing to trucks", "Soldiers closed the border crossing on Monday", EvidenceStance.Contradicts, "closed")]
    // two flips make no flip
    [InlineData("allow Afghans to leave the country", "Guards did not stop Afghans from leaving the country", EvidenceStance.Supports, "not")]
    // a promise said to be broken or kept, whatever the act
    [InlineData("cut taxes for the middle class", "The governor broke his pledge on middle-class taxes", EvidenceStance.Contradicts, "broke his pledge")]
    [InlineData("hold elections in the spring", "The council honoured its promise and held elections in April", EvidenceStance.Supports, "honoured its promise")]
    [InlineData("hold elections in the spring", "As promised, the council held elections", EvidenceStance.Supports, "as promised")]
    // the act done
    [InlineData("allow Afghans to leave the country", "The Taliban let 200 Afghans leave on a Qatar Airways flight", EvidenceStance.Supports, "leave")]
    // a commitment not to act, and the act done
    [InlineData("attack the convoy", "Gunmen attacked the convoy near the border", EvidenceStance.Contradicts, "")]
    // a commitment to prevent, and the prevention done
    [InlineData("prevent the country from becoming a sanctuary for terrorists", "Forces prevented terrorists from setting up camps in the country", EvidenceStance.Supports, "prevented")]
    // the act still to come, or promised again
    [InlineData("allow Afghans to leave the country", "The Taliban said they would allow Afghans with documents to leave", EvidenceStance.Mentions, "would")]
    // shared words, no cue either way
    [InlineData("retain fundamental rights and women's freedom", "Women marched in Kabul on Saturday", EvidenceStance.Mentions, "")]
    public void Reads_the_stance_of_a_report(string act, string report, EvidenceStance expected, string cue)
    {
        var negated = report.Contains("Gunmen");
        var reading = StanceReader.Read(act, negated, report);

        Assert.False(reading.Unrelated);
        Assert.Equal(expected, reading.Stance);
        if (cue.Length > 0)
            Assert.Contains(cue, reading.Cues);
    }

    [Fact]
    public void A_report_that_shares_no_word_of_the_act_is_unrelated()
    {
        Assert.True(StanceReader.Read("cut taxes for the middle class", false, "The Taliban took over Kabul").Unrelated);
    }

    [Fact]
    public void The_actors_own_name_is_no_shared_word()
    {
        var ignore = new HashSet<string> { "taliban" };
        Assert.True(StanceReader.Read("the Taliban will work against terrorist organizations", false, "The Taliban took over Kabul", ignore: ignore).Unrelated);
    }

    [Fact]
    public void A_negator_far_from_the_acts_words_does_not_flip_it()
    {
        const string report = "Officials said the Taliban let hundreds of Afghans leave on Thursday after days of talks at the airport, " +
                              "though aid groups, who were not consulted about the arrangements, asked for more flights.";

        var reading = StanceReader.Read("allow Afghans to leave the country", false, report);

        Assert.Equal(EvidenceStance.Supports, reading.Stance);
    }

    [Fact]
    public void A_planned_event_only_mentions_the_act()
    {
        var reading = StanceReader.Read("meet the Taliban in Doha", false, "Envoys meet Taliban leaders in Doha", EventStatus.Planned);

        Assert.Equal(EvidenceStance.Mentions, reading.Stance);
    }

    [Fact]
    public void An_event_reported_as_not_having_happened_flips_the_report()
    {
        var reading = StanceReader.Read("meet the Taliban in Doha", false, "Envoys meet Taliban leaders in Doha", EventStatus.Happened, eventNegated: true);

        Assert.Equal(EvidenceStance.Contradicts, reading.Stance);
        Assert.Contains("did not happen", reading.Cues);
    }

    [Fact]
    public void Overlap_is_the_share_of_the_acts_words_the_report_uses_or_opposes()
    {
        // allow (opposed by "stopped"), afghan; not leave, country
        var reading = StanceReader.Read("allow Afghans to leave the country", false, "Fighters stopped Afghans from boarding flights");

        Assert.Equal(0.5, reading.Overlap, 3);
    }
}

using Vigil.Documents;
using static Vigil.Extraction.Tests.Quotes.QuoteFixture;

namespace Vigil.Extraction.Tests.Quotes;

public sealed class CueTests
{
    [Theory]
    [InlineData("“We will stay,” Omar Haidari said.", "said")]
    [InlineData("“We will stay,” said Omar Haidari.", "said")]
    [InlineData("“We will stay,” Omar Haidari told NBC on Sunday.", "told")]
    [InlineData("“We will stay,” Omar Haidari wrote on Twitter.", "wrote")]
    [InlineData("“We will stay,” Omar Haidari tweeted.", "tweeted")]
    [InlineData("“We will stay,” Omar Haidari insisted.", "insisted")]
    [InlineData("“We will stay,” Omar Haidari admitted.", "admitted")]
    [InlineData("“We will stay,” Omar Haidari warned.", "warned")]
    [InlineData("“We will stay,” Omar Haidari argued.", "argued")]
    [InlineData("“We will stay,” Omar Haidari hinted.", "hinted")]
    [InlineData("“We will stay,” Omar Haidari has repeatedly said.", "said")]
    [InlineData("“We will stay,” according to Omar Haidari.", "according to")]
    [InlineData("Omar Haidari said: “We will stay.”", "said")]
    [InlineData("Omar Haidari told reporters: “We will stay.”", "told")]
    [InlineData("Omar Haidari said that “we will stay.”", "said")]
    [InlineData("“We will stay” ― Omar Haidari", "―")]
    [InlineData("Omar Haidari: “We will stay.”", ":")]
    public void Cues_before_and_after_the_quotation(string text, string cue)
    {
        var found = Single(text);
        Assert.Equal(cue, found.Cue);
        Assert.Equal("Omar Haidari", found.Speaker);
        Assert.Contains("we will stay", found.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Haidari", found.Text);
    }

    [Theory]
    [InlineData("“We will stay,” Omar Haidari points out.", "points")]
    [InlineData("“We will stay,” Omar Haidari shot back.", "shot")]
    [InlineData("“We will stay,” Omar Haidari fired back with a laugh.", "fired")]
    [InlineData("“We will stay,” reacted Omar Haidari.", "reacted")]
    [InlineData("“We will stay,” remembered Omar Haidari.", "remembered")]
    [InlineData("Omar Haidari pointed out that “we will stay.”", "pointed")]
    public void A_verb_that_reports_speech_with_its_particle_is_a_cue(string text, string cue)
    {
        var found = Single(text);
        Assert.Equal(cue, found.Cue);
        Assert.Equal("Omar Haidari", found.Speaker);
        Assert.Contains("we will stay", found.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("The company fired the managers who were involved in the fraud.")]
    [InlineData("The soldiers shot the men who were fleeing the town.")]
    public void The_verb_without_its_particle_is_no_cue(string text) => Assert.Empty(QuotesIn(text));

    [Fact]
    public void A_claim_someone_denies_is_not_what_they_said() =>
        Assert.Empty(QuotesIn("India accused Pakistan on Saturday of violating a ceasefire along the border, a charge Islamabad denied."));

    [Fact]
    public void Reported_speech_after_the_cue_is_an_indirect_quote()
    {
        var found = Single("Omar Haidari said that the border would reopen next week.");
        Assert.Equal("the border would reopen next week", found.Text);
        Assert.Equal(QuoteKind.Indirect, found.Kind);
        Assert.Equal("Omar Haidari", found.Speaker);
        Assert.Equal("Omar Haidari", found.Source);
    }

    [Fact]
    public void Reported_speech_without_that()
    {
        Assert.Equal("the border would reopen next week", Single("Omar Haidari said the border would reopen next week.").Text);
        Assert.Equal("he would resign", Single("The minister told reporters he would resign.").Text);
        // the one told is no part of what was said, before a clause or a quotation inside it
        Assert.Equal("the talks would resume", Single("The minister told reporters the talks would resume.").Text);
        Assert.StartsWith("the group would respect", Single("Zabihullah Mujahid told reporters the group would respect women's rights “within the framework of Islamic law.”").Text);
        // a past tense the same as the present ("hit", "cut") or an irregular one is the clause's verb
        Assert.Equal("the strikes hit a substation", Single("Officials said the strikes hit a substation.").Text);
        Assert.Equal("the gunmen fled on foot", Single("Witnesses said the gunmen fled on foot.").Text);
    }

    [Fact]
    public void Reported_speech_before_the_cue()
    {
        var found = Single("The border will reopen next week, officials said.");
        Assert.Equal("The border will reopen next week", found.Text);
        Assert.Equal("officials", found.Speaker);
        // the one told, or an adjunct after a comma, may follow the attribution
        Assert.Equal("OPEC agreed on Thursday to cut output", Single("OPEC agreed on Thursday to cut output, sources told Reuters.").Text);
        Assert.Equal("The plant will reopen in May", Single("The plant will reopen in May, the company assured reporters.").Text);
        Assert.Equal("The border will reopen next week", Single("The border will reopen next week, officials said on Monday, after talks in Doha.").Text);
        Assert.Equal("The talks, officials said, failed", Single("The talks, officials said, failed.").Text);
    }

    [Fact]
    public void A_cue_word_ending_a_compound_noun_after_a_preposition_is_that_noun()
    {
        var found = Single("Chief Executive Tim Cook told analysts on a conference call that the company was \"very confident\" in its product lineup.");
        Assert.Equal("told", found.Cue);
        Assert.Equal("Tim Cook", found.Speaker);
        // after a plural noun and "of", the phrase completes the subject and the word is its verb
        Assert.Equal("Supporters of the law", Single("Others disagree. Supporters of the law hope this is just a transition period.").Source);
    }

    [Fact]
    public void Reported_speech_with_according_to()
    {
        Assert.Equal("the border will reopen next week", Single("According to the ministry, the border will reopen next week.").Text);
        Assert.Equal("The border will reopen next week", Single("The border will reopen next week, according to the ministry.").Text);
    }

    [Fact]
    public void A_promise_with_an_infinitive()
    {
        var found = Single("The Taliban pledged to let foreigners leave the country.");
        Assert.Equal("to let foreigners leave the country", found.Text);
        Assert.Equal("The Taliban", found.Source);
    }

    [Fact]
    public void A_quotation_inside_reported_speech_makes_a_mixed_quote()
    {
        var found = Single("Psaki said that militants “are not a group we trust” and left.");
        Assert.Equal(QuoteKind.Mixed, found.Kind);
        Assert.StartsWith("militants “are not a group we trust”", found.Text);
    }

    [Theory]
    [InlineData("The latest report states the obvious.")]
    [InlineData("She read the report on the plane.")]
    [InlineData("The launch is expected to take place in May.")]
    [InlineData("Officials in 18 states, with the governors, met on Monday.")]
    [InlineData("The latest plan to stop the merger is a classic Hail Mary.")]
    [InlineData("His anti-Muslim remarks drew criticism from both parties.")]
    public void Cue_words_that_do_not_attribute_give_nothing(string text) => Assert.Empty(QuotesIn(text));

    [Theory]
    [InlineData("Rep. Tom Cole, an ally of GOP leadership, said Thursday his biggest worry about Trump is that he is “unpredictable.”", "Tom Cole")]
    [InlineData("Bush offered a Trump-style retort on Twitter, tweeting “Donald, you're a joke.”", "Bush")]
    public void A_cue_word_after_a_determiner_and_an_adjective_is_a_noun(string text, string speaker)
        => Assert.Equal(speaker, Single(text).Speaker);

    [Fact]
    public void A_hyphenated_noun_before_a_cue_leaves_the_cue_a_verb()
    {
        Assert.Equal("co-founder", Single("A co-founder says the company will “never sell.”").Source?.Split(' ')[^1]);
        Assert.Contains(QuotesIn("Ted Cruz wrote an op-ed urging Congress to fast track the trade deal."), q => q.Cue == "urging");
    }

    [Fact]
    public void A_cue_inside_a_condition_gives_way_to_the_cue_before_it()
    {
        var found = Single("He says if people think the issues will be addressed by “establishment politics,” they are wrong.");
        Assert.Equal("He", found.Source);
        Assert.Equal("says", found.Cue);
    }

    [Fact]
    public void A_verb_of_speech_before_to_be_reports_nothing()
    {
        var found = Single("Cruz said he’s certain Rubio will continue to be “a champion for limitless opportunity in America.”");
        Assert.Equal("Cruz", found.Speaker);
        Assert.Equal("said", found.Cue);
    }

    [Theory]
    [InlineData("Jacobs called Merkel “The Chancellor of the Free World.”", "Jacobs", "Merkel “The Chancellor of the Free World.”")]
    [InlineData("Within minutes, he called Rubio ‘Little Marco’ multiple times.", "he", "Rubio ‘Little Marco’")]
    [InlineData("Last September, Beck called Palin a “clown” on his radio show when commenting on her speech.", "Beck", "Palin a “clown”")]
    public void What_a_naming_cue_attributes_ends_with_the_name_it_gives(string text, string source, string content)
        => AssertQuote(text, source, content);

    [Theory]
    [InlineData("Did he forget that he already has a memoir called “A Charge to Keep”?")]
    [InlineData("Rob Calabrese has set up a website called “Cape Breton If Donald Trump Wins” that pitches the island.")]
    public void A_thing_called_by_its_title_is_no_quote(string text)
        => Assert.DoesNotContain(QuotesIn(text), q => q.Text.StartsWith('“'));

    [Theory]
    [InlineData("Since the shootings, ''there has been a reinvigorated engagement,'' according to a senior administration official.",
        "a senior administration official", "Since the shootings, ''there has been a reinvigorated engagement,''")]
    [InlineData("According to his longtime physician, the businessman had \"astonishingly excellent\" results in his latest exam.",
        "his longtime physician", "the businessman had \"astonishingly excellent\" results in his latest exam")]
    public void A_quotation_in_a_sentence_attributed_by_according_to_makes_the_sentence_the_source_s_claim(string text, string source, string content)
        => AssertQuote(text, source, content);

    [Theory]
    [InlineData("But Mr. Kim's ''execution has been challenged,'' Mr. Solomon said.", "Mr. Solomon", "Mr. Kim's ''execution has been challenged,''")]
    [InlineData("Trump’s “excesses” are sickening, Hollande said Tuesday in Paris.", "Hollande", "Trump’s “excesses” are sickening")]
    public void A_trailing_attribution_covers_the_words_that_lead_into_the_quotation(string text, string source, string content)
        => AssertQuote(text, source, content);

    [Theory]
    [InlineData("Obama said “it gets me mad” every time he thinks about the first-graders.", "“it gets me mad” every time he thinks about the first-graders")]
    [InlineData("Ryan said that “we need more information” about how the FBI came to its conclusion.", "“we need more information” about how the FBI came to its conclusion")]
    [InlineData("Obama said, “it gets me mad.”", "“it gets me mad.”")]
    public void A_reported_clause_goes_on_past_the_quotation_the_cue_leads_into(string text, string content)
    {
        var found = Single(text);
        Assert.Equal(content, found.Text);
        Assert.NotNull(found.Source);
    }

    [Fact]
    public void A_cue_inside_another_cue_s_reported_clause_gives_way_to_it()
    {
        var found = Single("Sanders has denounced supporters who level sexist attacks, saying his campaign doesn’t want “that crap.”");
        Assert.Equal("saying", found.Cue);
        Assert.StartsWith("his campaign doesn’t want", found.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cue_word_in_its_base_form_after_a_singular_name_is_a_noun()
    {
        var delegate_ = Single("Minnesota state delegate Mary Susan said the convention could be a “failure” if Trump loses.");
        Assert.Equal("said", delegate_.Cue);
        Assert.Equal("Mary Susan", delegate_.Speaker);
        Assert.Equal("A Government Accountability Office report released",
            Single("A Government Accountability Office report released last year found that the agency could not be sure of “the source.”").Source);
    }

    [Fact]
    public void According_to_leaves_a_quotation_with_a_speaker_of_its_own_to_that_speaker()
    {
        var quotes = QuotesIn("“This is called good manners,” the pope told reporters, according to Reuters.");
        Assert.Contains(quotes, q => q.Source == "the pope" && q.Text == "“This is called good manners,”");
    }

    [Theory]
    [InlineData("RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “Gallup’s analysis finds that 20 states are solidly Republican.”", "Jeffrey M. Jones")]
    [InlineData("More from Jones: “The partisanship of the state population is a starting point.”", "Jones")]
    [InlineData("From the report: “In general, samples with more elaborate weighting produced more accurate results.”", "the report")]
    public void A_label_after_a_topic_s_dash_or_after_from_names_the_quotation_s_speaker(string text, string source)
        => Assert.Equal(source, Single(text).Source);

    [Fact]
    public void A_title_in_an_opening_adjunct_does_not_hide_the_subject()
        => Assert.Equal("the actor", Single("With the help of “Flip the Script with Liz Plank”, the actor held a fake audition and asked white actors to act “whiter.”").Source);

    [Fact]
    public void An_interrupted_quotation_is_one_quote()
    {
        var found = Single("“Hopefully,” the president said, “this museum can help us talk to each other.”");
        Assert.Equal("“Hopefully,” the president said, “this museum can help us talk to each other.”", found.Text);
        Assert.Equal("said", found.Cue);
    }

    [Fact]
    public void A_colon_at_a_paragraphs_end_hands_its_cue_to_the_quotation_below()
    {
        var found = Single("Omar Haidari continued:\n\n“The talks will resume on Monday, whatever happens.”");
        Assert.Equal("continued", found.Cue);
        Assert.Equal("Omar Haidari", found.Speaker);
    }

    [Theory]
    [InlineData("Omar Haidari issued the following statement:\n\n“The talks will resume on Monday, whatever happens.”", "issued the following statement")]
    [InlineData("On Monday, Omar Haidari released this statement: “The talks will resume on Monday, whatever happens.”", "released this statement")]
    [InlineData("Omar Haidari said the following:\n\n“The talks will resume on Monday, whatever happens.”", "said")]
    public void A_statement_announced_before_a_colon_is_the_announcers(string text, string cue)
    {
        var found = Single(text);
        Assert.Equal("Omar Haidari", found.Speaker);
        Assert.Equal(cue, found.Cue);
    }

    [Fact]
    public void A_question_before_its_attribution_keeps_it()
    {
        var found = Single("“Does anybody know what the plan is?” Omar Haidari asked.");
        Assert.Equal("asked", found.Cue);
        Assert.Equal("Omar Haidari", found.Speaker);
    }

    [Fact]
    public void A_quotation_the_sentence_carries_on_takes_the_cue_after_the_comma()
    {
        var found = Single("“Executives must face jail time” for what they did, Maria Lopez said.");
        Assert.Equal(QuoteKind.Mixed, found.Kind);
        Assert.Equal("“Executives must face jail time” for what they did", found.Text);
        Assert.Equal("Maria Lopez", found.Speaker);
    }

    [Fact]
    public void A_quotation_the_sentence_carries_on_keeps_an_inverted_speaker_with_an_apposition()
    {
        var found = Single("\"He can assert it, but it seems extremely unlikely\" that Sanders can catch Clinton, said Steve Elmendorf, deputy chief of staff to former House Democratic Leader Richard Gephardt.");
        Assert.Equal("\"He can assert it, but it seems extremely unlikely\" that Sanders can catch Clinton", found.Text);
        Assert.Equal("Steve Elmendorf", found.Speaker);
    }

    [Fact]
    public void A_headline_that_opens_with_a_name_and_a_colon_is_that_names_quote()
    {
        var found = QuotesIn("Trump: Cruz Has ‘To Come a Long Way’ On Ethanol.\n\nDonald Trump spoke in Iowa on Monday.");
        var headline = Assert.Single(found, q => q.Cue == ":");
        Assert.Equal("Cruz Has ‘To Come a Long Way’ On Ethanol", headline.Text);
        Assert.Equal(QuoteKind.Mixed, headline.Kind);
        Assert.Equal("Donald Trump", headline.Speaker);
        Assert.Equal("Poll", Single("Poll: Sanders Leads Clinton in Iowa\n\nThe survey of 600 voters was taken last week.").Source);
    }

    [Theory]
    [InlineData("RUSSIA : Yeltsin backs Lebed peace plan for Chechnya .\nMOSCOW 1996-08-22\nPresident Boris Yeltsin backed the plan on Thursday .")]
    [InlineData("GERMANY : BUNDESBANK LEAVES RATES UNCHANGED .\nFRANKFURT 1996-08-22\nThe Bundesbank left its rates unchanged on Thursday .")]
    public void A_wire_slug_naming_a_country_before_a_colon_is_no_speaker(string text) =>
        Assert.DoesNotContain(QuotesIn(text), q => q.Cue == ":");

    [Fact]
    public void A_transcripts_speaker_in_capitals_opens_a_quote()
    {
        var found = QuotesIn("Gov. Mary Fallin spoke to CNN's Jake Tapper on Sunday.\n\nTAPPER: Do you think Donald Trump has campaigned as a racial healer?\n\nFALLIN: Well, the whole nation needs to work together.");
        Assert.Equal(["TAPPER", "FALLIN"], found.Select(q => q.Source));
        Assert.Equal("Well, the whole nation needs to work together", found[1].Text);
    }

    [Theory]
    [InlineData("WATCH: The Senate Votes on the Budget Tonight\n\nThe vote is at nine.")]
    [InlineData("Clinton Wades In: Urges Britain to Remain in the Union\n\nThe vote is on Thursday.")]
    [InlineData("The vote is at nine.\n\nUPDATE: The vote was delayed until Friday morning.")]
    [InlineData("The vote is at nine.\n\nSTAT OF THE WEEK: Forty-three million dollars in subsidies.")]
    [InlineData("The vote is at nine.\n\nPLEASE NOTE: Your pledge is to be made electronically this year.")]
    [InlineData("The vote is at nine.\n\nHOLMES: Forty-three senators are expected to vote against it.")]
    public void A_section_label_or_a_clause_before_a_colon_names_no_speaker(string text) => Assert.Empty(QuotesIn(text));

    /// <summary>The text's one quote has this source and exactly this content.</summary>
    private static void AssertQuote(string text, string source, string content)
    {
        var found = Single(text);
        Assert.Equal(source, found.Source);
        Assert.Equal(content, found.Text);
    }
}

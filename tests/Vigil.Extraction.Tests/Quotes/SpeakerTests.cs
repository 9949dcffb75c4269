using Vigil.Documents;
using static Vigil.Extraction.Tests.Quotes.QuoteFixture;

namespace Vigil.Extraction.Tests.Quotes;

public sealed class SpeakerTests
{
    [Fact]
    public void A_word_of_another_name_is_no_person_of_its_own()
    {
        // an entity stage that ran an organisation's name on past its end ("State Department told CREW"): the speaker's name lies inside it
        const string text = "\"We will not release these records to anyone at all,\" the State Department told CREW on Friday.";
        const string name = "State Department told CREW";
        var start = text.IndexOf(name, StringComparison.Ordinal);
        var organisation = new Entity("e1", name, EntityType.Org, [name], [new TextSpan(start, start + name.Length)], []);
        var document = new Extraction.Quotes.QuoteExtractor().Process(Analyze(text) with { Entities = [organisation], Quotes = [] });
        Assert.Equal(name, Assert.Single(document.Quotes).SpeakerName);
        Assert.Single(document.Entities.SelectMany(e => e.Mentions));
    }

    [Theory]
    [InlineData("The Commissioner for Human Rights said the camp was full .")]
    [InlineData("The Minister of Defence said the troops were ready .")]
    [InlineData("The Chancellor of the Exchequer said the budget was sound .")]
    [InlineData("The Minister for Foreign Affairs said the talks had failed .")]
    public void What_a_speakers_title_is_for_or_of_is_no_persons_name(string text)
    {
        var document = Analyze(text);
        Assert.Empty(document.Entities);
        Assert.DoesNotContain(document.Quotes, q => q.SpeakerName is "Human Rights" or "Defence");
    }

    [Theory]
    [InlineData("\" We will not leave , \" Shiite cleric Muqtada al - Sadr said on Friday .")]
    [InlineData("\" We will not leave , \" said Muqtada al - Sadr on Friday .")]
    public void A_hyphen_that_tokenised_text_sets_apart_inside_a_name_is_part_of_the_speakers_name(string text)
    {
        var found = Single(text);
        Assert.Equal("Muqtada al - Sadr", found.Speaker);
    }

    [Fact]
    public void An_apposition_stands_between_speaker_and_cue()
    {
        var found = Single("“The relationship will be transactional,” Rudra Chowdhury, a senior lecturer at King’s College London, said.");
        Assert.Equal("Rudra Chowdhury", found.Speaker);
    }

    [Theory]
    [InlineData("Maria Lopez spoke in Ohio on Monday.\n\nThe plan could help, she’d suggested.")]
    [InlineData("Maria Lopez spoke in Ohio on Monday.\n\nThe plan could help, she'd suggested.")]
    public void A_pronoun_with_its_verbs_clitic_is_the_person_it_refers_to(string text)
    {
        var quote = QuotesIn(text).Last();
        Assert.Equal("Maria Lopez", quote.Speaker);
    }

    [Fact]
    public void An_organisation_speaks_under_its_name_without_the_article_that_opens_the_sentence()
    {
        var quote = QuotesIn("The State Department said on Monday that the talks would resume.").Single();
        Assert.Equal("State Department", quote.Speaker);
    }

    [Fact]
    public void An_organisation_whose_name_holds_a_lower_case_word_speaks_under_its_whole_name()
    {
        var quote = QuotesIn("The Committee to Protect Journalists said 40 reporters were jailed.").Single();
        Assert.Equal("Committee to Protect Journalists", quote.Speaker);
    }

    [Fact]
    public void A_source_after_according_to_runs_through_the_name_to_its_initials()
    {
        var quote = QuotesIn("Parents rallied in 238 cities, according to the event organizer Alliance to Reclaim Our Schools (AROS).").Single();
        Assert.Equal("Alliance to Reclaim Our Schools", quote.Speaker);
    }

    [Fact]
    public void A_person_of_a_listed_body_speaks_as_the_person()
    {
        var quote = QuotesIn("\"Their vote didn't count,\" said Meenakshi Ganguly of Human Rights Watch, who observed voting in Kachin state.").Single();
        Assert.Equal("Meenakshi Ganguly", quote.Speaker);
    }

    [Fact]
    public void A_body_called_by_its_kind_is_the_organisation_of_that_kind_named_most()
    {
        var quotes = QuotesIn("Senator Elizabeth Warren questioned Wells Fargo's chief executive. Wells Fargo opened two million accounts, and Congress "
                              + "wants answers.\n\nThe bank said it had fired 5,300 employees. The Association of Flight Attendants backed Clinton; "
                              + "the union said she would protect jobs. Congress passed the bill, and the agency said it would comply.");
        Assert.Equal("Wells Fargo", quotes.Single(q => q.Text.Contains("5,300")).Speaker);
        Assert.Equal("Association of Flight Attendants", quotes.Single(q => q.Text.Contains("protect jobs")).Speaker);
        Assert.NotEqual("Congress", quotes.Single(q => q.Text.Contains("comply")).Speaker);
    }

    [Fact]
    public void A_quotation_resuming_in_lower_case_after_a_long_aside_is_the_same_speakers()
    {
        var quotes = QuotesIn("“Many people are uncertain in this election year,” Peter Thiel wrote in a statement to Wired explaining why he is speaking at the convention, “but most Americans agree that our country is on the wrong track.”");
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("Peter Thiel", q.Speaker));
        // an aside that reports a clause of its own is what the quotation completes
        var mixed = QuotesIn("“Filth out!” Anna Weber wrote, arguing that if tougher measures were not deployed, “more homes will burn.”");
        Assert.Contains(mixed, q => q.Text.StartsWith("if tougher measures", StringComparison.Ordinal));
    }

    [Fact]
    public void A_day_or_month_in_the_speaker_phrase_is_no_person()
    {
        var document = Analyze("Some emails were sent to secure storage.\n\nThe emails were moved, according to a memo released Friday.");
        Assert.DoesNotContain(document.Entities, e => e.Name == "Friday");
        Assert.DoesNotContain(document.Quotes, q => q.SpeakerName == "Friday");
    }

    [Theory]
    [InlineData("Crowds gathered in Cleveland on Monday. Cleveland police have insisted they are prepared for the protests.", "Cleveland police")]
    [InlineData("The attack shocked Washington. U.S. officials said the gunman acted alone.", "U.S. officials")]
    public void A_place_before_a_common_noun_describes_the_speakers_rather_than_speaking(string text, string speaker)
    {
        Assert.Equal(speaker, QuotesIn(text).Last().Speaker);
    }

    [Theory]
    [InlineData("The primary was close. Some GOP strategists said the nominee had peaked too early.", "Some GOP strategists")]
    [InlineData("The primary was close. The GOP front-runner said the contest had been rigged.", "The GOP front-runner")]
    public void Members_an_organisation_only_qualifies_are_described_not_the_organisation(string text, string speaker)
    {
        Assert.Equal(speaker, QuotesIn(text).Last().Speaker);
    }

    [Theory]
    [InlineData("Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said every pope was political.", "Giovanni Maria Vian")]
    [InlineData("Maria Lopez, the editor of the city's biggest newspaper, the Daily Star, said the plan would fail.", "Maria Lopez")]
    [InlineData("Earlier Tuesday, his campaign manager, Jeff Weaver, said the streak was proof of strength.", "Jeff Weaver")]
    public void A_name_inside_a_description_names_what_is_described_not_the_speaker_named_before(string text, string speaker)
    {
        Assert.Equal(speaker, Single(text).Speaker);
    }

    [Fact]
    public void An_incumbent_is_a_role_that_leads_on_to_the_name()
    {
        var quote = QuotesIn("When she ran for the Senate in 2010, Democratic incumbent Barbara Boxer attacked Fiorina by reminding voters that the merger cost 30,000 jobs.").Single();
        Assert.Equal("Barbara Boxer", quote.Speaker);
    }

    [Theory]
    [InlineData("Here in Columbia, Bernie Sanders stepped up his emphasis on justice issues, saying the system was broken.", "Bernie Sanders")]
    [InlineData("Early in his campaign, Donald Trump attacked Mitt Romney, saying he had failed.", "Donald Trump")]
    [InlineData("Sunday morning, Hillary Clinton slammed the shift and said Sanders had flip-flopped.", "Hillary Clinton")]
    [InlineData("Chastened by the analyses, as well as complaints over the plan’s costs, Donald Trump revised his plan, promising to focus on average Americans.", "Donald Trump")]
    public void A_fronted_place_or_time_is_not_the_subject_of_the_sentence(string text, string speaker)
    {
        Assert.Equal(speaker, QuotesIn(text).Single().Speaker);
    }

    [Fact]
    public void A_role_noun_after_a_capitalised_word_ends_the_subject()
    {
        var quote = QuotesIn("Bernie Sanders spoke in Ohio on Monday.\n\nYet it was unclear whether he was ready. The Vermont senator emailed supporters on Monday, saying that the fight would go on.").Last();
        Assert.Equal("The Vermont senator", quote.Source);
        Assert.Equal("Bernie Sanders", quote.Speaker);
    }

    [Fact]
    public void Titles_are_not_part_of_the_name()
    {
        Assert.Equal("Anthony Brinken", Single("“No promises were made,” U.S. Secretary of State Anthony Brinken said.").Speaker);
        Assert.Equal("Jen Psaki", Single("White House Press Secretary Jen Psaki said the talks went well.").Speaker);
    }

    [Fact]
    public void A_function_word_opening_the_sentence_is_no_speaker_and_no_person()
    {
        var document = Analyze("Again, it was a good chance for me to get to know what I can do in this field.");
        Assert.DoesNotContain(document.Entities, e => e.Name == "Again");
        Assert.DoesNotContain(document.Quotes, q => q.SpeakerName == "Again");
    }

    [Theory]
    [InlineData("The tweet was deleted. Critics said the image was offensive.", "Critics")]
    [InlineData("Thousands of people donated. Others wonder how the connection could last.", "Others")]
    [InlineData("The plant closed in May. Officials say the cause of the fire is unknown.", "Officials")]
    public void A_lone_word_capitalised_only_by_opening_its_sentence_describes_the_speaker_and_is_no_person(string text, string speaker)
    {
        var document = Analyze(text);
        var quote = Assert.Single(document.Quotes);
        Assert.Equal(speaker, quote.SpeakerName);
        Assert.Null(quote.SpeakerId);
        Assert.DoesNotContain(document.Entities, e => e.Name == speaker);
    }

    [Fact]
    public void A_description_followed_by_a_name_in_apposition_is_the_person_named()
    {
        var kuwait = Single("The deal “sends a strong signal,” Kuwait's oil minister, Bakheet al-Rashidi, said on Twitter.");
        Assert.Equal("Kuwait's oil minister, Bakheet al-Rashidi", kuwait.Source);
        Assert.Equal("Bakheet al-Rashidi", kuwait.Speaker);
        Assert.Equal("David Schulz", Single("A lawyer for the news outlets, David Schulz, said the ruling was wrong.").Speaker);
    }

    [Fact]
    public void A_nationality_before_a_noun_or_a_place_in_the_phrase_describes_the_speaker()
    {
        var officials = Analyze("The plant lost power overnight. Ukrainian officials said the plant was damaged.");
        Assert.Equal("Ukrainian officials", Assert.Single(officials.Quotes).SpeakerName);
        var police = Analyze("Police in the Indian capital Delhi say they have arrested a suspect.");
        Assert.Equal("Police in the Indian capital Delhi", Assert.Single(police.Quotes).SpeakerName);
        Assert.DoesNotContain(police.Entities, e => e.Type == EntityType.Person);
        // the name at the phrase's head speaks, not the group that qualifies it
        var congress = Analyze("The Fed has fought all year against the Republican-led Congress, which wants to limit its powers.");
        Assert.Equal("Congress", Assert.Single(congress.Quotes).SpeakerName);
        Assert.DoesNotContain(congress.Entities, e => e.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("The Indiana governor said Democrats and the media were to blame.", "The Indiana governor")]
    [InlineData("Connecticut's tax commissioner said an internal review showed no errors.", "Connecticut's tax commissioner")]
    [InlineData("Kremlin officials said the talks would resume.", "Kremlin")]
    public void A_place_that_only_qualifies_the_speaker_does_not_speak(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyze(text).Quotes).SpeakerName);

    [Fact]
    public void A_lone_given_name_or_a_surname_known_from_the_article_opening_its_sentence_is_a_person()
    {
        var known = Analyze("Mark Teachout spoke in Boston. Teachout said the plan would fail.");
        Assert.Equal("Mark Teachout", Assert.Single(known.Quotes).SpeakerName);
        var given = Analyze("The meeting ended late. Bob said he also returned to the office.");
        Assert.NotNull(Assert.Single(given.Quotes).SpeakerId);
    }

    [Fact]
    public void I_outside_a_quotation_is_the_author_the_closing_note_names()
    {
        var opinion = Analyze("I grew up in a paranoid household.\n\nI think the country will come through this election.\n\n"
                              + "Charlotte Meehan is playwright-in-residence at Wheaton College.");
        Assert.Equal("Charlotte Meehan", Assert.Single(opinion.Quotes).SpeakerName);
        // with no such note, "I" names no one
        Assert.Null(Assert.Single(Analyze("I grew up in a paranoid household.\n\nI think the country will come through this election.").Quotes).SpeakerName);
    }

    [Theory]
    [InlineData("The International Monetary Fund cut its forecast on Tuesday.\n\nThe fund said that growth would slow to 3.1 percent.", "International Monetary Fund")]
    [InlineData("The Washington Post reported the deal first.\n\nThe Post said that the talks had lasted a week.", "Washington Post")]
    [InlineData("The Commission on Presidential Debates met on Monday.\n\nThe commission said that the sound had failed.", "Commission on Presidential Debates")]
    public void A_body_named_again_by_the_head_noun_of_its_name_is_that_body(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Analyze(text).Quotes).SpeakerName);

    [Theory]
    [InlineData("Prime Minister John Major met Tony Blair on Monday.\n\n\"The talks went well,\" Mr. Major said.", "John Major")]
    [InlineData("Howard Dean spoke in Iowa.\n\nDean said the party would win the state.", "Howard Dean")]
    public void A_surname_the_entity_stage_took_for_a_title_still_gives_the_full_name(string text, string speaker)
    {
        var quote = Assert.Single(Analyze(text).Quotes);
        Assert.Equal(speaker, quote.SpeakerName);
    }

    [Fact]
    public void A_cue_without_a_subject_of_its_own_takes_the_subject_of_the_cue_before_it()
    {
        // "to tell" has no subject; the quotation is attributed before the reported speech of "said" is
        var quotes = QuotesIn("At a press conference in Chelsea, the mayor also said that it was too early to tell whether the blast was a bomb, and there was \"no evidence\" of terrorism.");
        Assert.Contains(quotes, q => q.Text.Contains("no evidence", StringComparison.Ordinal) && q.Source == "the mayor");
        Assert.DoesNotContain(quotes, q => q.Source is "At a" or "At");
    }

    [Fact]
    public void The_one_reporting_is_the_source_of_what_a_pronoun_after_the_cue_thinks()
    {
        Assert.Equal("Ditto", Single("Ditto said she expects the campaign \"to continue calling out examples of bias.\"").Source);
        // the quotation is part of what the one reporting said: "they want “justice for Terrence,”"
        var quotes = QuotesIn("Demonstrators said they want \"justice for Terrence,\" but pledged to remain peaceful.");
        var found = Assert.Single(quotes, q => q.Text.Contains("justice for Terrence", StringComparison.Ordinal));
        Assert.Equal("Demonstrators", found.Source);
        Assert.StartsWith("they want", found.Text, StringComparison.Ordinal);
        // also past the one told: "told a TV interviewer that he is feeling “…”"
        var told = Single("Djokovic told a TV interviewer that he is feeling “a lot of emotion” before the match.");
        Assert.Equal("Djokovic", told.Source);
        Assert.StartsWith("he is feeling", told.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pronoun_that_cannot_be_the_reporting_subject_stays_the_source()
    {
        // "they" are the council's members, not the statement: what they promise is theirs
        var found = Single("The statement noted they had previously said they would take \"further significant measures\" if North Korea conducted another test.");
        Assert.Equal("they", found.Source);
    }

    // an apposition holding an abbreviation or a possessive; a prepositional phrase opening the
    // sentence; a pronoun that cannot be the reporting subject ("they" are the council's members);
    // a cue word that is the speaker's noun ("the report"); the noun a participle describes; a
    // participle after the quotation that goes on from the cue before it; a participle completing a
    // verb ("recalled thinking"); a name shown or heard speaking ("footage of … saying"); what a
    // thing "demands" or "shows" inside what someone said; a speech participle after "before";
    // an s-form after a possessive, a noun ("Mr. Obama's remarks"); a cue opening the line before a
    // colon; a quotation closed by a full stop, then its speaker and cue alone; the common noun after
    // an article in the main clause's subject ("the justice sounded off …, saying"); a cue word after
    // "of" or an article, a noun of the subject ("secretary of state")
    [Theory]
    [InlineData("“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.", "Senate Majority Leader Mitch McConnell")]
    [InlineData("Rucker Culpepper, who runs Clinton's effort for military veterans' families, said, \"Trump has been disrespecting our veterans.\"", "Rucker Culpepper")]
    [InlineData("At his cookout, the band leader called the candidates to the stage, singing \"It's Our Time.\"", "the band leader")]
    [InlineData("The statement noted they had previously said they would take \"further significant measures\" if North Korea conducted another test.", "they")]
    [InlineData("\"Integration increases over time,\" the report concluded.", "the report")]
    [InlineData("\"The outcome of the review is still uncertain,\" according to the report.", "the report")]
    [InlineData("Protesters marching through the streets chanted \"What curfew?\" and kept going.", "Protesters")]
    [InlineData("In a statement, the company said: \"Output fell sharply last year.\"", "the company")]
    [InlineData("The mayor recalled thinking, \"This cannot be happening.\"", "The mayor")]
    [InlineData("Okafor said she kept asking, \"Where are the buses?\"", "Okafor")]
    [InlineData("The ad ends with footage of Senator Ruiz saying, \"We will not back down.\"", "Senator Ruiz")]
    [InlineData("The senator said the string of closures demands that the state act \"without delay.\"", "The senator")]
    [InlineData("Okafor says it underscores that the plan is \"simply unworkable.\"", "Okafor")]
    [InlineData("Mayor Ana Okafor spoke for an hour before asking, \"Where do we go from here?\"", "Mayor Ana Okafor")]
    [InlineData("Ms. Moore called Mr. Obama's remarks on Saturday \"a true wake-up call\" to his supporters.", "Ms. Moore")]
    [InlineData("Stated Okafor:\n\n\"The stakes are so high that they would do anything.\"", "Okafor")]
    [InlineData("\"I hope you are able to find the emails that are missing.\" Okafor said.", "Okafor")]
    [InlineData("In three separate interviews, the justice sounded off on the candidate, saying she did not \"want to contemplate\" it.", "the justice")]
    [InlineData("But a recent review of the emails seems to show that a reporter \"coordinated\" with the staff.", "a recent review")]
    [InlineData("On Tuesday's show, the former secretary of state and current Democratic nominee said she wanted to speak \"directly to white people.\"", "the former secretary of state and current Democratic nominee")]
    public void The_source_is_found_past_what_stands_around_it(string text, string source) =>
        Assert.Equal(source, Single(text).Source);

    [Fact]
    public void A_quotation_standing_alone_is_signed_by_a_dash_and_a_name_on_the_next_line()
    {
        var signed = Single("Title\n\n“Boeing and GE and other multinationals pay zero taxes.”\n\n- Bernie Sanders.\n\nThis is a complex issue.");
        Assert.Equal("Bernie Sanders", signed.Source);
        // a dash opening the next paragraph's prose signs nothing
        var prose = QuotesIn("Title\n\n“Boeing and GE and other multinationals pay zero taxes.”\n\n- Sanders said it at every rally that winter.");
        Assert.Null(prose.First(q => q.Text.StartsWith('“')).Source);
    }

    [Fact]
    public void A_cue_opening_the_sentence_has_its_speaker_after_it()
    {
        Assert.Equal("Ellis", Single("Said Ellis: “I don’t get the sense she’s the least bit interested in tax reform.”").Source);
        // a clause on who the speaker is may stand between the name and the quotation
        Assert.Equal("Dorothy Poynter", Single("Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”").Source);
        // a verb opening a list item is no cue with a speaker after it
        Assert.DoesNotContain(QuotesIn("Calls men derogatory names, like \"pigs,\" and operates male beauty pageants."), q => q.Source == "men derogatory names");
    }

    [Fact]
    public void A_quotation_without_a_cue_after_a_sentence_ending_with_its_speaker_is_that_speaker_s()
    {
        var quotes = QuotesIn("The administration may be reluctant to act while talks go on, Schiff said. \"The other factor the administration may be considering is whether it looks weak.\"");
        Assert.Equal("Schiff", Assert.Single(quotes, q => q.Kind == Vigil.Documents.QuoteKind.Direct).Source);
    }

    [Fact]
    public void A_cue_word_followed_by_a_participle_is_a_noun()
    {
        var quotes = QuotesIn("Hillary Clinton says Donald Trump's flurry of late-night tweets targeting a former Miss Universe was \"unhinged, even for him.\"");
        Assert.DoesNotContain(quotes, q => q.Cue == "tweets");
        Assert.Contains(quotes, q => q.Source == "Hillary Clinton");
    }

    [Fact]
    public void A_conjunction_after_a_quotation_is_no_speaker()
    {
        var quotes = QuotesIn("In April, Trump called Ford's plans \"an absolute disgrace,\" and threatened to impose a tax.");
        Assert.DoesNotContain(quotes, q => q.Source == "and");
        Assert.Contains(quotes, q => q.Text.Contains("absolute disgrace", StringComparison.Ordinal) && q.Source == "Trump");
    }

    [Fact]
    public void A_described_speaker_is_named_by_the_description()
    {
        var found = Single("“The Taliban is a reality outside Kabul Airport,” said an Indian official who operated several evacuation flights.");
        Assert.Equal("an Indian official", found.Speaker);
    }

    [Fact]
    public void A_pronoun_resolves_to_the_person_named_before_it()
    {
        var quotes = QuotesIn("General Kenneth MacKenzie spoke to reporters on Monday. He admitted that the airport was exposed.");
        var found = Assert.Single(quotes);
        Assert.Equal("He", found.Source);
        Assert.Equal("Kenneth MacKenzie", found.Speaker);
    }

    [Fact]
    public void A_surname_resolves_to_the_full_name_seen_earlier()
    {
        var quotes = QuotesIn("Zalmay Khalilzad, the envoy, was silent for days.\n\n“The statement is positive,” Khalilzad wrote.");
        Assert.Equal("Zalmay Khalilzad", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_bare_quotation_paragraph_continues_the_previous_speaker()
    {
        var quotes = QuotesIn("“No promises were made to the Taliban,” Secretary of State Antony Blinken said on Sunday.\n\n“We have made it clear to everyone what we expect of them.”");
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("Antony Blinken", q.Speaker));
    }

    [Fact]
    public void A_second_quotation_after_the_attribution_joins_the_first()
    {
        var found = Single("“The Taliban is a reality,” said Ana Ruiz. “Everyone has to cooperate with them.”");
        Assert.Equal("“The Taliban is a reality,” said Ana Ruiz. “Everyone has to cooperate with them.”", found.Text);
        Assert.Equal("Ana Ruiz", found.Speaker);
    }

    [Fact]
    public void A_participle_shares_the_subject_of_its_clause()
    {
        var quotes = QuotesIn("Jen Psaki defended the talks, saying that militants “are not a group we trust” but insisted that “coordination must be carried out.”");
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("Jen Psaki", q.Speaker));
    }

    [Fact]
    public void A_role_noun_resolves_to_the_person_holding_the_title()
    {
        var quotes = QuotesIn("Secretary of State Antony Blinken arrived in Doha on Monday.\n\nThe secretary said the talks would continue.");
        Assert.Equal("Antony Blinken", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_title_in_lower_case_is_a_role_not_an_organisation()
    {
        // the tagger reads "crown prince" as an organisation
        var document = Analyze("Saudi Crown Prince Mohammed bin Salman said the kingdom would invest $100 billion. The crown prince added that talks with Israel were progressing.");
        Assert.All(document.Quotes, q => Assert.Equal("Mohammed bin Salman", q.SpeakerName));
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Org);
    }

    [Fact]
    public void The_speaker_name_is_never_a_pronoun()
    {
        var found = Single("He said the talks would continue.");
        Assert.Null(found.Speaker);
        Assert.Equal("He", found.Source);
    }

    [Fact]
    public void Every_named_speaker_is_an_entity_with_the_pronoun_as_reference()
    {
        var document = Analyze("Maria Lopez arrived late. She said the talks would continue.");
        var quote = Assert.Single(document.Quotes);
        var speaker = Assert.Single(document.Entities, e => e.Id == quote.SpeakerId);
        Assert.Equal("Maria Lopez", speaker.Name);
        Assert.Contains(speaker.References, r => document[r] == "She");
    }

    [Fact]
    public void The_noun_before_a_preposition_names_the_speaker()
    {
        var found = Single("“Why did he not pay his taxes?” a narrator in the Clinton ad asks.");
        Assert.Equal("a narrator in the Clinton ad", found.Source);
        Assert.Equal("a narrator in the Clinton ad", found.Speaker);
    }

    [Theory]
    [InlineData("The Republican senator voted no. Republicans said the bill would raise taxes.", "Republicans")]
    [InlineData("Republicans met on Monday. They said the bill would raise taxes.", "Republicans")]
    [InlineData("The Republican senator voted no. One Republican said the bill would raise taxes.", "Republican")]
    public void A_party_speaking_as_a_group_is_named_as_the_article_names_the_group(string text, string speaker)
        => Assert.Equal(speaker, Assert.Single(Analyze(text).Quotes).SpeakerName);

    [Fact]
    public void A_people_is_never_it()
    {
        var document = Analyze("Millions of Americans watched the debate. It said the plan would cut costs.");
        var quote = Assert.Single(document.Quotes);
        Assert.Null(quote.SpeakerName);
    }

    [Theory]
    [InlineData("Hillary Clinton spoke in Ohio. The Clinton campaign said the poll was wrong.", "The Clinton campaign")]
    [InlineData("Bernie Sanders spoke in Ohio. Sanders advisers said the poll was wrong.", "Sanders advisers")]
    [InlineData("Donald Trump spoke in Ohio. Trump’s campaign manager said the poll was wrong.", "Trump’s campaign manager")]
    public void A_name_that_only_qualifies_the_speaker_s_noun_does_not_speak(string text, string speaker)
    {
        var quote = Assert.Single(Analyze(text).Quotes);
        Assert.Equal(speaker, quote.SpeakerName);
        Assert.Null(quote.SpeakerId);
    }

    [Fact]
    public void A_person_coordinated_with_those_who_serve_them_speaks_among_them()
    {
        var quote = Assert.Single(Analyze("Donald Trump spoke in Ohio. Trump and his attorneys said the suit was baseless.").Quotes);
        Assert.Equal("Donald Trump", quote.SpeakerName);
    }

    [Theory]
    [InlineData("“We will leave the union,” Prime Minister Theresa May said.", "Theresa May")]
    [InlineData("Theresa May said the country would leave the union.", "Theresa May")]
    [InlineData("“It is a pretty expensive business model,” said Will Doyle, a professor at Vanderbilt University.", "Will Doyle")]
    [InlineData("Will Smith said the film was fun to make.", "Will Smith")]
    public void A_name_that_is_also_a_function_word_is_read_as_the_name(string text, string speaker)
        => Assert.Equal(speaker, Assert.Single(Analyze(text).Quotes).SpeakerName);

    [Theory]
    [InlineData("Clinton raised the most of any candidate, according to the Center for Responsive Politics.", "Center for Responsive Politics")]
    [InlineData("Nearly a third of workers have no plan, according to the Bureau of Labor Statistics.", "Bureau of Labor Statistics")]
    public void An_organisation_named_with_a_preposition_speaks_by_its_whole_name(string text, string speaker)
        => Assert.Equal(speaker, Assert.Single(Analyze(text).Quotes).SpeakerName);

    [Theory]
    [InlineData("Phil Kerpen needled the CNN “reporter,” saying, “A reporter who tweets on request!”", "Phil Kerpen")]
    [InlineData("Senator Ana Ruiz issued a statement saying the plan “has absolutely no place in our democracy.”", "Ana Ruiz")]
    [InlineData("Senator Ana Ruiz posted a message on Twitter reading “Thank you, Georgia” moments after the polls closed.", "Ana Ruiz")]
    [InlineData("Barack Obama spoke in the East Room. Obama punctuated his list by saying “Too many.”", "Barack Obama")]
    [InlineData("Republican presidential candidate Donald Trump quickly took to Twitter, writing: “Another horrific attack.”", "Donald Trump")]
    [InlineData("When Robby Mook, the campaign manager, was asked about a press conference at a luncheon, he laughed and said, “We’ll see.”", "Robby Mook")]
    [InlineData("Sheldon Adelson praised him. Hours later, Donald Trump returned the compliment, telling Reuters, “Sheldon and I have been friends.”", "Donald Trump")]
    [InlineData("For months, Barack Obama has stayed on the sidelines, arguing that he did not want to tip the scales.", "Barack Obama")]
    [InlineData("WASHINGTON — Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed the attack, saying it was not racist.", "Chuck Grassley")]
    [InlineData("ORLANDO, Fla. (AP) — President Barack Obama visited the city on Thursday, saying the country must act.", "Barack Obama")]
    [InlineData("Facing criticism from his own party, Mr. Donald Trump stood firm, insisting that the father had no right to criticize him.", "Donald Trump")]
    [InlineData("Recently, Tom Emanuel of Laconia, N.H., stood at a campaign event here to say he was leaning toward Mr. Bush.", "Tom Emanuel")]
    [InlineData("Back in 1999, Donald Trump expressed admiration for his skills, telling CNBC: “He was a great salesman.”", "Donald Trump")]
    [InlineData("Speaking at a town hall event in Salem, New Hampshire, Donald Trump went after Bush, calling him “a total stiff.”", "Donald Trump")]
    [InlineData("Washington (AFP) – Democrat Hillary Clinton has taken a swipe at her rival, saying that he was wrong.", "Hillary Clinton")]
    [InlineData("Hillary Clinton trailed. After winning only narrowly in Iowa, Clinton, the once-presumptive nominee, was bracing for defeat and hoping to keep the damage small.", "Hillary Clinton")]
    public void A_cue_that_shares_the_main_subject_finds_it(string text, string speaker)
        => Assert.Equal(speaker, Analyze(text).Quotes.Last().SpeakerName);

    [Fact]
    public void A_participle_after_a_quotation_closed_by_its_comma_reports_for_the_same_source()
    {
        var found = QuotesIn("In a statement, the company said: \"Output fell sharply last year,\" adding that prices would recover.");
        Assert.Equal(["\"Output fell sharply last year,\"", "prices would recover"], found.Select(f => f.Text));
        Assert.All(found, f => Assert.Equal("the company", f.Source));
    }

    [Fact]
    public void A_participle_cue_shares_the_subject_after_several_fronted_adjuncts()
    {
        var quotes = Analyze("Elizabeth Warren spoke in Ohio.\n\nOn Thursday, after remaining neutral throughout the primary, Warren endorsed Clinton, saying, “I think having a fighter in the lead is good.”").Quotes;
        Assert.Equal("Elizabeth Warren", quotes.Last().SpeakerName);
    }

    [Theory]
    [InlineData("WASHINGTON, Dec. 8 (UPI) — Hillary Clinton's right-hand woman rallied supporters, saying: “We have to be ready to stop him.”", "Hillary Clinton's right-hand woman")]
    [InlineData("Bill Clinton's wife spoke on Monday, saying that the plan would fail.", "Bill Clinton's wife")]
    [InlineData("Hillary Clinton spoke. Essentially, Clinton's lawyers looked through the e-mails and found that one person had a state.gov address.", "Clinton's lawyers")]
    public void A_person_someone_has_speaks_not_the_possessor(string text, string speaker)
        => Assert.Equal(speaker, Analyze(text).Quotes.Last().SpeakerName);

    [Fact]
    public void Went_on_after_a_quotation_attributes_it_but_went_on_friday_does_not()
    {
        var found = QuotesIn("Kelly responded with a smile.\n\n“You know, it happens, right?” Trump went on, as if he didn't hear her.\n\n“Ohio matters.” He went on Friday to Ohio.");
        Assert.Contains(found, f => f.Source == "Trump" && f.Text.StartsWith("“You know", StringComparison.Ordinal));
        Assert.DoesNotContain(found, f => f.Text.StartsWith("“Ohio", StringComparison.Ordinal) && f.Source is not null);
    }

    [Fact]
    public void A_bare_quotation_after_a_sentence_about_the_speaker_carries_on_the_speakers_quote()
    {
        var quotes = Analyze("\"We've had problems with cyber intrusions in the past,\" Barack Obama said after the meeting. He didn't suggest retaliation. \"Our goal is to start instituting some norms.\"\n\nThe talks ended.").Quotes;
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("Barack Obama", q.SpeakerName));
    }

    [Fact]
    public void A_participle_cue_shares_the_subject_after_a_fronted_participle_phrase()
    {
        var found = Single("Chastened by the analyses, as well as complaints over the costs, Trump revised his plan, promising to focus its benefits on average Americans.");
        Assert.Equal("Trump", found.Source);
        Assert.Equal("to focus its benefits on average Americans", found.Text);
    }

    [Theory]
    [InlineData("Through a spokesman, he declined to comment.")]
    [InlineData("In April, Trump called the plans a disgrace, and threatened to impose a tax on the cars.")]
    public void A_fronted_adjunct_is_not_what_a_later_cue_reports(string text)
        => Assert.DoesNotContain(QuotesIn(text), f => f.Text.StartsWith("Through", StringComparison.Ordinal) || f.Text.StartsWith("In April", StringComparison.Ordinal));

    [Theory]
    [InlineData("It came at the debate, when Clinton cited derogatory comments Trump had made about her weight.")]
    [InlineData("Democrats do not have enough votes to clear the 60-vote threshold.")]
    public void A_word_that_cannot_be_anyone_before_a_noun_read_as_a_cue_reports_nothing(string text)
        => Assert.DoesNotContain(QuotesIn(text), f => f.Source is "derogatory" or "enough");

    [Theory]
    [InlineData("Wells Fargo just this month announced it would get rid of the incentives.", "Wells Fargo")]
    [InlineData("Rep. Brad Sherman (D-Calif.) last month joked that God did not want her to raise rates.", "Rep. Brad Sherman")]
    [InlineData("Fiorina a month later announced that 6,000 jobs would go.", "Fiorina")]
    public void A_time_phrase_between_the_subject_and_the_cue_is_no_speaker(string text, string source)
        => Assert.Contains(QuotesIn(text), f => f.Source == source);

    [Fact]
    public void A_phrase_opens_at_its_article_not_at_the_word_before_it()
    {
        var found = Single("He urged retaliation for interference in the election -- meddling the California congressman said is designed to \"sow discord\" in politics.");
        Assert.Equal("the California congressman", found.Source);
    }

    [Theory]
    [InlineData("Walt Pickering, a 55-year-old salesman from Sumter, South Carolina, says the senator will leave with momentum.", "Walt Pickering")]
    [InlineData("Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, said the test was a provocation.", "Jean-Marc Ayrault")]
    [InlineData("Michael Mulgrew, president of the United Federation of Teachers, which represents New York City educators, said he hopes the rally works.", "Michael Mulgrew")]
    [InlineData("Eddie Griffin, who at the time was a Fort Worth member of the AfroSpear, a group of black bloggers, said that the word was apt.", "Eddie Griffin")]
    public void A_name_before_descriptions_in_apposition_is_the_speaker(string text, string speaker)
        => Assert.Equal(speaker, Single(text).Source);

    [Theory]
    [InlineData("In addition to Mr. Regalado, two Republican members of Congress from Florida, Ileana Ros-Lehtinen and Carlos Curbelo, have said they will not back him.")]
    [InlineData("Over lunch in 2005, Mr. Effron, then at UBS, and Mr. Pruzan, at Dresdner Kleinwort Wasserstein, decided to found a bank.")]
    public void A_name_governed_by_a_preposition_or_before_a_conjunction_is_no_appositions_owner(string text)
        => Assert.DoesNotContain(QuotesIn(text), f => f.Source is "Mr. Regalado" or "UBS" or "then at UBS");

    [Theory]
    [InlineData("Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, said the event brought back memories.", "Donna Sampson Rawlings")]
    [InlineData("Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam for the nation.", "Johnnie Wilson")]
    [InlineData("Marley Anderson, 21, a junior from Las Vegas, said she turned out to support the senator.", "Marley Anderson")]
    [InlineData("After winning Ohio, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”", "John Kasich")]
    [InlineData("Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he had not read the plan.", "Jack Reed")]
    [InlineData("Paul Porter, a truck driver from Ava, Mo., who is a member of the Teamsters union, said he already received overtime.", "Paul Porter")]
    [InlineData("Sandra Inman, a retiree in Tupelo, Miss., said she could not support him.", "Sandra Inman")]
    [InlineData("Stacy Baker of Columbia, South Carolina says she really thinks Cruz can win.", "Stacy Baker")]
    [InlineData("“I don't think she's been truthful,” Cecelia Purner, 67, a retired customer service representative in Allentown, Pa., said in a follow-up interview.", "Cecelia Purner")]
    [InlineData("Rep. Chris Collins, R-N.Y., noted in a guest column that anger over the political climate is fueling his rise.", "Chris Collins")]
    public void An_age_a_residence_or_a_party_and_state_between_the_name_and_the_cue_are_asides(string text, string speaker)
    {
        var found = Single(text);
        Assert.Equal(speaker, found.Speaker);
        Assert.DoesNotContain(speaker, found.Text);
    }

    [Theory]
    [InlineData("Maria Lopez arrived late. She doesn’t believe the plan will work.", "Maria Lopez", "She")]
    [InlineData("Maria Lopez arrived late. She didn't say the plan would work.", "Maria Lopez", "She")]
    [InlineData("I don't think the plan will work.", null, "I")]
    public void A_negated_auxiliary_stands_between_the_speaker_and_the_cue(string text, string? speaker, string source)
    {
        var found = Single(text);
        Assert.Equal(source, found.Source);
        Assert.Equal(speaker, found.Speaker);
    }

    [Theory]
    [InlineData("Carter however said he would welcome China’s participation in a “principled security network” for Asia.", "Carter")]
    [InlineData("Sanders meanwhile said the plan was “a fraud.”", "Sanders")]
    public void A_connective_adverb_stands_between_the_speaker_and_the_cue(string text, string speaker)
        => Assert.Equal(speaker, Single(text).Speaker);

    [Fact]
    public void A_connective_adverb_set_off_by_commas_stands_between_a_described_speaker_and_the_cue()
    {
        Assert.Equal("The two lawmakers", Single("The two lawmakers, however, argue that “there is precedent for prosecution.”").Source);
        // the tail of a list is no subject
        Assert.DoesNotContain(QuotesIn("A look at his two airplanes - the 757 and a smaller jet - and three helicopters, however, suggests that their value rests in marketing."),
            q => q.Source is not null && q.Source.StartsWith("and", StringComparison.Ordinal));
    }

    [Fact]
    public void An_age_used_as_a_noun_is_a_speaker()
        => Assert.Equal("the 43-year-old", Single("“What if Donald Trump had elocution lessons?” the 43-year-old asked in the video’s description.").Source);

    [Fact]
    public void A_show_s_title_in_quotation_marks_is_part_of_the_adjunct_before_that()
    {
        var found = Single("Sanders said on ABC's \"This Week With George Stephanopoulos\" that he would \"take a look\" at such legislation.");
        Assert.Equal("Sanders", found.Speaker);
        Assert.StartsWith("he would", found.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cue_word_used_as_a_noun_inside_the_speaker_s_apposition_is_not_the_cue()
        => Assert.Equal("Thomas Hanify", Single("“They feel he's the one guy,” Thomas Hanify, the president of the Indiana state firefighters union, said of his rank and file.").Speaker);

    [Fact]
    public void A_title_and_name_after_a_fronted_clause_are_the_main_subject()
        => Assert.Equal("Sherry", Single("When asked whom she supported, Ms. Sherry smiled and said, “I'm waiting for Michael Bloomberg to get in the race.”").Speaker);

    [Fact]
    public void A_quotation_named_by_the_cue_before_it_is_not_given_to_a_subject_after_it()
    {
        var quotes = QuotesIn("In 2009, under what Mr. Hedge called “the prior economy model,” the Marsh Landing Country Club, a private course in Ponte Vedra Beach, Fla., charged a $100,000 initiation fee.");
        Assert.DoesNotContain(quotes, q => q.Source is not null && q.Source.Contains("Marsh Landing", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Text.Contains("prior economy model", StringComparison.Ordinal) && q.Speaker == "Hedge");
    }

    [Fact]
    public void A_group_pronoun_goes_to_the_group_that_was_a_subject_before_it()
    {
        var found = Single("The Department of Education has misled the public about fraud at Navient Corp. It said the claims were reviewed.");
        Assert.Equal("It", found.Source);
        Assert.Equal("Education Department", found.Speaker);   // the registry's name for it
    }

    [Fact]
    public void A_pronoun_no_one_was_found_for_goes_to_no_one_of_the_other_gender()
    {
        // the reference stage looks four sentences back; past them the speaker stage takes the nearest person
        var document = Analyze("Megyn Kelly spent the week in Iowa. The weather was cold. The roads were icy. The hotels were full. "
                               + "Crowds waited for hours. The crowd later cheered Donald Trump. “You don’t want to be the story,” she said.");
        Assert.Equal("Megyn Kelly", Assert.Single(document.Quotes).SpeakerName);
    }
}

using Vigil.Documents;

namespace Vigil.Extraction.Tests.References;

public sealed class ReferenceResolverTests
{
    private static readonly Pipeline.AnalysisPipeline Pipeline = VigilPipeline.CreateDefault();

    private static Document Analyze(string text) => Pipeline.Process(new Document(text, new ArticleMetadata("test")));

    private static string[] ReferencesOf(Document document, string name) =>
        [.. document.Entities.Single(e => e.Name == name).References.Select(r => document[r])];

    [Fact]
    public void A_pronoun_refers_to_the_subject_before_it_rather_than_the_nearest_name()
    {
        var document = Analyze("Mayor Maria Lopez met Senator Omar Haidari in Doha on Monday. She said the talks would resume.");
        Assert.Equal(["She"], ReferencesOf(document, "Maria Lopez"));
        Assert.Equal("Maria Lopez", Assert.Single(document.Quotes).SpeakerName);
    }

    [Fact]
    public void A_person_named_in_a_title_between_quotation_marks_is_still_the_one_a_pronoun_means()
    {
        var document = Analyze("Omar Haidari praised the film. Mario Bellini, who hosts the radio show “Mornings with Mario Bellini,” disagreed on Monday. " +
                               "He said the plot made no sense.");
        Assert.Equal(["He"], ReferencesOf(document, "Mario Bellini"));
    }

    [Theory]
    [InlineData("Paul Ortega spoke first. He was brief. Ortega's plan may be \"strategic,\" said Omar Haidari, a professor at Syracuse. \"It speaks to the base,\" he said.", "Omar Haidari")]
    [InlineData("Paul Ortega spoke first. Asked about fraud, Omar Haidari, Ortega's spokesman, said the count was sabotaged. \"It was rigged,\" he said.", "Omar Haidari")]
    public void The_owner_of_a_subject_is_not_the_subject_a_pronoun_takes_up(string text, string speaker)
    {
        var document = Analyze(text);
        Assert.Equal(speaker, document.Quotes.Last().SpeakerName);
    }

    [Fact]
    public void A_name_after_the_verb_near_the_start_is_the_object_not_the_subject()
    {
        var document = Analyze("Jeb Bush spoke on Monday. Donald Trump replied that he would win.\n\nBush went after Trump at the debate, when he called the businessman “unhinged.”");
        Assert.Equal(["he"], ReferencesOf(document, "Jeb Bush"));
    }

    [Fact]
    public void A_title_gives_the_gender_that_rules_a_person_out()
    {
        var document = Analyze("Mrs. Clara Benz spoke after Mr. Paul Ortega. He said the budget was too small.");
        Assert.Equal(["He"], ReferencesOf(document, "Paul Ortega"));
        Assert.Empty(ReferencesOf(document, "Clara Benz"));
    }

    [Fact]
    public void A_given_name_alone_gives_the_gender_that_rules_a_person_out()
    {
        var document = Analyze("Melanie watched the speech at home. Kevin switched off the television. “It’s finished,” she said.");
        Assert.Equal(["she"], ReferencesOf(document, "Melanie"));
        Assert.Equal("Melanie", Assert.Single(document.Quotes).SpeakerName);
    }

    [Theory]
    [InlineData("Tim Scott", 'm')]
    [InlineData("George Clooney", 'm')]
    [InlineData("Bill Clinton", 'm')]
    [InlineData("Carly Fiorina", 'f')]
    public void A_common_given_name_tells_the_gender(string name, char gender) =>
        Assert.Equal(gender, Vigil.Extraction.References.GivenNames.GenderOf(name));

    [Theory]
    [InlineData("Lindsey Graham")]   // given to girls mostly, and a man's name in politics
    [InlineData("Chris Christie")]
    [InlineData("Lu Kang")]          // a Chinese family name first
    [InlineData("Andrea Orlando")]   // a man's name in Italy
    public void A_name_given_to_both_sexes_or_written_family_name_first_tells_nothing(string name) =>
        Assert.Null(Vigil.Extraction.References.GivenNames.GenderOf(name));

    // The person a "he" or "she" speaker means:
    [Theory]
    // a family name written first is no given name of the other gender
    [InlineData("Shane Shook said he saw no evidence. Speaking in Beijing, Chinese Foreign Ministry spokesman Lu Kang repeated that China opposed hacking.\n\nPeople should provide evidence for their accusations, he told reporters.", "Lu Kang")]
    // a name after a long title opening its sentence is its subject
    [InlineData("Hillary Clinton spoke in Ohio. And Clinton campaign Chairman John Podesta — Bill Clinton’s former chief of staff — offered a slogan when I asked him about it.\n\n“She will fight for the American people,” he said.", "John Podesta")]
    // the speaker after an inverted cue is the subject, not the name his clause reports
    [InlineData("Donald Trump spoke for an hour. He said he would win.\n\n“We show anger, we show emotion,” said Chris Harvey, who acknowledged Trump was his fourth choice.\n\n“We’re alive,” he said.", "Chris Harvey")]
    // a name qualifying a role before another name is not the subject
    [InlineData("Barack Obama won Iowa that night. He said it was the moment.\n\nObama consultant Cornell Belcher, a pollster, picked up the thread.\n\n“African-Americans are beginning to see it,” he said.", "Cornell Belcher")]
    // a name inside a fronted clause is not the sentence's subject
    [InlineData("Hillary Clinton joined Rachel Maddow on Monday.\n\nWhen Maddow pointed out that Sanders calls his plan \"Medicare for all,\" Clinton seized upon the reference, repeating her campaign's line.\n\n\"Medicare for all is not the same if you're turning it over to the states,\" she said.", "Hillary Clinton")]
    // a person's best mention counts, not only the latest ("his")
    [InlineData("George W. Bush left office in 2009. He was unpopular.\n\n\"Why would you cozy up to George W. Bush?\" Allan Lichtman said about McCain's effort to downplay his connections with Bush. He added that in the end it did not work.", "Allan Lichtman")]
    // one named last inside a quotation is spoken of, not speaking
    [InlineData("Jeff Weaver said the campaign was strong.\n\nBernie Sanders thanked voters in Iowa.\n\n\"I think in Iowa Senator Sanders proved that we could,\" he said.", "Jeff Weaver")]
    // a name in a phrase that qualifies the subject is not the subject
    [InlineData("Hillary Clinton leads the race. She campaigned in Ohio.\n\nThe race between Clinton and Sanders will take time to cool off, Madeleine Kunin said in an interview.\n\n\"His normal demeanor is grumpy,\" she said.", "Madeleine Kunin")]
    // a name after a comma before a verb in the past is a subject
    [InlineData("As Mark Smith watched the crowds, a cathedral and the cafes, Berhanu Nega defended his decision.\n\n“Do we really have to discuss it?” he asked me.", "Berhanu Nega")]
    // "according to" names the source a later pronoun means
    [InlineData("Barack Obama spoke on Monday. He defended his record.\n\nAccording to Norman Ham, the administration has shuffled leaders because many disagreed with Obama's policies.\n\n“We are on our fourth secretary of defense,” he said.", "Norman Ham")]
    public void A_pronoun_speaker_is_the_person_the_sentences_before_are_about(string text, string speaker) =>
        Assert.Equal(speaker, Analyze(text).Quotes.Last().SpeakerName);

    [Fact]
    public void A_public_figures_role_as_a_subject_is_the_subject_of_the_sentence_before_it()
    {
        const string story = "Donald Trump spoke in Ohio on Monday. Trump praised the crowd, and Trump left early.\n\n"
                             + "Mike Pence says too much is made of Trump's tweets.\n\nThe Indiana governor said the media were to blame.";
        Assert.Equal("Mike Pence", Analyze(story).Quotes.Last().SpeakerName);
        // unless the role's gender rules the subject out
        const string other = "Donald Trump spoke in Ohio on Monday. Trump praised the crowd, and Trump left early.\n\n"
                             + "Hillary Clinton says too much is made of Trump's tweets.\n\nThe New York businessman said the media were to blame.";
        Assert.NotEqual("Hillary Clinton", Analyze(other).Quotes.Last().SpeakerName);
    }

    [Fact]
    public void The_subject_of_a_fronted_clause_is_the_one_its_sentence_goes_on_about()
    {
        var document = Analyze("Marco Rubio spoke first. He attacked the front-runner.\n\nThough Ted Cruz did not mention Marco Rubio by name, he made it clear that rivals should drop out.");
        Assert.Equal(["he"], ReferencesOf(document, "Ted Cruz"));
    }

    [Fact]
    public void Her_before_a_noun_is_a_possessive_that_may_mean_the_subject()
    {
        var document = Analyze("Carly Fiorina mocked the speech.\n\nOn Thursday evening Hillary Clinton delivered her acceptance speech in Philadelphia.");
        Assert.Contains("her", ReferencesOf(document, "Hillary Clinton"));
    }

    [Fact]
    public void A_chain_of_pronouns_stays_with_the_person_it_started_with()
    {
        var document = Analyze("Senator Ana Ruiz answered questions for an hour.\n\nShe said the plan was sound.\n\nShe added that Mr. Tom Weller had read it.\n\nShe then left.");
        Assert.Equal(["She", "She", "She"], ReferencesOf(document, "Ana Ruiz"));
    }

    [Fact]
    public void A_role_noun_refers_to_the_person_with_that_title()
    {
        var document = Analyze("Secretary of State Antony Blinken landed in Doha. The secretary met the emir.");
        Assert.Equal(["The secretary"], ReferencesOf(document, "Antony Blinken"));
        // a judge may be titled a justice
        var court = Analyze("Manhattan Supreme Court Justice Frank Morrow rejected the request. The judge agreed with the defence.");
        Assert.Equal(["The judge"], ReferencesOf(court, "Frank Morrow"));
    }

    [Theory]
    [InlineData("Greg Norman shot a 69 on Saturday to share the lead. “I hit the ball well,” the Australian said.", "the Australian")]
    [InlineData("Greg Norman shot a 69 on Saturday to share the lead. The Australian, who won here in 1990, was pleased.", "The Australian")]
    [InlineData("Donald Trump spoke in Denver on Friday. “I was curious to see it,” the Republican nominee said.", "the Republican nominee")]
    [InlineData("Donald Trump spoke in Denver on Friday. The Republican also promised to cut taxes.", "The Republican")]
    public void A_nationality_or_a_party_as_the_subject_refers_to_the_person_the_story_is_about(string text, string description)
    {
        var document = Analyze(text);
        var person = document.Entities.First(e => e.Type == EntityType.Person);
        Assert.Contains(description, person.References.Select(r => document[r]));
        if (document.Quotes.Length > 0) Assert.Equal(person.Name, document.Quotes[0].SpeakerName);
    }

    [Theory]
    [InlineData("Donald Trump met Mexican officials. The Mexican president, Enrique Pena Nieto, spoke first.")]
    [InlineData("Donald Trump met Mexican officials. He later heard a lecture from the Mexican president.")]
    [InlineData("Donald Trump spoke in Denver on Friday. The British said they were not surprised.")]
    [InlineData("Hillary Clinton spoke in Denver on Friday. Sanders said he would back her if Clinton is the Democratic nominee.")]
    public void A_nationality_or_a_party_elsewhere_names_no_one_of_the_story(string text)
    {
        var document = Analyze(text);
        var first = document.Entities.First(e => e.Type == EntityType.Person);
        Assert.DoesNotContain(first.References, r => document[r].StartsWith("the ", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Ted Cruz spoke in Iowa on Monday. Cruz said he would not back the deal. \"This is not politics,\" the senator said.", "the senator")]
    [InlineData("Ben Carson spoke in Iowa on Monday. Carson says he is under attack. The former presidential candidate added that the polls were wrong.", "The former presidential candidate")]
    public void A_public_figure_s_role_as_the_subject_refers_to_the_person_the_story_is_about(string text, string description)
    {
        var document = Analyze(text);
        var person = document.Entities.First(e => e.Type == EntityType.Person);
        Assert.Contains(description, person.References.Select(r => document[r]));
    }

    [Theory]
    // a spokesman, an official: someone new and unnamed
    [InlineData("Ted Cruz spoke in Iowa on Monday. Cruz said he would not back the deal. The spokesman said the senator would vote no.")]
    // the one named last and the one named most differ, and the one named last was no subject: the description is left as it is
    [InlineData("Ted Cruz spoke in Iowa on Monday. Cruz said he would not back the deal. Cruz left early. Reporters waited for Rubio. The senator said it was over.")]
    public void A_role_that_may_name_someone_else_refers_to_no_one(string text)
    {
        var document = Analyze(text);
        Assert.DoesNotContain(document.Entities.SelectMany(e => e.References), r => document[r].StartsWith("The ", StringComparison.Ordinal));
    }

    [Fact]
    public void Pronouns_inside_quotations_are_left_alone()
    {
        var document = Analyze("Maria Lopez spoke first. “He will never agree,” she said.");
        Assert.Equal(["she"], ReferencesOf(document, "Maria Lopez"));
    }

    [Fact]
    public void An_object_pronoun_is_not_the_subject_of_its_own_clause()
    {
        var document = Analyze("Governor Paul Ortega thanked Senator Omar Haidari. Later Ortega praised him.");
        Assert.Equal(["him"], ReferencesOf(document, "Omar Haidari"));
    }

    [Fact]
    public void A_given_name_tells_he_from_she()
    {
        var document = Analyze("Senator Cheryl Mills met Governor Omar Haidari on Monday. He said the talks would resume.");
        Assert.Equal(["He"], ReferencesOf(document, "Omar Haidari"));
    }

    [Fact]
    public void An_aside_is_not_the_subject()
    {
        var document = Analyze("Governor Paul Ortega, like Senator Omar Haidari, has said he will hold firm.");
        Assert.Equal(["he"], ReferencesOf(document, "Paul Ortega"));
    }

    // A name that only qualifies the next person's ("Lopez spokeswoman Jennifer Adams") or opens what
    // another's cue reports ("Tyra Banks said Lopez doesn't …") is not the one a pronoun after it means.
    [Theory]
    [InlineData("Maria Lopez spoke in Ohio on Friday. She said the plan would create jobs.\n\nLopez campaign spokeswoman Jennifer Adams said the rival had no record. \"You could dismiss it as noise,\" she said.", "Jennifer Adams")]
    [InlineData("Maria Lopez spoke in Ohio on Friday. She said the plan would create jobs.\n\nTyresha Banks said Lopez doesn't show consistency on the issue. \"It's not something that comes up,\" she said.", "Tyresha Banks")]
    [InlineData("Ben Carson spoke to \"The View\" on Monday.\n\nThe Ted Cruz campaign on Monday night picked up on a tweet that said Carson was dropping out.\n\n\"Is this what we accept now?\" he told the show.", "Ben Carson")]
    [InlineData("Bernie Sanders lost New York.\n\nAfter the results were in, Sanders's campaign manager, Jeff Weaver, appeared on MSNBC. He said the campaign could still close the gap.", "Jeff Weaver")]
    [InlineData("Sajid Tarar is a Muslim who backs Donald Trump.\n\nTarar said selling Trump to other Muslims has been a challenge.\n\n\"People looked at me like I am a traitor,\" he said.", "Sajid Tarar")]
    public void A_name_qualifying_another_or_reported_by_another_is_not_the_subject(string text, string speaker)
    {
        var document = Analyze(text);
        Assert.Equal(speaker, document.Quotes.Last().SpeakerName);
    }

    [Fact]
    public void A_pronoun_and_its_contracted_verb_are_no_person()
    {
        var document = Analyze("If, as I've suggested, he and other developers benefit from the rules, he has proposed nothing.");
        Assert.DoesNotContain(document.Entities, e => e.Name.Contains("I've", StringComparison.Ordinal));
    }

    [Fact]
    public void An_honorific_before_any_mention_gives_the_gender()
    {
        // the president's title says nothing of his gender; "Mr." later does
        var document = Analyze("Governor Kalu met President Nwosu on Monday. Mr. Nwosu spoke first. She said the talks would resume.");
        Assert.Equal(["She"], ReferencesOf(document, "Kalu"));
    }
}

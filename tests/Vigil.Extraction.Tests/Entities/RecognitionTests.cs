using Vigil.Documents;
using static Vigil.Extraction.Tests.Entities.EntityFixture;

namespace Vigil.Extraction.Tests.Entities;

/// <summary>What the first-cut rules find in real news sentences, and what they leave alone.</summary>
public sealed class RecognitionTests
{
    [Theory]
    [InlineData("“No promises were made,” U.S. Secretary of State Anthony Brinken said in an interview.", "Anthony Brinken", "Secretary of State")]
    [InlineData("White House Press Secretary Jen Psaki defended the talks.", "Jen Psaki", "Press Secretary")]
    [InlineData("CIA Director William Burns went to Kabul.", "William Burns", "Director")]
    [InlineData("He met Taliban leaders Mullah Abdul Ghani Baradal last week.", "Abdul Ghani Baradal", "Mullah")]
    [InlineData("White House National Security Adviser Jack Sullivan said the group had an incentive.", "Jack Sullivan", "National Security Adviser")]
    [InlineData("The plan was backed by Deputy Prime Minister Olena Kovalenko on Monday.", "Olena Kovalenko", "Deputy Prime Minister")]
    [InlineData("Reporters later questioned Gen. McKenzie about the attack.", "McKenzie", "Gen.")]
    [InlineData("The remarks came from special envoy Zalmay Khalilzad.", "Zalmay Khalilzad", "special envoy")]
    [InlineData("Promoter Dan Kellagher said on Thursday the fight was set .", "Dan Kellagher", "Promoter")]
    [InlineData("Minister for Foreign Affairs Alec Dorner said the talks had failed .", "Alec Dorner", "Minister for Foreign Affairs")]
    [InlineData("Actress Rosa Delmonte took the stage at the rally.", "Rosa Delmonte", "Actress")]
    public void A_person_is_named_without_the_title_which_is_kept_apart(string text, string mention, string title)
    {
        var document = Analyze(text);
        var person = Assert.Single(document.Entities, e => e.Type == EntityType.Person && e.Name != "Trump");
        Assert.Equal([mention], MentionTexts(document, person));
        Assert.Equal(title, person.Title);
    }

    [Fact]
    public void A_full_name_its_surname_and_title_with_surname_are_one_person()
    {
        var document = Analyze(
            "General Kenneth MacKenzie, the commander of the US Central Command, spoke to reporters. " +
            "Mackenzie said the airport had been secured. Later, Gen. McKenzie added that the threat remained.");
        var person = Named(document, "Kenneth MacKenzie");
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal(["Kenneth MacKenzie", "Mackenzie", "McKenzie"], MentionTexts(document, person));
        Assert.Equal(["Kenneth MacKenzie", "Mackenzie", "McKenzie"], person.Aliases.ToArray());
        Assert.Equal("General", person.Title);
        Assert.Single(document.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void An_honorific_and_surname_join_the_full_name_named_later()
    {
        var document = Analyze("Mr. Trump spoke first. Former President Donald Trump then left the stage.");
        var trump = Named(document, "Donald Trump");
        Assert.Equal(["Trump", "Donald Trump"], MentionTexts(document, trump));
        Assert.Equal("Mr.", trump.Title);
    }

    [Theory]
    [InlineData("Rudolph Giuliani campaigned in Ohio on Monday. Giulini said the race was close.", "Rudolph Giuliani", "Giulini")]
    [InlineData("Al Sharpton spoke at the church. Later, Sharption said he would vote.", "Al Sharpton", "Sharption")]
    public void A_lone_surname_the_copy_misspells_joins_the_person(string text, string person, string misspelt)
    {
        var document = Analyze(text);

        Assert.Contains(misspelt, Named(document, person).Aliases);
    }

    [Fact]
    public void A_misspelt_surname_that_speaks_is_the_person_whatever_the_tagger_read()
    {
        var document = Analyze("Two voters, Tyresha McClenney and Bryan Anderson, saw Tim Kaine speak at a rally.\n\nMcLenney said Clinton does not show consistency.");

        Assert.Contains("McLenney", Named(document, "Tyresha McClenney").Aliases);
    }

    [Fact]
    public void A_short_surname_one_letter_off_is_another_person()
    {
        var document = Analyze("Conner Greene pitched for Toronto on Friday. Green said the game was close.");

        Assert.DoesNotContain("Green", Named(document, "Conner Greene").Aliases);
    }

    [Fact]
    public void Two_people_sharing_a_surname_stay_apart()
    {
        var document = Analyze(
            "Hillary Clinton was taken to the apartment of her daughter, Chelsea Clinton. " +
            "Clinton had told police officials she did not want an escort.");
        var hillary = Named(document, "Hillary Clinton");
        var chelsea = Named(document, "Chelsea Clinton");
        Assert.NotEqual(hillary.Id, chelsea.Id);
        Assert.Equal(["Chelsea Clinton"], MentionTexts(document, chelsea));
        // a lone surname goes to the person the article introduced first
        Assert.Equal(["Hillary Clinton", "Clinton"], MentionTexts(document, hillary));
    }

    [Fact]
    public void An_honorific_sends_a_lone_surname_to_the_person_of_its_gender()
    {
        var document = Analyze(
            "Bill Clinton spoke first at the rally in Ohio. Hillary Clinton followed him on the stage. " +
            "Mrs. Clinton said the economy would come first, and Mr. Clinton nodded.");
        Assert.Equal(["Bill Clinton", "Clinton"], MentionTexts(document, Named(document, "Bill Clinton")));
        Assert.Equal(["Hillary Clinton", "Clinton"], MentionTexts(document, Named(document, "Hillary Clinton")));
        // a man's honorific never joins the only woman of that surname
        var khan = Analyze("Fatima Khan spoke about her son. Later Mr. Khan said the campaign had been cruel.");
        Assert.Equal(["Fatima Khan"], MentionTexts(khan, Named(khan, "Fatima Khan")));
    }

    [Theory]
    [InlineData("Chinese President Xi Jinping met the delegation in Beijing. Xi said the talks were useful.", "Xi Jinping", "Xi")]
    [InlineData("North Korean leader Kim Jong-un watched the launch. Kim said it was a warning.", "Kim Jong-un", "Kim")]
    [InlineData("Secretary-General Ban Ki-moon spoke first. Ban said the deal would hold.", "Ban Ki-moon", "Ban")]
    public void A_name_written_family_name_first_is_shortened_to_its_first_word(string text, string fullName, string shortName)
    {
        var document = Analyze(text);
        Assert.Equal([fullName, shortName], MentionTexts(document, Named(document, fullName)));
    }

    [Fact]
    public void A_first_word_two_full_names_share_or_one_whose_last_word_stands_alone_joins_no_one()
    {
        var koreans = Analyze("Kim Jong-un watched the launch with his sister Kim Yo-jong. Kim said it was a warning.");
        Assert.Equal(["Kim Jong-un"], MentionTexts(koreans, Named(koreans, "Kim Jong-un")));
        var clinton = Analyze("Hillary Clinton spoke in Iowa. Clinton said the plan would work. Hillary was cheered.");
        Assert.Equal(["Hillary Clinton", "Clinton"], MentionTexts(clinton, Named(clinton, "Hillary Clinton")));
    }

    [Theory]
    [InlineData("Howard Dean, the former governor of Vermont, said the party was united.", "Howard Dean")]
    [InlineData("Amy Pope, deputy homeland security adviser, said the program was working.", "Amy Pope")]
    [InlineData("Martin Luther King said the dream lived on.", "Martin Luther King")]
    public void A_surname_that_is_also_a_title_stays_in_the_name(string text, string name)
    {
        var document = Analyze(text);
        Assert.Equal([name], MentionTexts(document, Named(document, name)));
    }

    [Fact]
    public void Given_names_that_differ_keep_two_people_apart_even_when_one_is_a_misspelling()
    {
        var document = Analyze("Jake Sullivan met the envoy in Doha. Jack Sullivan, a local trader, was not there.");
        Assert.Equal(2, document.Entities.Count(e => e.Type == EntityType.Person));
    }

    [Fact]
    public void A_middle_initial_does_not_make_a_second_person()
    {
        var document = Analyze("Donald J. Trump arrived in Iowa. Donald Trump then spoke for an hour.");
        var trump = Named(document, "Donald J. Trump");
        Assert.Equal(["Donald J. Trump", "Donald Trump"], MentionTexts(document, trump));
    }

    [Fact]
    public void A_lone_surname_with_a_speech_verb_is_a_person_even_without_a_full_name()
    {
        var document = Analyze("“The statement is positive,” Khalilzad wrote on Sunday.");
        var person = Named(document, "Khalilzad");
        Assert.Equal(EntityType.Person, person.Type);
    }

    [Fact]
    public void A_lone_capitalised_word_is_a_person_only_when_the_article_names_someone_so()
    {
        var document = Analyze("Zalmay Khalilzad was silent. Tweets praising Khalilzad appeared. Unlikely visits followed.");
        Assert.Equal(["Zalmay Khalilzad", "Khalilzad"], MentionTexts(document, Named(document, "Zalmay Khalilzad")));
        Assert.DoesNotContain(document.Entities, e => e.Name is "Tweets" or "Unlikely");
    }

    [Theory]
    [InlineData("Afghan evacuees arrived at the airport on Sunday.", "Afghan", "Afghan")]
    [InlineData("Thousands of Afghans tried to leave.", "Afghan", "Afghans")]
    [InlineData("An Indian official operated several flights.", "Indian", "Indian")]
    [InlineData("European partners are deeply disturbed.", "European", "European")]
    public void Nationalities_are_norp(string text, string name, string mention)
    {
        var document = Analyze(text);
        var norp = Named(document, name);
        Assert.Equal(EntityType.Norp, norp.Type);
        Assert.Equal([mention], MentionTexts(document, norp));
    }

    [Fact]
    public void Places_and_organisations_from_the_gazetteer()
    {
        var document = Analyze("Representatives of G7, NATO, the UN Security Council, Qatar and Turkey will meet in Doha on Monday.");
        Assert.Equal(["G7", "NATO", "United Nations Security Council"], Names(document, EntityType.Org));
        Assert.Equal(["Qatar", "Turkey", "Doha"], Names(document, EntityType.Gpe));
        Assert.Equal(["UN Security Council"], MentionTexts(document, Named(document, "United Nations Security Council")));
        Assert.DoesNotContain(document.Entities, e => e.Name.Contains("Representatives") || e.Name == "Monday");
    }

    [Fact]
    public void Every_spelling_of_a_country_is_one_entity_and_a_capital_acting_is_its_government()
    {
        var document = Analyze(
            "The U.S. is forced to rely on the Taliban. Washington and other governments coordinated. " +
            "The United States and US allies flew people out of Kabul.");
        var us = Named(document, "United States");
        Assert.Equal(["U.S.", "Washington", "United States", "US"], MentionTexts(document, us));
        var kabul = Named(document, "Kabul");
        Assert.Equal(EntityType.Gpe, kabul.Type);
        Assert.DoesNotContain(document.Entities, e => e.Name == "Afghanistan");
    }

    // A capital that opens a sentence acts for its government ("Washington said"), but before a noun of the
    // city's own it is the city: "Kabul airport" and "Baghdad residents" had been Afghanistan and Iraq.
    [Fact]
    public void A_capital_before_a_noun_of_its_own_is_the_city_not_the_government()
    {
        var document = Analyze("Kabul airport was chaotic on Monday. Baghdad residents fled the fighting. Washington said it would respond.");
        Assert.Equal(["Kabul"], MentionTexts(document, Named(document, "Kabul")));
        Assert.Equal(["Baghdad"], MentionTexts(document, Named(document, "Baghdad")));
        Assert.DoesNotContain(document.Entities, e => e.Name is "Afghanistan" or "Iraq");
        Assert.Equal(["Washington"], MentionTexts(document, Named(document, "United States")));
    }

    [Theory]
    [InlineData("Rudra Chaudhuri is a lecturer in the Department of War Studies at King’s College London.", "Department of War Studies", EntityType.Org)]
    [InlineData("Rudra Chaudhuri is a lecturer in the Department of War Studies at King’s College London.", "King's College London", EntityType.Org)]
    [InlineData("Thousands waited outside Kabul Airport for days.", "Kabul Airport", EntityType.Fac)]
    [InlineData("Afghan evacuees arrived at Kosovo Pristina International Airport on Sunday.", "Pristina International Airport", EntityType.Fac)]
    [InlineData("The Afghan Foreign Ministry said the border was open.", "Afghan Foreign Ministry", EntityType.Org)]
    [InlineData("She testified before the Senate Armed Services Committee on Tuesday.", "Senate Armed Services Committee", EntityType.Org)]
    [InlineData("The Bank of England raised rates.", "Bank of England", EntityType.Org)]
    [InlineData("The commander of the US Central Command spoke.", "United States Central Command", EntityType.Org)]
    // a town the tagger reads alone as an organisation, or named before a player's or coach's role and
    // the person, is the club named after it; a place run into a title, or a country before its coach
    // (the national side), is still the place
    [InlineData("Barcelona beat Real Madrid 2-1 in the Spanish league on Sunday.", "Barcelona", EntityType.Org)]
    [InlineData("Manchester United drew 1-1 with Newcastle at Old Trafford.", "Newcastle", EntityType.Org)]
    [InlineData("The Florida Senator lost seven points and now sits third.", "Florida", EntityType.Gpe)]
    [InlineData("Police in Barcelona said two men were arrested.", "Barcelona", EntityType.Gpe)]
    [InlineData("Juventus striker Alessandro Del Piero and Parma defender Fabio Cannavaro keep their places.", "Parma", EntityType.Org)]
    [InlineData("Italy coach Arrigo Sacchi named an unchanged side.", "Italy", EntityType.Gpe)]
    // and a word before a company's chairman and the person is the company (unless a person of the article bears it, below)
    [InlineData("Dorvana chairman Emilio Castaneda said the bank had acted within the law .", "Dorvana", EntityType.Org)]
    // a lower-case word opening a capitalised name is no part of it; a country before a possessive and a title
    [InlineData("Fighting continued in eastern Ukraine on Sunday.", "Ukraine", EntityType.Gpe)]
    [InlineData("Jordan 's King Hussein met the envoy in Amman .", "Jordan", EntityType.Gpe)]
    // a museum or a centre is the building where the tagger reads a place, and the body where it reads
    // an organisation or a trade's word says so: the corpora split such names between the two
    [InlineData("Endeavour will be shown at the California Science Center in Los Angeles .", "California Science Center", EntityType.Fac)]
    [InlineData("The crew trained at Johnson Space Center in Houston .", "Johnson Space Center", EntityType.Fac)]
    [InlineData("Crowds gathered outside the Whitney Museum on Sunday .", "Whitney Museum", EntityType.Fac)]
    [InlineData("Finally , Atlantis will go on display at the Kennedy Space Center Visitor Complex after its last flight .", "Kennedy Space Center Visitor Complex", EntityType.Fac)]
    [InlineData("Staff at the Bipartisan Policy Center disagreed .", "Bipartisan Policy Center", EntityType.Org)]
    [InlineData("The Tax Policy Center said the plan would cost $ 9.5 trillion .", "Tax Policy Center", EntityType.Org)]
    public void Names_are_typed_by_their_head_nouns_and_what_stands_around_them(string text, string name, EntityType type)
    {
        var document = Analyze(text);
        Assert.Equal(type, Named(document, name).Type);
    }

    [Fact]
    public void A_word_before_a_chairman_that_a_person_of_the_article_bears_stays_the_person()
    {
        var document = Analyze("Tom Dorvana won the vote . Dorvana chairman Emilio Castaneda said it was fair .");
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Org);
        Assert.Equal(2, Named(document, "Tom Dorvana").Mentions.Length);
    }

    // A name no list knows, written before a group noun, is a people's or its language's wherever
    // the article writes it; a person the article names in full keeps the surname.
    [Theory]
    [InlineData("The Balanta language is spoken in Guinea-Bissau. Most Balanta speakers grow rice. Balanta has no written standard.", "Balanta", 3)]
    [InlineData("Rohingya refugees fled to Bangladesh. The Rohingya people have no citizenship.", "Rohingya", 2)]
    [InlineData("Speakers of Tulumay live in three villages near the coast . Tulumay has no written form .", "Tulumay", 2)]
    [InlineData("The Kwanga Dembo speakers moved north in 1950 . Kwanga Dembo is now taught in two schools .", "Kwanga Dembo", 2)]
    [InlineData("Serer belongs to the Atlantic languages , like Wolof and Fula .", "Atlantic", 1)]
    [InlineData("The Jóola languages are spoken in Senegal . The Jóola Karon area lies to the south .", "Jóola Karon", 1)]
    [InlineData("Like many Texans , I am disappointed with NASA .", "Texans", 1)]
    public void A_name_before_a_group_noun_is_a_people_or_its_language(string text, string name, int mentions)
    {
        var document = Analyze(text);
        var group = Named(document, name);
        Assert.Equal(EntityType.Norp, group.Type);
        Assert.Equal(mentions, group.Mentions.Length);
    }

    // A tokenised copy spaces the hyphen of a compound name ("Wright - Patterson Air Force Base");
    // a dash between the parts of a line joins nothing.
    [Theory]
    [InlineData("The jets flew from Tarrant - Holloway Air Force Base to Ohio on Monday .", "Tarrant - Holloway Air Force Base")]
    [InlineData("Downtown Lisbon - Lisbon Police said nothing .", null)]
    public void A_spaced_hyphen_joins_a_compound_name_before_its_head(string text, string? joined)
    {
        var document = Analyze(text);
        if (joined is null)
            Assert.DoesNotContain(document.Entities, e => e.Name.Contains(" - ", StringComparison.Ordinal));
        else
            Assert.Equal(EntityType.Fac, Named(document, joined).Type);
    }

    // A facility's name ends at its head noun: it runs on from the person or place it is named
    // after ("Ted Stevens" + "International Airport"), but not through "for" to where a plane goes,
    // nor through "on" to a mission's code; an airport is a place whoever runs it.
    [Theory]
    [InlineData("The jet sat at Anchorage Ted Stevens International Airport all day .", "Ted Stevens International Airport")]
    [InlineData("The orbiter will leave Washington Dulles International Airport for Seattle .", "Washington Dulles International Airport")]
    [InlineData("the museum at Washington Dulles International Airport to the Intrepid Sea in New York City", "Washington Dulles International Airport")]
    [InlineData("Columbia lifted off from the Kennedy Space Center on STS - 1 , the first space shuttle mission .", "Kennedy Space Center")]
    public void A_facility_s_name_ends_at_its_head_noun(string text, string name)
    {
        var document = Analyze(text);
        Assert.Equal(EntityType.Fac, Named(document, name).Type);
    }

    // A state named in full is one name, the place ("the State of Virginia").
    [Fact]
    public void A_state_named_in_full_is_one_name()
    {
        var document = Analyze("The bridge was built with a loan from the State of Virginia .");
        var virginia = Named(document, "Virginia");
        Assert.Equal(EntityType.Gpe, virginia.Type);
        Assert.Equal(["State of Virginia"], MentionTexts(document, virginia));
    }

    // A letter read as a body or a place names nothing ("the design-based F"); the state after a
    // party in a tokenised copy ("( R - Texas )") is no name of its own, as "R-Texas" is not.
    [Theory]
    [InlineData("We used the design - based F , which is more accurate than the conventional Pearson statistic .", "F")]
    [InlineData("Sen. John Cornyn ( R - Texas ) said so .", "Texas")]
    public void Letters_and_a_lawmaker_s_state_name_nothing(string text, string word)
    {
        var document = Analyze(text);
        Assert.DoesNotContain(document.Entities, e => MentionTexts(document, e).Contains(word));
    }

    // A place's name before a noun of its people is still the place: "Orlando" is no language for its community leaders.
    [Fact]
    public void A_place_before_a_noun_of_its_people_stays_the_place()
    {
        var document = Analyze("Hillary Clinton met Orlando community leaders on Monday . She was in Orlando in the morning . The Orlando Sentinel reported it .");
        Assert.Equal(EntityType.Gpe, Named(document, "Orlando").Type);
        Assert.Equal(EntityType.Org, Named(document, "Orlando Sentinel").Type);
    }

    // A team named after a place's people stays the team where the article names it in full.
    [Fact]
    public void A_team_named_after_a_people_stays_the_team()
    {
        var document = Analyze("The Houston Texans beat the Colts . Many Texans fans cheered .");
        Assert.Equal(["Houston Texans", "Texans"], MentionTexts(document, Named(document, "Houston Texans")));
    }

    // A name no list knows takes the kind the article describes it by, wherever the article writes it.
    [Theory]
    [InlineData("Brackwell is a village and civil parish in Norfolk . Brackwell had 412 residents in 2011 .", "Brackwell", EntityType.Gpe, 2)]
    [InlineData("The land passed to the hamlet of Oxley Thorpe . Oxley Thorpe has no church .", "Oxley Thorpe", EntityType.Gpe, 2)]
    [InlineData("It was bought in 1978 by Kessling , a stationery company with offices in Leeds . Kessling employs 300 people .", "Kessling", EntityType.Org, 2)]
    [InlineData("Henrik Dahl is a brand of pencils . Henrik Dahl pencils are sold in Oslo .", "Henrik Dahl", EntityType.Org, 2)]
    [InlineData("He was a founding member of the band Marlow Keane . Marlow Keane split in 2004 .", "Marlow Keane", EntityType.Org, 2)]
    public void A_name_takes_the_kind_the_article_describes_it_by(string text, string name, EntityType type, int mentions)
    {
        var document = Analyze(text);
        var named = Named(document, name);
        Assert.Equal(type, named.Type);
        Assert.Equal(mentions, named.Mentions.Length);
    }

    [Fact]
    public void A_korean_given_name_after_the_family_name_belongs_to_the_name()
    {
        var document = Analyze("Ban Ki-moon, the secretary general of the United Nations, sat inside the hotel.\n\nBan said the deal was a triumph. He read a useful How-to guide.");
        var ban = Named(document, "Ban Ki-moon");
        Assert.Equal(EntityType.Person, ban.Type);
        Assert.Equal(["Ban Ki-moon", "Ban"], MentionTexts(document, ban));
        Assert.DoesNotContain(document.Entities, e => e.Name.Contains("How-to", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_followed_by_an_age_is_a_persons()
    {
        var document = Analyze("One voter, Guadalupe Potocacetpl, 35, showed up in the gear of a nationalist group.");
        Assert.Equal(EntityType.Person, Named(document, "Guadalupe Potocacetpl").Type);
    }

    [Theory]
    [InlineData("Bill Kestner won a district Hillary Clinton carried easily . Kestner is a mainstay in the district .", "Bill Kestner")]
    [InlineData("Dana Whitcombe , a company spokeswoman , said the plant would close .", "Dana Whitcombe")]
    [InlineData("Tom Ferrand , the city 's mayor , said the plant would close .", "Tom Ferrand")]
    public void A_noun_that_describes_something_else_leaves_a_person_alone(string text, string person)
    {
        var document = Analyze(text);
        Assert.Equal(EntityType.Person, Named(document, person).Type);
        Assert.All(document.Entities.Where(e => e.Name.Contains("Clinton", StringComparison.Ordinal)), e => Assert.Equal(EntityType.Person, e.Type));
    }

    [Fact]
    public void A_surname_before_a_group_noun_stays_the_persons()
    {
        var document = Analyze("Hillary Clinton spoke in Ohio. The Clinton people said Clinton would win.");
        Assert.Equal(EntityType.Person, Named(document, "Hillary Clinton").Type);
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Norp);
    }

    [Fact]
    public void A_surname_in_a_headline_in_capitals_is_the_person_named_in_full()
    {
        var document = Analyze("TENNIS - OKAFOR BEATS LINDQVIST IN STRAIGHT SETS .\n\nAmara Okafor beat Elsa Lindqvist on Wednesday .");
        Assert.Equal(["OKAFOR", "Amara Okafor"], MentionTexts(document, Named(document, "Amara Okafor")));
        Assert.Equal(["LINDQVIST", "Elsa Lindqvist"], MentionTexts(document, Named(document, "Elsa Lindqvist")));
    }

    [Fact]
    public void A_surname_in_a_headline_in_capitals_read_as_a_place_is_still_the_person()
    {
        var document = Analyze("CRICKET - LARA ENDURES ANOTHER MISERABLE DAY .\n\nAustralia beat Brian Lara 's side in Sydney on Friday .\nLara was out for five .");
        Assert.Equal(["LARA", "Brian Lara", "Lara"], MentionTexts(document, Named(document, "Brian Lara")));
        Assert.DoesNotContain(document.Entities, e => e.Name == "Lara" && e.Type != EntityType.Person);
    }

    [Fact]
    public void A_headline_word_the_body_also_names_a_place_by_stays_the_place()
    {
        var document = Analyze("TRAVEL - FLOODS HIT LARA .\n\nFloods hit the state of Lara on Friday , and Venezuelan officials said Carlos Lara would visit Lara on Monday .");
        Assert.Contains(document.Entities, e => e.Type != EntityType.Person && e.Mentions.Any(m => document[m] == "LARA"));
    }

    [Fact]
    public void A_place_opening_an_organisation_no_list_holds_is_part_of_its_name()
    {
        var document = Analyze("The Pakistan Cricket Board named a 16-man squad on Thursday .\nCopper fell on the London Metal Exchange , dealers said .");
        Assert.Equal(EntityType.Org, Named(document, "Pakistan Cricket Board").Type);
        Assert.Equal(EntityType.Org, Named(document, "London Metal Exchange").Type);
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Gpe);
    }

    [Theory]
    [InlineData("A dozen people demonstrated outside the Dallas Morning News after it backed her .", "Dallas Morning News", EntityType.Org)]
    [InlineData("She took the stage at the Iowa Events Center on Monday .", "Iowa Events Center", EntityType.Fac)]
    public void A_town_opening_a_name_that_ends_in_a_head_noun_is_part_of_it(string text, string name, EntityType type)
    {
        var document = Analyze(text);
        Assert.Equal(type, Named(document, name).Type);
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Gpe);
    }

    [Theory]
    [InlineData("West Indies won at the Sydney Cricket Ground on Sunday .", "Sydney Cricket Ground")]
    [InlineData("They met at the Melbourne Sports Stadium .", "Melbourne Sports Stadium")]
    [InlineData("Some 28,000 people filled the Los Angeles Memorial Sports Arena .", "Los Angeles Memorial Sports Arena")]
    public void A_place_opening_a_buildings_name_is_part_of_it(string text, string name)
    {
        var document = Analyze(text);
        Assert.Equal(EntityType.Fac, Named(document, name).Type);
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Gpe);
    }

    [Fact]
    public void A_title_with_of_the_before_a_name_is_no_part_of_it()
    {
        var document = Analyze("British Chancellor of the Exchequer Kenneth Clarke said on Thursday there would be no tax cuts .\nClarke told BBC radio the economy came first .");
        Assert.Equal(["Kenneth Clarke", "Clarke"], MentionTexts(document, Named(document, "Kenneth Clarke")));
    }

    [Theory]
    [InlineData("Prices fell .\nRival bank Zanderbank said nothing on Friday .", "Zanderbank")]
    [InlineData("Prices fell .\nDutch bank Zanderbank said nothing on Friday .", "Zanderbank")]
    [InlineData("The chipmaker Quorvex said on Friday that sales rose .", "Quorvex")]
    public void An_organisations_noun_before_a_name_outweighs_a_speech_verb_after_it(string text, string name)
    {
        var document = Analyze(text);
        Assert.Equal(EntityType.Org, Named(document, name).Type);
    }

    [Theory]
    [InlineData("Dutch bank Brakel Holding NV said on Thursday profit rose .", "Brakel Holding NV")]
    [InlineData("Vortano Holding SpA said on Friday sales fell .", "Vortano Holding SpA")]
    public void A_holding_company_with_its_legal_form_is_one_organisation(string text, string name)
    {
        var document = Analyze(text);
        Assert.Equal(EntityType.Org, Named(document, name).Type);
        Assert.Single(document.Entities, e => e.Type != EntityType.Norp);
    }

    [Fact]
    public void A_company_the_lists_hold_is_an_organisation_where_the_tagger_reads_a_place()
    {
        var document = Analyze("The Carrefour plant will close next year , the union said .\nWorkers at Carrefour protested on Monday .");
        var carrefour = Named(document, "Carrefour");
        Assert.Equal(EntityType.Org, carrefour.Type);
        Assert.Equal(2, carrefour.Mentions.Length);
    }

    [Fact]
    public void A_word_in_lower_case_after_an_article_is_no_name_though_a_company_is_so_named()
    {
        var document = Analyze("She ate an apple near the adobe house .\nThe oracle spoke , and Apple said nothing .");
        Assert.Equal(["Apple"], document.Entities.Select(e => e.Name).ToArray());
    }

    [Fact]
    public void The_bantu_particle_wa_joins_one_persons_name()
    {
        var document = Analyze("Zaire 's Prime Minister Kengo wa Dondo said the army would counter-attack .");
        Assert.Equal(["Kengo wa Dondo"], Names(document, EntityType.Person));
    }

    [Fact]
    public void A_headline_in_capitals_run_into_a_listed_name_through_The_is_two_names()
    {
        var document = Analyze("Athletes were banned from the OLYMPICS The International Olympic Committee refused to ban all .");
        Assert.Contains(document.Entities, e => e.Name == "International Olympic Committee" && e.Type == EntityType.Org && e.Mentions.Length == 1);
        Assert.DoesNotContain(document.Entities, e => e.Mentions.Any(m => document[m].Contains("The")));
    }

    [Fact]
    public void A_word_read_as_a_person_only_where_it_opens_a_sentence_and_written_elsewhere_in_lower_case_is_no_name()
    {
        Assert.Empty(Analyze("Many young voters stayed home on Tuesday .\n\"Voters — even those not likely to vote — are angry,\" she said .").Entities);
        Assert.Empty(Analyze("He called him a savage grandpa .\nCome again ? \"Savage,\" she said , meaning he was fierce .").Entities);
        // an address is no lower-case writing of the name
        var signed = Analyze("Thanks for the help .\nRajendra\nrajendra.o...@gmail.com");
        Assert.Contains(signed.Entities, e => e.Name == "Rajendra" && e.Type == EntityType.Person);
    }

    [Fact]
    public void A_town_run_into_its_state_without_a_comma_is_the_town_and_the_state()
    {
        var document = Analyze("It is the site of a large base ... Oceanside California is a bit north of San Diego .\nWhat is there to do in San Rafael CA ?");
        Assert.Equal(["Oceanside", "California", "San Diego", "San Rafael", "CA"], Names(document, EntityType.Gpe));
        // a part of the state, or a lake, is no town
        var regions = Analyze("He campaigned in South Florida and on the shores of Lake Michigan .");
        Assert.Contains(regions.Entities, e => e.Name == "South Florida");
        Assert.Contains(regions.Entities, e => e.Name == "Lake Michigan");
    }

    [Fact]
    public void Orchestras_are_organisations_and_auditoriums_coliseums_and_plazas_facilities()
    {
        var document = Analyze("We are going to hear the Chicago Symphony Orchestra , then walk past the Symphony Auditorium .\nThe rally was at the Greensboro Coliseum , not at Parkway Plaza .");
        Assert.Equal(EntityType.Org, Named(document, "Chicago Symphony Orchestra").Type);
        Assert.Equal(["Symphony Auditorium", "Greensboro Coliseum", "Parkway Plaza"], Names(document, EntityType.Fac));
    }

    // "Tech" ends the name of a school or a company, as "State" does a university's: "Georgia Tech"
    // had been the state of Georgia's name, typed a place.
    [Fact]
    public void Schools_and_companies_named_tech_after_a_place_are_organisations()
    {
        var document = Analyze("Officials at Georgia Tech said the lab would reopen .\nHe coached at Virginia Tech before Ohio State hired him , and Acme Tech sponsored the team .");
        Assert.Equal(["Georgia Tech", "Virginia Tech", "Ohio State", "Acme Tech"], Names(document, EntityType.Org));
    }

    // The capitalised article opening a sentence is no more part of the name than "the" is mid-sentence
    // (the tagger had read "The State Department" whole); "The Hague" keeps it, and so does a work's title.
    [Fact]
    public void An_article_opening_a_sentence_stays_out_of_the_name()
    {
        var document = Analyze("Diplomats met in Doha on Monday .\nThe State Department said it would review the case .\n"
            + "A State Department spokesman declined to comment .\nThe Democratic Party opposed it , and the court in The Hague ruled .");

        Assert.Equal(["State Department", "State Department"], MentionTexts(document, Named(document, "State Department")));
        Assert.Equal(["Democratic Party"], MentionTexts(document, Named(document, "Democratic Party")));
        Assert.Contains(document.Entities, e => e.Aliases.Contains("The Hague"));
        // a title quoted mid-sentence opens no sentence: a paper that capitalises its article keeps it
        var quoted = Analyze("Governor Pence , I have to ask you , because as “The Wall Street Journal” wrote , it shows a pattern .");
        Assert.Contains(quoted.Entities, e => e.Aliases.Contains("The Wall Street Journal"));
    }

    [Fact]
    public void A_newsroom_signing_a_story_is_an_organisation()
    {
        var document = Analyze("German bond prices fell on Thursday , dealers said .\n-- Bonn Newsroom +49 228 915 0");
        Assert.Equal(EntityType.Org, Named(document, "Bonn Newsroom").Type);
    }

    // Initials that stand for a kind of organisation are a noun: "super PAC" had been an organisation
    // named "PAC" in every article on campaign money; a PAC's own name keeps them ("Club for Growth PAC").
    [Fact]
    public void Initials_for_a_kind_of_organisation_are_no_name()
    {
        var document = Analyze("The pro-Bush super PAC raised $ 100 million in six months .\nA spokesman for the super PAC declined to comment .\n"
            + "The PAC spent heavily in Iowa , and NGOs there protested .\nThe Club for Growth PAC ran ads in Iowa .");
        Assert.DoesNotContain(document.Entities, e => e.Aliases.Contains("PAC") || e.Aliases.Contains("NGOs"));
        Assert.Contains(document.Entities, e => e.Type == EntityType.Org && e.Name == "Club for Growth PAC");
    }

    // The tagger had started the law's name after its "of" ("Information Act").
    [Fact]
    public void A_law_named_with_of_is_named_whole()
    {
        var document = Analyze("The emails were released under the Freedom of Information Act on Monday .\n"
            + "Congress overrode the veto of the Justice Against Sponsors of Terrorism Act .");
        Assert.Contains(document.Entities, e => e.Name == "Freedom of Information Act");
        Assert.DoesNotContain(document.Entities, e => e.Name == "Information Act");
        Assert.Contains(document.Entities, e => e.Name.EndsWith("Sponsors of Terrorism Act", StringComparison.Ordinal));
    }

    // The tagger had kept "Act" alone, or "Child Left Behind Act": the law's words are no names.
    [Fact]
    public void A_law_named_with_words_that_are_no_names_is_named_whole()
    {
        var document = Analyze("Obama signed the Every Student Succeeds Act , which replaced the No Child Left Behind Act .\n"
            + "Critics of the president's Affordable Care Act spoke .");
        Assert.Contains(document.Entities, e => e.Name == "Every Student Succeeds Act");
        Assert.Contains(document.Entities, e => e.Name == "No Child Left Behind Act");
        Assert.DoesNotContain(document.Entities, e => e.Name is "Act" or "Child Left Behind Act" || e.Name.Contains("president"));
        // so is any name of several words read as other
        var other = Analyze("Germany was divided after the Second World War .");
        Assert.Equal("Second World War", Assert.Single(other.Entities, e => e.Type == EntityType.Event).Name);
    }

    // Watchdog and advocacy groups that US political news names constantly, missing from the open lists:
    // "Judicial Watch" had been no name at all opening a sentence, and "other" or a person elsewhere.
    [Fact]
    public void Registered_advocacy_groups_are_organisations()
    {
        var document = Analyze("Judicial Watch sued the State Department on Monday .\nThe Club for Growth and Media Matters disagreed .");
        Assert.Equal(EntityType.Org, Named(document, "Judicial Watch").Type);
        Assert.Equal(EntityType.Org, Named(document, "Club for Growth").Type);
        Assert.Equal(EntityType.Org, Named(document, "Media Matters for America").Type);
    }

    // A given name read as a group's ("the Bernie people") had been an entity of its own, typed "other".
    [Fact]
    public void A_given_name_read_as_a_groups_is_the_person_the_article_names_in_full()
    {
        var document = Analyze("Hillary Clinton and Bernie Sanders debated on Monday .\nHillary said she would win , and the Bernie people disagreed .");
        var sanders = Assert.Single(document.Entities, e => e.Aliases.Contains("Bernie"));
        Assert.Equal("Bernie Sanders", sanders.Name);
        Assert.Equal(["Bernie Sanders", "Bernie"], MentionTexts(document, sanders));
    }

    // "Radical" opening a sentence had been read into a group's adjective, "Radical Shiite" an entity
    // of its own, typed "other".
    [Fact]
    public void A_description_opening_a_sentence_before_a_groups_adjective_is_no_part_of_it()
    {
        var document = Analyze("Radical Shiite cleric Muqtada al-Sadr said the attack was criminal .");
        Assert.DoesNotContain(document.Entities, e => e.Name.StartsWith("Radical", StringComparison.Ordinal));
        var shia = Assert.Single(document.Entities, e => e.Type == EntityType.Norp);
        Assert.Equal(["Shiite"], MentionTexts(document, shia));
        Assert.Equal(EntityType.Person, Named(document, "Muqtada al-Sadr").Type);
        // "Islamic" is the Muslims' adjective, as "Shiite" is the Shia's (it had been an organisation)
        var islamic = Analyze("Radical Islamic terrorism is a threat , the senator said .");
        Assert.Equal(["Islamic"], MentionTexts(islamic, Assert.Single(islamic.Entities, e => e.Type == EntityType.Norp)));
        Assert.DoesNotContain(islamic.Entities, e => e.Type == EntityType.Org);
    }

    // A company named by its founders and its trade ("Brooks Brothers", "Kerr-McGee Chemicals") had
    // been a person, or the name cut before its last word, or not found at all.
    [Fact]
    public void A_company_s_name_ending_in_its_trade_is_an_organisation_whole()
    {
        var document = Analyze("Brooks Brothers said on Monday that sales rose .\nShares of Kerr-McGee Chemicals fell , while Consolidated Freightways Shipping rose .");
        Assert.Equal(EntityType.Org, Named(document, "Brooks Brothers").Type);
        Assert.Equal(EntityType.Org, Named(document, "Kerr-McGee Chemicals").Type);
        Assert.Equal(EntityType.Org, Named(document, "Consolidated Freightways Shipping").Type);
    }

    // A name the tagger had read as a thing's ("Mehmet Oz": neither word a name it knew) stood apart,
    // typed "other", from the person its surname names alone ("Oz said").
    [Fact]
    public void A_name_read_as_a_things_whose_surname_alone_is_a_person_is_that_person()
    {
        var document = Analyze("Republican Senate candidate Mehmet Oz campaigned in Pittsburgh on Tuesday .\nOz said he would win the seat .");
        var oz = Assert.Single(document.Entities, e => e.Aliases.Contains("Oz") || e.Name == "Oz");
        Assert.Equal(EntityType.Person, oz.Type);
        Assert.Equal("Mehmet Oz", oz.Name);
        Assert.Equal(["Mehmet Oz", "Oz"], MentionTexts(document, oz));
    }

    // A party's convention is the event, not the party or its committee (CoNLL's MISC): it had been
    // typed an organisation, as the committee is.
    [Fact]
    public void A_party_convention_is_an_event()
    {
        var document = Analyze("Delegates cheered at the Democratic National Convention in Philadelphia , and the Republican Convention met in Cleveland .");
        Assert.Equal(EntityType.Event, Named(document, "Democratic National Convention").Type);
        Assert.Equal(EntityType.Event, Named(document, "Republican Convention").Type);
    }

    [Fact]
    public void A_race_or_tournament_named_after_a_place_is_an_event()
    {
        var document = Analyze("Thousands ran the Boston Marathon on Monday, and Sampras reached the final of the U.S. Open.");
        Assert.Equal(EntityType.Event, Named(document, "Boston Marathon").Type);
        Assert.Equal(EntityType.Event, Named(document, "U.S. Open").Type);
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Gpe);
    }

    // A company's legal form ends its name ("Intel Corp and Microsoft Corp" are two); an ampersand joins
    // one name when a company's form or an organisation's head noun ends it.
    [Theory]
    [InlineData("Investors bought shares of Acme Corp and Globex Corp ahead of the election.", new[] { "Acme Corp", "Globex Corp" })]
    [InlineData("Analysts at Hartley Brandt & Co said the outlook for chip makers remained strong.", new[] { "Hartley Brandt & Co" })]
    [InlineData("He spoke before a meeting of the Faith & Freedom Coalition on Friday.", new[] { "Faith & Freedom Coalition" })]
    // a name ending in its head noun is complete; one whose head governs what follows is not
    [InlineData("In London the index was led by British Airways and Glaxo Wellcome on Monday.", new[] { "British Airways", "Glaxo Wellcome" })]
    [InlineData("In London , the FTSE 100 index ended up 15.2 points at 3,902.6 , led by British Airways and Glaxo Wellcome .", new[] { "British Airways", "Glaxo Wellcome" })]
    [InlineData("She worked at the Department of Housing and Urban Development for years.", new[] { "Department of Housing and Urban Development" })]
    // a company the list knows, joined to another by a hyphen, names the company they make ("Daimler" of "Daimler-Benz")
    [InlineData("Shares in Daimler-Benz rose 1.20 marks in Frankfurt trading.", new[] { "Daimler-Benz" })]
    public void Companies_are_named_whole_and_apart(string text, string[] organisations)
    {
        var document = Analyze(text);
        Assert.Equal(organisations, Names(document, EntityType.Org));
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void A_title_before_a_given_name_and_a_surname_makes_a_person_of_what_the_tagger_read_as_a_place()
    {
        // "Victoria" is a place in the lists and the tagger reads the whole as one
        var document = Analyze("U.S. Assistant Secretary of State Victoria Nuland visited Kiev on Tuesday .");
        Assert.Equal(EntityType.Person, Named(document, "Victoria Nuland").Type);
    }

    [Fact]
    public void A_persons_name_that_opens_with_a_given_name_is_not_cut_into_places()
    {
        // "Michael" and "Paul" are also GeoNames divisions, "Jordan" a country
        var document = Analyze("Michael Jordan scored 33 points as the Bulls won again.");
        Assert.Equal(EntityType.Person, Named(document, "Michael Jordan").Type);
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Gpe);
    }

    [Theory]
    [InlineData("MOTOR RACING - HILL WINS .\n\nSPA-FRANCORCHAMPS , Belgium 1996-08-25\n\nDamon Hill won on Sunday .", "SPA-FRANCORCHAMPS")]
    [InlineData("SOCCER - LATE GOAL .\n\nAL-AIN , United Arab Emirates 1996-12-06\n\nThe hosts won 2-1 .", "AL-AIN")]
    [InlineData("KHASAVYURT, Russia (AP) — Rebel leaders signed the accord on Saturday.", "KHASAVYURT")]
    [InlineData("CLINTON CALLS FOR CHANGE .\nFLINT , Mich . , Oct. 4 ( UPI ) -- Former President Bill Clinton spoke .", "FLINT")]
    [InlineData("VIRGINIAN COULD MAKE HISTORY .\nNEWPORT NEWS , Va . - In a tradition he has kept for 40 years , he voted .", "NEWPORT NEWS")]
    public void A_dateline_names_the_place_the_story_was_filed_from(string text, string place)
    {
        var document = Analyze(text);
        Assert.Equal(EntityType.Gpe, Named(document, place).Type);
    }

    [Fact]
    public void A_name_in_a_headline_in_capitals_is_what_the_story_names_it()
    {
        var document = Analyze(
            "MOTOR RACING - SCHUMACHER WINS BELGIAN GRAND PRIX AS YANKEES LOSE .\n\nSPA-FRANCORCHAMPS , Belgium 1996-08-25\n\n" +
            "Michael Schumacher won the Belgian Grand Prix on Sunday . In New York , the Yankees lost again .");
        var race = Named(document, "Belgian Grand Prix");
        Assert.Equal(["BELGIAN GRAND PRIX", "Belgian Grand Prix"], MentionTexts(document, race));
        Assert.DoesNotContain(document.Entities, e => e.Aliases.Contains("BELGIAN"));
        Assert.Equal(EntityType.Org, Named(document, "Yankees").Type);
        Assert.Equal(["YANKEES", "Yankees"], MentionTexts(document, Named(document, "Yankees")));
    }

    [Fact]
    public void Words_the_body_writes_in_lower_case_after_a_name_are_no_part_of_it_in_a_headline_in_capitals()
    {
        var document = Analyze("TOKYO STOCKS END LOWER ON BANK WORRIES .\nTOKYO 1996-12-06\nTokyo stocks ended lower on Friday , brokers said .");
        Assert.DoesNotContain(document.Entities, e => e.Aliases.Contains("TOKYO STOCKS"));
        // the headline's Tokyo and the dateline's
        Assert.Equal(2, document.Entities.Where(e => e.Type == EntityType.Gpe).Sum(e => MentionTexts(document, e).Count(t => t == "TOKYO")));
    }

    [Fact]
    public void A_person_read_in_a_headline_in_capitals_around_a_company_the_body_names_is_the_company()
    {
        var document = Analyze("MINORITY SHAREHOLDERS SUE BANCO SANTANDER .\nMADRID 1996-11-20\nA group of minority shareholders has filed a lawsuit against "
                               + "Banco Santander SA over its planned takeover of Banco Espanol de Credito , their lawyer said .\n"
                               + "Santander chairman Emilio Castaneda said the bank had acted within the law .");
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Person && e.Name != "Emilio Castaneda");
        Assert.Contains(document.Entities, e => e.Type == EntityType.Org && e.Aliases.Contains("BANCO SANTANDER"));
    }

    [Fact]
    public void A_team_in_a_headline_in_capitals_may_go_by_its_nickname()
    {
        var document = Analyze("BASEBALL - ORIOLES EDGE YANKEES FOUR TIMES IN A ROW\n\nNEW YORK 1996-08-30\n\nCal Ripken singled home the winning run as the Baltimore Orioles edged the New York Yankees 5-4 , the New York Times reported .");
        Assert.Contains(document.Entities, e => e.Type == EntityType.Org && e.Aliases.Contains("ORIOLES"));
        Assert.DoesNotContain(document.Entities, e => e.Aliases.Contains("TIMES"));
    }

    [Fact]
    public void A_company_in_a_headline_in_capitals_may_go_without_its_legal_form()
    {
        var document = Analyze("PHILIP MORRIS SHARES RISE ON NYSE .\n\nNEW YORK 1996-12-20\n\nShares of Philip Morris Cos Inc rose 1-1/4 to 112-3/8 on the New York Stock Exchange .");
        // (the lists hold the company: its canonical name is theirs)
        Assert.Equal(["PHILIP MORRIS", "Philip Morris Cos Inc"], MentionTexts(document, Named(document, "Philip Morris")));
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void A_title_makes_a_person_of_a_name_the_tagger_read_as_other()
    {
        var document = Analyze("Japanese Foreign Minister Yukihiko Ikeda flew to Lima on Thursday . President Obama's Clean Power Plan stalled .");
        Assert.Equal(["Yukihiko Ikeda", "Obama"], Names(document, EntityType.Person));
    }

    [Fact]
    public void A_town_and_the_plural_name_after_it_are_one_team()
    {
        var document = Analyze("The New York Yankees lost to the Baltimore Orioles on Friday. The Yankees still lead the division.");
        Assert.Equal(EntityType.Org, Named(document, "New York Yankees").Type);
        // a surname of a person named in full is no team's name
        var canvasser = Analyze("Bernie Sanders spoke in Concord. Tom Giancola, a fellow New Hampshire Sanders veteran, explained how canvassers would work.");
        Assert.DoesNotContain(canvasser.Entities, e => e.Name == "New Hampshire Sanders");
    }

    [Fact]
    public void The_last_word_of_one_organisation_s_name_is_that_organisation()
    {
        var document = Analyze("Cal Ripken singled as the Baltimore Orioles edged the New York Yankees 5-4 on Friday. The Yankees still lead the division, and the Orioles are third.");
        Assert.Equal(["New York Yankees", "Yankees"], MentionTexts(document, Named(document, "New York Yankees")));
        Assert.Equal(["Baltimore Orioles", "Orioles"], MentionTexts(document, Named(document, "Baltimore Orioles")));
    }

    [Fact]
    public void An_entity_is_named_as_the_body_writes_it_not_as_a_headline_shouts_it()
    {
        var document = Analyze("U.S. TREASURY BALANCES AT FED FELL ON TUESDAY\n\nWASHINGTON 1996-08-28\n\nBalances fell on Tuesday , the U.S. Treasury said .");
        var treasury = Assert.Single(document.Entities, e => e.Aliases.Contains("U.S. TREASURY"));
        Assert.Contains("U.S. Treasury", treasury.Aliases);
        Assert.Equal("Treasury Department", treasury.Name);   // the registry's name; without one it would be the body's "U.S. Treasury"
    }

    [Fact]
    public void A_person_in_a_headline_in_title_case_ends_where_the_body_ends_the_name()
    {
        var document = Analyze("Poll: Bernie Sanders Burns Hillary Clinton With First National Lead.\n\n" +
                               "Bernie Sanders leads the race for the first time, a poll shows. Clinton trails him by two points.");
        var sanders = Named(document, "Bernie Sanders");
        Assert.Equal(["Bernie Sanders", "Bernie Sanders"], MentionTexts(document, sanders));
        Assert.DoesNotContain(document.Entities, e => e.Name.Contains("Burns", StringComparison.Ordinal));
    }

    [Fact]
    public void Words_of_a_headline_in_title_case_that_no_person_of_the_body_bears_are_no_person()
    {
        var document = Analyze("Pastor Wants Girl Scout Leaders Punished For Their Views.\n\n" +
                               "Pastor Kevin Swanson has set his sights on the Girl Scouts. Swanson wants the leaders punished, he said.");
        Assert.Equal(["Kevin Swanson"], document.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name));
    }

    [Fact]
    public void A_person_in_a_headline_keeps_the_given_name_the_body_leaves_out()
    {
        var document = Analyze("Sajid Tarar Backs Donald Trump Over Cruz.\n\nTarar said selling Trump to Muslims has been hard.");
        Assert.Contains(document.Entities, e => e.Name == "Sajid Tarar");
    }

    [Theory]
    [InlineData("In 1996 Osama bin Laden declared war on the United States. They wanted to bring down bin Laden and his movement.", "Osama bin Laden")]
    [InlineData("Mayor Bill de Blasio rejected the criticism. De Blasio said the move was made by the police commissioner.", "Bill de Blasio")]
    [InlineData("Marine Le Pen won the first round. Le Pen said she was ready.", "Marine Le Pen")]
    public void A_person_named_later_from_the_particle_on_keeps_the_given_name(string text, string name)
    {
        var document = Analyze(text);
        var person = Assert.Single(document.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(name, person.Name);
        Assert.Equal(name, document.Text[person.Mentions[0].Start..person.Mentions[0].End]);
    }

    [Theory]
    [InlineData("Mr. King and Mr. Morial are also taking part in the campaign.", "King")]
    [InlineData("Investigators tied Ms. Malik to the post within a day.", "Malik")]
    public void After_an_honorific_a_royal_title_is_the_family_name(string text, string name)
    {
        var document = Analyze(text);
        Assert.Contains(document.Entities, e => e.Type == EntityType.Person && e.Aliases.Contains(name));
    }

    [Fact]
    public void After_an_honorific_a_title_is_the_family_name_of_the_person_named_in_full_with_it()
    {
        var document = Analyze("Jim Justice made his fortune in coal . A Democrat , Mr. Justice is running for governor .\n\n"
                               + "Prime Minister John Major met Tony Blair . Mr Major said little . Mr. Justice Kennedy wrote for the court .");
        Assert.Equal(["Jim Justice", "Justice"], MentionTexts(document, Named(document, "Jim Justice")));
        Assert.Equal(["John Major", "Major"], MentionTexts(document, Named(document, "John Major")));
        // a title before a name stays a title
        Assert.DoesNotContain(document.Entities, e => e.Aliases.Contains("Justice Kennedy"));
    }

    [Fact]
    public void Before_a_speech_verb_a_title_is_the_family_name_of_the_person_named_in_full_with_it()
    {
        var document = Analyze("Promoter Dan King said the fight was set . King told a news conference it would be shown live .\n\n"
                               + "Cara Dorne met the King of Sweden . The King said little .");
        Assert.Equal(["Dan King", "King"], MentionTexts(document, Named(document, "Dan King")));
    }

    [Fact]
    public void A_newspaper_named_by_its_mastheads_last_word_is_the_paper_named_in_full()
    {
        var document = Analyze("The Washington Post reported the deal on Monday. The story was right, and The Post stood by it.\n\n"
                               + "Later the Times followed.");
        Assert.Equal(["The Washington Post", "The Post"], MentionTexts(document, Named(document, "Washington Post")));
        // with no paper of that name in full, the short name stays its own
        Assert.Contains(document.Entities, e => e.Type == EntityType.Org && e.Aliases.Any(a => a.EndsWith("Times", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_House_by_its_one_word_is_the_chamber()
    {
        var document = Analyze("House Speaker Paul Ryan said the bill would pass . It never got a vote in the House , and a House panel "
                               + "held hearings instead .\n\nHouse prices rose in the White House press release .");
        var house = Named(document, "House of Representatives");
        Assert.Equal(EntityType.Org, house.Type);
        Assert.Equal(["House", "House", "House"], MentionTexts(document, house));
        // a state's house is a house, but not the House of Representatives
        var state = Analyze("State Senate leader Phil Berger and House Speaker Tim Moore met on Monday .");
        Assert.Contains(state.Entities, e => e.Type == EntityType.Org && e.Name == "House");
    }

    [Fact]
    public void A_persons_name_ends_at_a_possessive()
    {
        var document = Analyze("Democrats seized upon Mr. Trump 's RT appearance . \" The bullying , \" Fox 's Chris Wallace said .\n\n"
                               + "Both Mr. King and Mr. Schultz say RT 's management never told them what to say . Voters met Mr. Cruz's Cuba-born father .");
        var people = Names(document, EntityType.Person);
        Assert.Contains("Trump", people);
        Assert.Contains("Chris Wallace", people);
        Assert.Contains("Cruz", people);
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Person && e.Aliases.Any(a => a.Contains("RT") || a.Contains("Cuba")));
    }

    [Fact]
    public void A_listed_name_ending_in_a_possessive_is_found_whole()
    {
        var document = Analyze("Moody 's Investors Service cut the rating on Tuesday , Moody 's said .\n\n"
                               + "Shares of McDonald's fell, while Lloyd's of London and Sotheby's rose. Obama spent the week on Martha’s Vineyard. "
                               + "The People's Liberation Army held drills. Her sisters joined the Ethiopian People's Revolutionary Party.");
        var organisations = Names(document, EntityType.Org);
        Assert.Contains("Moody's", organisations);
        Assert.Contains("McDonald's", organisations);
        Assert.Contains("Lloyd's of London", organisations);
        Assert.Contains("Sotheby's", organisations);
        Assert.Contains("People's Liberation Army", organisations);
        Assert.Contains("Ethiopian People's Revolutionary Party", organisations);
        Assert.Contains(document.Entities, e => e.Name == "Moody's" && e.Aliases.Contains("Moody 's Investors Service"));
        Assert.Contains(document.Entities, e => e.Type == EntityType.Loc && e.Name == "Martha's Vineyard");
        Assert.Equal(["Obama"], Names(document, EntityType.Person));
    }

    [Fact]
    public void A_name_in_the_possessive_that_owns_nothing_is_the_place_its_owner_named()
    {
        var document = Analyze("We are going to Del Frisco 's for dinner . The executives met at Sully's in Indianapolis. "
                               + "Four casinos — Bally’s, Caesars and Trump Plaza — closed.\n\n"
                               + "Barack Obama spoke. His candidacy, like Obama's in 2008, drew crowds. Let's take a look.");
        var places = Names(document, EntityType.Fac);
        Assert.Contains("Del Frisco 's", places);
        Assert.Contains("Sully's", places);
        Assert.Contains("Bally's", places);
        Assert.DoesNotContain(document.Entities, e => e.Aliases.Any(a => a is "Obama's" or "Let's"));
        Assert.Contains(document.Entities, e => e.Type == EntityType.Person && e.Name == "Barack Obama" && e.Mentions.Length == 2);
    }

    [Fact]
    public void A_given_name_goes_on_into_a_family_name_that_is_also_a_word()
    {
        var document = Analyze("The guests included Will Smith, Patti LaBelle and Stevie Wonder, who joked about the museum. "
                               + "It grew out of discussions with the museum's director, Lonnie Bunch. Clinton, pressed by moderator Dana Bash, declined.\n\n"
                               + "He said so at a Carr Futures meeting.");
        var people = Names(document, EntityType.Person);
        Assert.Contains("Stevie Wonder", people);
        Assert.Contains("Lonnie Bunch", people);
        Assert.Contains("Dana Bash", people);
        Assert.DoesNotContain("Carr Futures", people);
    }

    [Fact]
    public void A_name_read_as_a_persons_that_ends_in_what_is_named_after_people_names_that_thing()
    {
        var document = Analyze("Dan Gross, president of the Brady Campaign, spoke outside the Muhammad Ali Center on Martin Luther King Day. "
                               + "Spending there now exceeds the Marshall Plan. Jerry Hall and Kristen Day attended.\n\n"
                               + "Jerome also founded Henry Realty, a firm focused on real estate. Calls are now forwarded to Malcolm Smith Motorsports down the road.");
        var people = Names(document, EntityType.Person);
        Assert.DoesNotContain(people, p => p.EndsWith("Campaign") || p.EndsWith("Center") || p.EndsWith("Plan") || p.EndsWith("King Day")
                                           || p.EndsWith("Realty") || p.EndsWith("Motorsports"));
        Assert.Contains("Jerry Hall", people);
        Assert.Contains("Kristen Day", people);
    }

    [Fact]
    public void A_persons_name_holds_no_verb_and_a_headline_verb_before_it_is_no_part_of_it()
    {
        var document = Analyze("Right After This Big-Name Senator Endorsed Trump, The Establishment Did Something\n"
                               + "Alabama Sen. Jeff Sessions endorsed Trump on Sunday. Trump thanked him. Sanders trails Clinton in California by four points, "
                               + "and Halvorson blasted Shuster for cavorting with a lobbyist. Osama bin Laden and Ludwig van Beethoven are names too.");
        var people = Names(document, EntityType.Person);
        Assert.DoesNotContain(people, p => p.Contains("Endorsed") || p.Contains(" trails ") || p.Contains(" blasted "));
        Assert.Contains("Clinton", Named(document, "Clinton").Aliases);
        Assert.Equal(EntityType.Person, Named(document, "Shuster").Type);
        Assert.Contains("Osama bin Laden", people);
        Assert.Contains("Ludwig van Beethoven", people);
    }

    [Fact]
    public void A_disease_a_law_or_an_event_the_registry_holds_is_no_person_or_place()
    {
        var document = Analyze("The Zika virus spread across Brazil. Zika is carried by mosquitoes. Republicans vowed to repeal Obamacare and Dodd-Frank "
                               + "after Brexit. Valeant shares fell before the Super Bowl.");
        Assert.Equal(EntityType.Other, Named(document, "Zika").Type);
        Assert.Equal(2, Named(document, "Zika").Mentions.Length);
        Assert.Equal(EntityType.Other, Named(document, "Affordable Care Act").Type);
        Assert.Equal(EntityType.Other, Named(document, "Dodd-Frank").Type);
        Assert.Equal(EntityType.Other, Named(document, "Brexit").Type);
        Assert.Equal(EntityType.Event, Named(document, "Super Bowl").Type);
        Assert.Equal(EntityType.Org, Named(document, "Valeant Pharmaceuticals").Type);
    }

    [Fact]
    public void A_writer_who_capitalises_nothing_still_names_places()
    {
        var forum = Analyze("i am from mexico traveling to san francisco next week . i have to go to mississippi after that .\n"
                            + "why would you want a chihuahua ? colorado beat texas a&m again .");
        var places = Names(forum, EntityType.Gpe);
        Assert.Contains(places, p => p is "San Francisco" or "san francisco");
        Assert.Contains(places, p => p is "Mississippi" or "mississippi");
        Assert.DoesNotContain(places, p => p.Equals("texas", StringComparison.OrdinalIgnoreCase) || p.Equals("chihuahua", StringComparison.OrdinalIgnoreCase));
        // edited text writes a place with a capital: "turkey" and "reading" in lower case are words
        var edited = Analyze("We ate turkey in Reading. The china was broken. She spent the winter reading in Nice.");
        Assert.Contains("Reading", edited.Entities.SelectMany(e => e.Aliases));
        Assert.DoesNotContain(edited.Entities, e => e.Aliases.Any(a => a is "turkey" or "china" or "reading"));
    }

    [Fact]
    public void A_name_after_a_title_is_a_person_though_the_tagger_read_it_as_other()
    {
        var document = Analyze("Looking to correct some missteps the party made in 2012, RNC Chairman Reince Priebus has authorized a significant staffing increase.");
        Assert.Equal(EntityType.Person, Named(document, "Reince Priebus").Type);
    }

    [Fact]
    public void Another_countrys_adjective_before_a_listed_body_opens_a_body_of_its_own()
    {
        var document = Analyze("He is the editor of International Policy, the magazine of the German Council on Foreign Relations. "
                               + "The Council on Foreign Relations in New York disagreed.");
        var organisations = Names(document, EntityType.Org);
        Assert.Contains("German Council on Foreign Relations", organisations);
        Assert.Contains("Council on Foreign Relations", organisations);
    }

    [Fact]
    public void No_word_belongs_to_two_names()
    {
        var document = Analyze("Clinton leads by four points in a new Washington Post-ABC News poll, and by six in the NBC News-Wall Street Journal poll. "
                               + "The Council on American-Islamic Relations and the Muslim American Society of Boston condemned the attack. "
                               + "The American-Arab Anti-Discrimination Committee sued, and the US-China Business Council objected.");
        var spans = document.Entities.SelectMany(e => e.Mentions).OrderBy(m => m.Start).ToList();
        Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start, $"{document[pair.First]} / {document[pair.Second]}"));
        var organisations = document.Entities.Where(e => e.Type == EntityType.Org).SelectMany(e => e.Aliases).ToList();
        Assert.Contains("ABC News", organisations);
        Assert.Contains("NBC News", organisations);
        Assert.Contains("Wall Street Journal", organisations);
        Assert.Contains("Council on American-Islamic Relations", organisations);
        Assert.Contains("Muslim American Society of Boston", organisations);
        Assert.Contains("American-Arab Anti-Discrimination Committee", organisations);
        Assert.Contains("US-China Business Council", organisations);
    }

    [Fact]
    public void A_name_the_article_says_an_actor_is_known_by_is_that_actor()
    {
        var document = Analyze("The RSF, led by Mohamed Hamdan Dagalo, denied the claims. Dagalo, widely known as Hemedti, said his forces would open corridors. "
                               + "Hemedti later left for Chad. Joaquín Guzmán, nicknamed El Chapo, was extradited.\n\n"
                               + "Sen. Lindsey Graham, who chairs the Judiciary Committee, called Trump a kook.");
        Assert.Equal(["Mohamed Hamdan Dagalo", "Dagalo", "Hemedti", "Hemedti"], MentionTexts(document, Named(document, "Mohamed Hamdan Dagalo")));
        Assert.Contains("El Chapo", Named(document, "Joaquín Guzmán").Aliases);
        // a name after a plain "called" is what the subject called it, not another name of the one before
        Assert.DoesNotContain("Trump", Named(document, "Judiciary Committee").Aliases);
    }

    // The tagger had read "Ratón" as a place where the article gives it, and nothing where it opens a sentence.
    [Fact]
    public void A_name_an_actor_is_known_by_is_that_actor_wherever_the_article_writes_it()
    {
        var document = Analyze("The gang leader Ovidio Guzmán, known as Ratón, was arrested in Culiacán. Ratón faces charges in the United States.");
        Assert.Equal(["Ovidio Guzmán", "Ratón", "Ratón"], MentionTexts(document, Named(document, "Ovidio Guzmán")));
    }

    // A masthead's word alone had been no name ("the Examiner"), other ("the Sentinel") or a person ("the Mirror").
    [Fact]
    public void A_mastheads_last_word_after_the_is_a_newspaper()
    {
        var document = Analyze("Editors at the Examiner said so, and the Sentinel disagreed. Readers of the Mirror wrote in. It had the Star of David on it.");
        Assert.Equal(["Examiner", "Sentinel", "Mirror"], Names(document, EntityType.Org));
    }

    // "Patriot Majority" had been the PAC's name without its initials, "Media Research Center" a place.
    [Fact]
    public void An_organisations_noun_and_its_kinds_initials_end_its_name()
    {
        var document = Analyze("Democrats formed the Patriot Majority PAC last year . Staff at the Media Research Center disagreed .");
        Assert.Equal(["Patriot Majority PAC", "Media Research Center"], Names(document, EntityType.Org));
    }

    [Fact]
    public void A_legislatures_name_alone_in_the_middle_of_a_sentence_is_the_legislature()
    {
        var document = Analyze("Oz earned the attention of Congress , where he appeared at a 2014 Senate hearing for his role in promoting pills . "
                               + "Clinton would need a Senate majority to confirm Supreme Court nominees .");
        Assert.Equal(2, Named(document, "Senate").Mentions.Length);
        Assert.Equal(EntityType.Org, Named(document, "Senate").Type);
    }

    // "Roe" and "Wade" are no people the article is about: the case is one name.
    [Fact]
    public void A_court_case_named_by_its_parties_is_one_name()
    {
        var document = Analyze("She vowed to protect Roe v. Wade, and cited Brown v. Board of Education and Plessy v. Ferguson. "
                               + "In Roe v. Wade, the court held it. “Roe v. Wade is the law of the land,” she said. Arsenal v Chelsea ended 2-1.");
        Assert.Equal(["Brown v. Board of Education", "Plessy v. Ferguson", "Roe v. Wade"], Names(document, EntityType.Other).Order());
        Assert.Equal(3, Named(document, "Roe v. Wade").Mentions.Length);
        Assert.Equal(["Arsenal", "Chelsea"], Names(document, EntityType.Org).Order());
        Assert.Empty(Names(document, EntityType.Person));
    }

    // Every corpus marks "Washington , D.C." as two places, though the tagger may read it as one.
    [Fact]
    public void A_place_and_its_region_after_a_comma_are_two_places()
    {
        var document = Analyze("The rally was held in Washington , D.C. on Monday . She lives in Washington, D.C., now .");
        Assert.DoesNotContain(document.Entities, e => e.Name.Contains(','));
        Assert.Equal(["D.C.", "Washington"], document.Entities.Where(e => e.Type == EntityType.Gpe).Select(e => e.Name).Order());
    }

    [Fact]
    public void A_roman_numeral_alone_names_nothing()
    {
        var document = Analyze("Stevens delivered the opinion of the Court with respect to Parts I through IV , VI through VII , and II of the ruling on World War II .");
        Assert.DoesNotContain(document.Entities, e => e.Name is "IV" or "VI" or "VII" or "II");
    }

    // A name of two words written the same way throughout is one thing, of the type most readings give.
    [Fact]
    public void A_name_written_alike_throughout_the_article_has_one_type()
    {
        var document = Analyze("Deb Price wrote the column . I agree with Deb Price , and Deb Price is right .");
        var price = Assert.Single(document.Entities, e => e.Name == "Deb Price");
        Assert.Equal(EntityType.Person, price.Type);
        Assert.Equal(3, price.Mentions.Length);
    }

    // "the Republican party": the corpora mark the party with its noun in lower case, not its people.
    [Fact]
    public void A_partys_word_before_party_in_lower_case_is_the_party()
    {
        var document = Analyze("He left the Republican party in 2012 . The Labour party won the vote .");
        var mentions = document.Entities.Where(e => e.Type == EntityType.Org).SelectMany(e => MentionTexts(document, e)).Order().ToArray();
        Assert.Equal(["Labour party", "Republican party"], mentions);
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Norp);
    }

    // A court's "Petitioner" and a house style's "the Government" are common nouns capitalised.
    [Fact]
    public void A_capitalised_common_noun_alone_names_no_one()
    {
        var document = Analyze("The Government did not contest this claim . Petitioner contends that the State must show evidence , "
                               + "something which the Government has yet to do . Petitioner still remains confined .");
        Assert.DoesNotContain(document.Entities, e => e.Name is "Government" or "Petitioner");
    }

    [Fact]
    public void A_given_name_read_as_other_before_a_person_opens_the_persons_name()
    {
        var document = Analyze("Trump was able to tout his polling strength while needling opponents such as Jeb Bush and Rand Paul .");
        Assert.Equal(["Jeb Bush", "Rand Paul", "Trump"], Names(document, EntityType.Person).Order());
    }

    [Fact]
    public void A_newspapers_name_takes_a_capitalised_the()
    {
        var document = Analyze("Miller told The Washington Post that he would run . Later the Washington Post reported it .");
        Assert.Equal(["The Washington Post", "Washington Post"], document.Entities.Where(e => e.Type == EntityType.Org).SelectMany(e => MentionTexts(document, e)).ToArray());
    }

    [Fact]
    public void Organisations_joined_by_a_slash_are_one_name()
    {
        var document = Analyze("A Reuters/Ipsos poll released Friday put Clinton ahead , as did the latest NBC/MSNBC survey .");
        Assert.Equal(["NBC/MSNBC", "Reuters/Ipsos"], Names(document, EntityType.Org).Order());
    }

    [Fact]
    public void A_function_word_opening_a_quotation_is_no_name()
    {
        var document = Analyze("Sanders spoke on Monday.\n\n“My comments from last July were not directed at him,” Sanders said. Whenever asked, he shifted.");
        Assert.Equal(["Sanders"], Names(document, EntityType.Person));
    }

    // A capitalised word the article also writes in lower case is that word opening a sentence,
    // but for a word of a person's name the article gives in full.
    [Fact]
    public void A_word_the_article_also_writes_in_lower_case_is_no_person()
    {
        var document = Analyze("Children need an adequate intake of iodine . WHO say Iodine deficiency is the most common cause of brain damage . "
                               + "\" If Iodine deficiency is serious you lose 15 IQ points . Gordon Brown visited the school . Brown said the brown envelope was empty .");
        Assert.Equal(["Gordon Brown"], Names(document, EntityType.Person));
        Assert.Equal(["Gordon Brown", "Brown"], MentionTexts(document, Named(document, "Gordon Brown")));
    }


    [Fact]
    public void A_name_after_a_storms_kind_is_the_storm_wherever_the_article_writes_it()
    {
        var document = Analyze("Hurricane Katrina slammed into the Gulf Coast on Monday. Katrina packed winds of 140 mph, and Katrina's storm surge flooded New Orleans. "
                               + "Tropical Storm Ophelia formed off Florida. Typhoon Haiyan killed thousands in the Philippines; Haiyan was the strongest storm on record.");
        var katrina = Named(document, "Katrina");
        Assert.Equal(EntityType.Event, katrina.Type);
        Assert.Equal(["Katrina", "Katrina", "Katrina"], MentionTexts(document, katrina));
        Assert.Equal(EntityType.Event, Named(document, "Ophelia").Type);
        Assert.Equal(EntityType.Event, Named(document, "Haiyan").Type);
        Assert.Equal(2, Named(document, "Haiyan").Mentions.Length);

        // a head noun after the kind names an institution; a person named in full keeps the word
        var other = Analyze("The National Hurricane Center warned of Hurricane Katrina. Katrina Smith, a volunteer in Miami, said Katrina had left.");
        Assert.Contains("National Hurricane Center", Names(other, EntityType.Org));
        Assert.Equal(["Katrina Smith", "Katrina"], MentionTexts(other, Named(other, "Katrina Smith")));
    }

    [Fact]
    public void Initials_the_article_defines_in_brackets_name_the_organisation_wherever_they_stand()
    {
        // the tagger, reading each sentence alone, takes the last "ALICE" for a woman
        var document = Analyze("Residents filed a complaint against the Alliance for Local Indigenous Community Education ( ALICE ) last week .\n"
                               + "The complaints allege that ALICE has not provided support .\n"
                               + "Those units were reserved for ALICE employees , and Wallace said ALICE must comply .");
        var alliance = Named(document, "Alliance for Local Indigenous Community Education");
        Assert.Equal(4, MentionTexts(document, alliance).Count(m => m == "ALICE"));
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Person && e.Name == "ALICE");
    }

    [Fact]
    public void A_head_noun_the_tagger_read_alone_is_the_organisation_the_rules_found_whole()
    {
        var document = Analyze("The GOP candidate did not supply an estimate. The Committee for a Responsible Federal Budget reported that the plans would cost $150 billion. "
                               + "The fiscally conservative Club for Growth Action reported spending $1.1 million.");
        var organisations = Names(document, EntityType.Org);
        Assert.Contains("Committee for a Responsible Federal Budget", organisations);
        Assert.Contains("Club for Growth Action", organisations);
    }

    [Fact]
    public void A_body_named_for_what_it_sets_out_to_do_is_one_name_with_its_initials()
    {
        var document = Analyze("Parents rallied in 238 cities, according to the event organizer Alliance to Reclaim Our Schools (AROS). "
                               + "Keron Blair, executive director of AROS, called for more investment. The Coalition to Stop Gun Violence said it would sue.");
        var alliance = Named(document, "Alliance to Reclaim Our Schools");
        Assert.Contains("AROS", MentionTexts(document, alliance));
        Assert.Contains("Coalition to Stop Gun Violence", Names(document, EntityType.Org));
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Person && e.Name.Contains("Stop"));
    }

    [Fact]
    public void A_person_of_a_listed_body_is_no_organisation_of_both()
    {
        var document = Analyze("\"Their vote didn't count,\" said Meenakshi Ganguly of Human Rights Watch, who observed voting in Kachin state.");
        Assert.Equal(["Human Rights Watch"], Names(document, EntityType.Org));
        Assert.Equal(["Meenakshi Ganguly"], Names(document, EntityType.Person));
    }

    [Fact]
    public void RT_is_the_russian_network_but_not_before_a_handle()
    {
        var news = Analyze("Several former RT journalists have complained. RT covered the annexation as a rightful reunification.");
        Assert.Equal(2, MentionTexts(news, Named(news, "Russia Today")).Length);
        var tweet = Analyze("Congrats to the team ! RT @ LAKings : what a goal\nRT MarkIHenderson : the charts are out\nRT if you agree !");
        Assert.DoesNotContain(tweet.Entities, e => e.Aliases.Contains("RT"));
    }

    [Fact]
    public void A_university_named_by_its_towns_word_is_the_town_before_a_state()
    {
        var document = Analyze("Iowa is set to play Stanford, Calif., in the Rose Bowl. Fiorina, a Stanford alumna, will root for Iowa. "
                               + "We will take on our enemies like ISIS, Iran and North Korea.");
        Assert.Contains(document.Entities, e => e.Type == EntityType.Gpe && e.Name == "Stanford");
        Assert.Contains(document.Entities, e => e.Type == EntityType.Org && e.Name == "Stanford University");
        Assert.Contains(document.Entities, e => e.Type == EntityType.Org && e.Aliases.Contains("ISIS"));
    }

    [Fact]
    public void A_persons_possessive_is_no_company_of_that_name()
    {
        var document = Analyze("New Jersey Gov. Chris Christie said he would run. Christie's campaign raised $5 million.\n\n"
                               + "Former Chancellor Helmut Kohl died on Friday. Kohl's government had unified Germany.");
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Org);
        Assert.Contains(document.Entities, e => e.Type == EntityType.Person && e.Name == "Chris Christie" && e.Mentions.Length == 2);
        Assert.Contains(document.Entities, e => e.Type == EntityType.Person && e.Name == "Helmut Kohl" && e.Mentions.Length == 2);
    }

    [Fact]
    public void Initials_read_as_a_person_in_a_line_in_ordinary_case_are_an_organisations()
    {
        var document = Analyze("The Sunni AMS told Iraqis to stay home . In 1960 many voted for JFK .\n\nThe ruling covers Parts V and VI of the opinion .");
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Person && (e.Aliases.Contains("AMS") || e.Aliases.Contains("VI")));
        Assert.DoesNotContain(document.Entities, e => e.Type != EntityType.Person && e.Aliases.Contains("JFK"));
    }

    [Fact]
    public void Initials_with_full_stops_in_a_headline_in_capitals_are_the_listed_country()
    {
        var document = Analyze("RUSSIA HELPS U.S. MEDIA .\n\nLast week , I caught Larry King on television in Moscow .");
        Assert.Contains(document.Entities, e => e.Type == EntityType.Gpe && e.Aliases.Contains("U.S."));
    }

    [Fact]
    public void A_company_named_later_by_its_first_word_is_still_an_organisation()
    {
        var document = Analyze("Patriot Coal filed for bankruptcy, and Peabody Energy stayed out of it. Peabody said it had no part in the deal.");
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Person);
        Assert.Contains(document.Entities, e => e.Type == EntityType.Org && e.Aliases.Contains("Peabody"));
    }

    [Theory]
    // a masthead's noun heads the name
    [InlineData("The Charlotte Observer found that 1 in 4 residents lived in poverty.", "Charlotte Observer")]
    [InlineData("Murray told the Washington Examiner that the shows were booked.", "Washington Examiner")]
    // a listed organisation whole where the tagger cut it, and with the unit or branch named after it
    [InlineData("He still has a skeleton staff, a Secret Service detail and a charter plane.", "Secret Service")]
    [InlineData("She earned a 100% rating on the Planned Parenthood Action Fund scorecard.", "Planned Parenthood Action Fund")]
    [InlineData("Supporters of the Republican Party of Wyoming met in Casper.", "Republican Party of Wyoming")]
    // what the head noun governs after "for (the)" or "for a", and a title word that ends the name
    [InlineData("His donors include the American Association for Justice, which represents lawyers.", "American Association for Justice")]
    [InlineData("A panel of the U.S. Court of Appeals for the Sixth Circuit overruled the judge.", "U.S. Court of Appeals for the Sixth Circuit")]
    [InlineData("Daniel Hamermesh, an economist at the Institute for the Study of Labor, disagreed.", "Institute for the Study of Labor")]
    [InlineData("said Ed Lorenzen, senior adviser to the centrist Committee for a Responsible Federal Budget.", "Committee for a Responsible Federal Budget")]
    // "on" after the head noun of a body named for what it deals with
    [InlineData("He notes that the Commission on Presidential Debates sets the rules.", "Commission on Presidential Debates")]
    [InlineData("Richard Haass, president of the Council on Foreign Relations, spoke first.", "Council on Foreign Relations")]
    public void An_organisation_is_named_whole(string text, string name)
    {
        var document = Analyze(text);
        Assert.Contains(document.Entities, e => e.Type == EntityType.Org && e.Name == name);
    }

    [Theory]
    [InlineData("Protests went on in Ferguson, Mo., for weeks. Residents of Ferguson marched again on Sunday.", "Ferguson", "Mo.")]
    [InlineData("Clinton criticized Tulsa, Okla., police officer Betty Shelby on Tuesday.", "Tulsa", "Okla.")]
    [InlineData("Protests went on in Ferguson , Mo. , for weeks .", "Ferguson", "Mo.")]
    [InlineData("The rally in Newport News, Virginia, drew thousands.", "Newport News", "Virginia")]
    public void A_town_written_with_its_state_after_a_comma_is_a_place(string text, string town, string state)
    {
        var document = Analyze(text);
        Assert.All(document.Entities.Where(e => e.Aliases.Contains(town)), e => Assert.Equal(EntityType.Gpe, e.Type));
        Assert.Contains(document.Entities, e => e.Aliases.Contains(town));
        Assert.Contains(document.Entities, e => e.Type == EntityType.Gpe && e.Aliases.Contains(state));
    }

    [Fact]
    public void A_lawmakers_state_in_brackets_is_a_place_and_a_senator_with_a_state_no_town()
    {
        var document = Analyze("Sen. Bernie Sanders (Vt.) spoke first. Later Sen. John Cornyn, Texas Republican, answered him.");
        Assert.Contains(document.Entities, e => e.Type == EntityType.Gpe && e.Aliases.Contains("Vt."));
        Assert.Contains(document.Entities, e => e.Type == EntityType.Person && e.Aliases.Contains("John Cornyn"));
    }

    [Fact]
    public void A_headline_word_the_story_also_writes_in_lower_case_is_not_taken_for_the_name()
    {
        var document = Analyze("LABOUR COSTS RISE AGAIN IN BRITAIN\n\nLONDON 1996-08-28\n\nOn Tuesday Labour said that labour costs rose by 4 percent .");
        Assert.DoesNotContain(document.Entities, e => e.Aliases.Contains("LABOUR") && e.Aliases.Contains("Labour"));
    }

    [Fact]
    public void A_listed_people_that_is_the_surname_of_a_person_named_in_full_is_that_person_where_it_speaks()
    {
        // "Cuban" is a nationality in the lists; "Jordan said" after "Rep. Jim Jordan" is the same case with a country
        var document = Analyze("Mark Cuban spoke on Sunday. A self-professed independent, Cuban said he would consider offers.");
        Assert.Equal(["Mark Cuban", "Cuban"], MentionTexts(document, Named(document, "Mark Cuban")));
    }

    [Fact]
    public void A_listed_place_that_a_person_is_named_after_stays_the_place_where_it_does_not_speak()
    {
        var document = Analyze("Rep. Jim Jordan of Ohio asked the first question. He had visited Jordan in May.");
        Assert.Equal(["Jim Jordan"], MentionTexts(document, Named(document, "Jim Jordan")));
    }

    [Theory]
    [InlineData("Great Service and hairstyles that last. I am pleased with the result.", "Great Service")]
    [InlineData("Anthony Weiner Receives More Bad News After Separation From Wife Huma Abedin.", "Bad News")]
    public void A_head_noun_that_a_title_praises_or_laments_names_nothing(string text, string words)
    {
        var document = Analyze(text);
        Assert.DoesNotContain(document.Entities, e => e.Aliases.Contains(words));
    }

    [Fact]
    public void A_scorecard_names_its_fielders_and_bowlers()
    {
        var document = Analyze("England first innings\n\nM. Atherton c Inzamam-ul-Haq b Mushtaq Ahmed 31\n\nN. Hussain c Moin Khan b Wasim Akram 12\n\nA. Stewart b Waqar Younis 44");
        foreach (var name in new[] { "Inzamam-ul-Haq", "Mushtaq Ahmed", "Moin Khan", "Wasim Akram", "Waqar Younis" })
            Assert.Equal(EntityType.Person, Named(document, name).Type);
    }

    [Fact]
    public void A_scorecards_batsmen_and_bowlers_are_players_though_their_surnames_are_towns()
    {
        var document = Analyze("Kestria first innings\nTariq Samad c Croft b Cork 176\nHamid Rauf lbw b Salisbury 46\nIrfan Dost not out 100\n"
            + "Bowling : Lewis 12-1-64-0 , Cork 23-5-71-1 , Salisbury 29-3-116-0");
        foreach (var name in new[] { "Tariq Samad", "Hamid Rauf", "Irfan Dost", "Croft", "Cork", "Salisbury", "Lewis" })
            Assert.Equal(EntityType.Person, Named(document, name).Type);
        Assert.DoesNotContain(document.Entities, e => e.Type != EntityType.Person && e.Name != "Kestria");
        // prose keeps its reading
        Assert.Equal(EntityType.Gpe, Named(Analyze("The ferry from Cork sailed at 9 ."), "Cork").Type);
    }

    [Fact]
    public void An_organisations_initials_are_that_organisation_though_the_article_gives_them_in_no_brackets()
    {
        var document = Analyze("KGE WHEAT ENDS LOWER .\nThe Kestrian Grain Exchange cut its fees on Monday , traders said .\nStocks held in KGE warehouses rose .");
        var exchange = Named(document, "Kestrian Grain Exchange");
        Assert.Equal(EntityType.Org, exchange.Type);
        Assert.Equal(3, exchange.Mentions.Length);
    }

    [Fact]
    public void Initials_join_the_organisation_they_stand_for_though_the_lists_know_only_the_full_name()
    {
        var document = Analyze("The Israel Defense Forces (IDF) said 11 hostages had crossed into Egypt. The IDF gave no details.");
        var army = Assert.Single(document.Entities, e => e.Type == EntityType.Org);
        Assert.Contains("IDF", army.Aliases);
    }

    [Fact]
    public void A_listed_company_with_its_legal_form_is_the_company()
    {
        var document = Analyze("IBM rallied after International Business Machines Corp said it would buy back shares.");
        Assert.Equal(["IBM", "International Business Machines Corp"], MentionTexts(document, Named(document, "IBM")));
    }

    [Fact]
    public void A_company_with_and_without_its_legal_form_is_one_and_its_legal_form_ends_its_name()
    {
        var document = Analyze("Shares of Apple Inc fell 4 percent after Apple reported sales. Samsung Electronics Co Ltd reports on Thursday.");
        Assert.Equal(["Apple Inc", "Apple"], MentionTexts(document, Named(document, "Apple")));
        Assert.Equal(EntityType.Org, Named(document, "Samsung Electronics Co Ltd").Type);
    }

    [Fact]
    public void A_compound_modifier_or_a_title_is_no_part_of_the_name_after_or_before_it()
    {
        var document = Analyze("Senate Majority Leader Trent Lott said the bill was a victory for the Republican-controlled Congress .");
        Assert.Equal(["Senate", "Congress"], Names(document, EntityType.Org));
        Assert.Equal("Majority Leader", Named(document, "Trent Lott").Title);
    }

    [Fact]
    public void A_persons_full_name_read_once_as_a_place_is_still_the_person()
    {
        var document = Analyze("Secret Service stops protester at Hillary Clinton rally\n\nHillary Clinton spoke in Des Moines on Monday. Clinton said she would win.");
        Assert.Equal(3, Named(document, "Hillary Clinton").Mentions.Length);
        Assert.DoesNotContain(document.Entities, e => e.Type != EntityType.Person && e.Name.Contains("Clinton"));
    }

    [Fact]
    public void An_arabic_particle_makes_a_person_of_a_name_the_tagger_read_in_part_as_other()
    {
        var document = Analyze("The deal “sends a strong signal,” Kuwait's oil minister, Bakheet al-Rashidi, said on Twitter. “Happy Cinco de Mayo!” he added.");
        Assert.Equal(["Bakheet al-Rashidi"], Names(document, EntityType.Person));
    }

    [Fact]
    public void A_name_before_party_is_the_party()
    {
        var document = Analyze("Hungarian Prime Minister Viktor Orbán, whose Fidesz party has blocked the aid, said he would not change his position.");
        Assert.Equal(EntityType.Org, Named(document, "Fidesz").Type);
    }

    [Fact]
    public void A_lone_word_read_as_a_person_is_the_place_the_article_names_by_it_or_no_one()
    {
        var document = Analyze("Ukraine says Russian strikes hit Zaporizhzhia\n\nRussian missiles struck the southern city of Zaporizhzhia overnight, "
                               + "as President Volodymyr Zelenskyy urged Western allies to act. Officials in Zaporizhzhia counted the damage.\n\nFighting continued near Bakhmut.");
        Assert.Equal(["Volodymyr Zelenskyy"], Names(document, EntityType.Person));
        Assert.Equal(3, Named(document, "Zaporizhzhia").Mentions.Length);
    }

    [Fact]
    public void A_clubs_word_before_a_town_names_the_club()
    {
        // the tagger reads "Inter Milan" as a person and "Sporting Lisbon" as the town
        var document = Analyze("AC Milan beat Inter Milan 2-1 in the derby on Sunday , while Sporting Lisbon drew with Dynamo Kiev .");
        Assert.Equal(["AC Milan", "Inter Milan", "Sporting Lisbon", "Dynamo Kiev"], Names(document, EntityType.Org));
        Assert.DoesNotContain(document.Entities, e => e.Type is EntityType.Person or EntityType.Gpe);
    }

    [Fact]
    public void The_names_of_a_score_line_are_teams()
    {
        var document = Analyze("Results on Monday :\n\nCHICAGO 103 Denver 91\n\nItaly 2 Moldova 1\n\nDALLAS 21 Washington 10\n\nSingapore 2 Malaysia 1");
        Assert.Equal(EntityType.Org, Named(document, "CHICAGO").Type);
        Assert.Equal(EntityType.Org, Named(document, "Denver").Type);
        Assert.Equal(EntityType.Gpe, Named(document, "Italy").Type);   // a national side is written as its country
        Assert.Equal(EntityType.Gpe, Named(document, "Singapore").Type);
        Assert.Equal(EntityType.Org, Named(document, "Washington").Type);   // a capital's club, not its country's side
        // the United Kingdom's nations field sides of their own; a longer name holding one is a club
        var home = Analyze("Results on Saturday :\n\nEngland 2 Scotland 1\n\nNEW ENGLAND 27 Indianapolis 13\n\nEngland coach Glenn Hoddle named his squad .");
        Assert.Equal(EntityType.Gpe, Named(home, "England").Type);
        Assert.Equal(EntityType.Gpe, Named(home, "Scotland").Type);
        Assert.Equal(EntityType.Org, Named(home, "NEW ENGLAND").Type);
    }

    [Fact]
    public void A_score_line_names_its_teams_whole_and_its_scorers()
    {
        var document = Analyze("Summary of the match played on Saturday :\n\nBayern Munich 3 ( Nilis 12 , Van der Meer 45 pen ) St Johnstone 1 ( Jonk 60 ) .\n\nBoston 5 CLEVELAND 4 ( 10 innings )");
        Assert.Equal(["Bayern Munich", "St Johnstone", "Boston", "CLEVELAND"], Names(document, EntityType.Org));
        Assert.Equal(["Nilis", "Van der Meer", "Jonk"], Names(document, EntityType.Person));
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Gpe);
    }

    [Fact]
    public void A_company_named_with_its_legal_form_is_the_company_where_the_article_drops_the_form()
    {
        var document = Analyze("HAROLD VENNING SAYS PROFIT UP 12 PCT .\nHarold Venning Cos Inc said on Tuesday its profit rose .\nHarold Venning shares rose 1-1/8 to 92-3/8 .");
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(3, document.Entities.Where(e => e.Type == EntityType.Org).Sum(e => e.Mentions.Length));
    }

    [Fact]
    public void A_title_the_tagger_ran_a_people_and_a_place_into_leaves_them_apart()
    {
        var document = Analyze("Kaine faces off against Republican Indiana Gov. Mike Pence on Tuesday .");
        Assert.Equal(EntityType.Norp, Named(document, "Republican").Type);
        Assert.Equal(EntityType.Gpe, Named(document, "Indiana").Type);
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Org);
    }

    [Fact]
    public void A_town_too_small_for_the_lists_before_a_plural_is_a_team()
    {
        var document = Analyze("She won the endorsement of Cleveland Cavaliers basketball star Leon Jamison .");
        Assert.Equal(EntityType.Org, Named(document, "Cleveland Cavaliers").Type);
    }

    [Theory]
    [InlineData("A spokesman for the Alliance of Democratic Forces for the Liberation of Congo-Zaire said troops fled .", "Alliance of Democratic Forces for the Liberation of Congo-Zaire")]
    [InlineData("She teaches at the University of Wisconsin-Milwaukee .", "University of Wisconsin-Milwaukee")]
    public void An_organisations_name_running_through_a_hyphen_into_a_place_takes_the_place_in(string text, string name)
    {
        var document = Analyze(text);
        Assert.Equal(EntityType.Org, Assert.Single(document.Entities).Type);
        Assert.Equal(name, Assert.Single(document.Entities).Name);
    }

    [Fact]
    public void A_word_of_a_partys_name_before_Democrats_makes_the_party()
    {
        var document = Analyze("The opposition Social Democrats led by Tomas Orlen doubled their seats . The Christian Democrats lost . Democrats won the House .");
        Assert.Equal(EntityType.Org, Named(document, "Social Democrats").Type);
        Assert.Equal(EntityType.Org, Named(document, "Christian Democrats").Type);
        Assert.Equal(EntityType.Norp, Named(document, "Democrat").Type);   // alone, the American party's members
    }

    [Theory]
    [InlineData("Opposition Kestrian Action Party ( KAP ) leader Tomas Orlen said the speech ignored poverty .", "Kestrian Action Party")]
    [InlineData("Rival Dorvall Groep NV said it would not bid .", "Dorvall Groep NV")]
    [InlineData("Retired Army Col. Lawrence Wilkerson spoke first .", "Army")]
    [InlineData("Top Senate candidates met in Ohio on Monday .", "Senate")]
    public void A_word_describing_an_organisation_that_opens_the_sentence_is_no_part_of_its_name(string text, string name)
    {
        var document = Analyze(text);
        Assert.Equal(EntityType.Org, Named(document, name).Type);
        var opening = text[..text.IndexOf(' ', StringComparison.Ordinal)];
        Assert.DoesNotContain(document.Entities, e => e.Aliases.Any(a => a.StartsWith(opening, StringComparison.Ordinal)));
    }

    [Fact]
    public void In_a_ranked_list_of_players_the_name_in_brackets_is_the_club_unless_a_country()
    {
        var document = Analyze("Leading goalscorers after Sunday 's matches :\n13 - Tavo Ruelas ( Barcelona )\n8 - Amadeo ( Betis ) , Milo Kendric ( Real Madrid )\n"
            + "Leading results of the race :\n1. Pol Varenne ( France ) 1:50.35");
        Assert.Equal(["Barcelona", "Betis", "Real Madrid"], Names(document, EntityType.Org));
        Assert.Equal(["Tavo Ruelas", "Amadeo", "Milo Kendric", "Pol Varenne"], Names(document, EntityType.Person));
        Assert.Equal(EntityType.Gpe, Named(document, "France").Type);
        var squad = Analyze("The coach named the following squad on Wednesday :\nGoalkeepers : Dan Ellery ( Arsenal ) , Ivo Walden ( Tottenham )\nForwards : Alun Shere ( Newcastle )");
        Assert.Equal(["Arsenal", "Tottenham"], Names(squad, EntityType.Org));   // one player under a label is too little to go on
    }

    [Fact]
    public void Saint_before_a_name_is_part_of_it()
    {
        var document = Analyze("St Helens coach Dane Morrow said it was the greatest final he had seen .");
        Assert.Equal(EntityType.Org, Named(document, "St Helens").Type);
        Assert.DoesNotContain(document.Entities, e => e.Name == "Helens");
    }

    [Fact]
    public void A_cup_result_names_each_club_though_its_country_stands_between_the_club_and_its_score()
    {
        var document = Analyze("Results of first round matches on Tuesday :\n\nIn Prague : Slavia Prague ( Czech Republic ) 2 Valencia ( Spain ) 1\n\nIn Glasgow : Celtic ( Scotland ) 2 Hamburg ( Germany ) 2");
        Assert.Equal(["Slavia Prague", "Valencia", "Celtic", "Hamburg"], Names(document, EntityType.Org));
        Assert.Equal(["Prague", "Czechia", "Spain", "Glasgow", "Scotland", "Germany"], Names(document, EntityType.Gpe));
    }

    [Fact]
    public void A_cricket_innings_names_its_side_its_players_and_the_other_side()
    {
        var document = Analyze("Close of play scores on Friday :\n\nAt Leicester : Leicestershire 343-8 ( P. Simmons 108 , P. Nixon 67 ; A. Kumble 4-45 ) v Somerset .");
        Assert.Equal(["Leicestershire", "Somerset"], Names(document, EntityType.Org));
        Assert.Equal(["P. Simmons", "P. Nixon", "A. Kumble"], Names(document, EntityType.Person));
        Assert.Equal(["Leicester"], Names(document, EntityType.Gpe));
    }

    [Fact]
    public void Towns_a_result_joins_are_teams_throughout_the_story()
    {
        var document = Analyze("SOCCER - BARCELONA BEAT VALENCIA TO GO TOP .\n\nMADRID 1996-12-15\n\nRonaldo scored twice as Barcelona beat Valencia 3-2 on Sunday . "
                               + "Valencia had led after 12 minutes . Ronaldo settled in Barcelona last year .");
        Assert.Equal(["BARCELONA", "Barcelona"], MentionTexts(document, document.Entities.Single(e => e.Type == EntityType.Org && e.Name == "Barcelona")));
        Assert.Equal(["VALENCIA", "Valencia", "Valencia"], MentionTexts(document, Named(document, "Valencia")));
        Assert.Equal(EntityType.Org, Named(document, "Valencia").Type);
        Assert.Contains(document.Entities, e => e.Type == EntityType.Gpe && e.Name == "Barcelona");   // "in Barcelona" is the town
        Assert.DoesNotContain(document.Entities, e => e.Aliases.Contains("SOCCER"));
        // a poll's result is no match: its people stay people
        Assert.Equal(["Clinton", "Cruz"], Names(Analyze("In the poll Clinton beats Cruz 42-40 ."), EntityType.Person));
    }

    [Fact]
    public void A_result_reported_in_prose_names_teams()
    {
        var document = Analyze("LONDON 1996-08-24\n\nLeeds ' Ian Rush scored on his debut as the Yorkshire club beat Wimbledon 1-0 . "
                               + "Newcastle 's Alan Shearer was booked . Everton drew 1-1 with Liverpool .");
        Assert.Equal(["Leeds", "Wimbledon", "Newcastle", "Everton", "Liverpool"], Names(document, EntityType.Org));
        Assert.Equal(["Ian Rush", "Alan Shearer"], Names(document, EntityType.Person));
        // with no result in the story, a town's possessive is the town's
        Assert.Equal(EntityType.Gpe, Named(Analyze("Newcastle 's Alan Shearer opened the new bridge ."), "Newcastle").Type);
    }

    [Fact]
    public void A_name_the_text_spells_out_whole_elsewhere_is_read_whole()
    {
        var document = Analyze("The report was published by Environment Canada on Friday .\n\nA sensitive Environment Canada document was found wet on an Ottawa street . "
                               + "Environment Canada spokeswoman Sujata Raisinghani said so .");
        Assert.Equal(["Environment Canada", "Environment Canada", "Environment Canada"], MentionTexts(document, Named(document, "Environment Canada")));
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Gpe && e.Name == "Canada");
    }

    [Fact]
    public void A_lone_name_that_owns_a_person_named_in_full_is_the_team_or_company()
    {
        var document = Analyze("Ferrari 's Michael Schumacher won the race on Sunday , ahead of Williams driver Jean Alesi and Mika Hakkinen of McLaren . "
                               + "Wimbledon champion Richard Krajicek watched . Donald Trump praised Trump 's Mike Pence . Sanders : ‘Of Course’ Hillary Clinton Is Qualified .");
        Assert.Equal(["Ferrari", "Williams", "McLaren"], Names(document, EntityType.Org));
        Assert.Equal(EntityType.Event, Named(document, "Wimbledon").Type);
        Assert.Contains("Trump", MentionTexts(document, Named(document, "Donald Trump")));
    }

    [Fact]
    public void A_persons_name_goes_on_through_its_particles()
    {
        var document = Analyze("The Commission 's chief spokesman Nikolaus van der Pas told a news briefing . He spoke after Tour de France riders left .");
        Assert.Equal(["Nikolaus van der Pas"], Names(document, EntityType.Person));
    }

    [Fact]
    public void The_rows_of_a_standings_table_name_teams()
    {
        var document = Analyze("Standings after games played on Tuesday :\n\nW L PCT GB\n\nNEW YORK 74 59 .556 -\n\nTORONTO 63 71 .470 11 1/2\n\nItaly 3 2 1 0 5 2 7");
        Assert.Equal(["NEW YORK", "TORONTO"], Names(document, EntityType.Org));
        Assert.Equal(EntityType.Gpe, Named(document, "Italy").Type);
        // one row alone is no table: "Paris 12 14 9" may be a town's temperatures
        Assert.DoesNotContain(Analyze("Highs on Monday :\n\nParis 12 14 9").Entities, e => e.Type == EntityType.Org);
    }

    [Fact]
    public void The_name_between_a_competitors_country_and_the_time_is_the_team()
    {
        var document = Analyze("Leading positions in the race on Sunday :\n1. Anton Veselka ( Germany ) Brennholt 1 hour 28 minutes 15.125 seconds\n2. Pieter Sandoval ( Canada ) Williams 5.602 seconds behind");
        Assert.Equal(["Brennholt", "Williams"], Names(document, EntityType.Org));
        Assert.Equal(["Anton Veselka", "Pieter Sandoval"], Names(document, EntityType.Person));
    }

    [Fact]
    public void A_tour_of_a_place_is_a_race()
    {
        var document = Analyze("CYCLING - TOUR OF SPAIN RESULTS .\nMADRID 1996-09-15\nThe Tour de France winner pulled out of the Tour of Spain on Wednesday . He will tour Spain next year .");
        Assert.Equal(["TOUR OF SPAIN", "Tour of Spain"], MentionTexts(document, Named(document, "Tour of Spain")));
        Assert.Equal(EntityType.Event, Named(document, "Tour de France").Type);
        Assert.Equal(EntityType.Gpe, Named(document, "Spain").Type);   // "tour Spain", the verb
    }

    [Fact]
    public void An_organisation_takes_in_no_listed_organisation_after_and()
    {
        var document = Analyze("Union Bank of Kestria and Credit Suisse said they would cooperate fully .");
        Assert.Equal(["Union Bank of Kestria", "Credit Suisse"], Names(document, EntityType.Org));
    }

    [Fact]
    public void A_sports_bodys_name_before_an_events_opens_the_events_name()
    {
        var document = Analyze("Top seed Anna Kessler won the WTA Tour Championships at the arena on Sunday .");
        Assert.Equal(EntityType.Event, Named(document, "WTA Tour Championships").Type);
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Org);
    }

    [Fact]
    public void A_grand_prix_named_after_a_place_is_an_event()
    {
        var document = Analyze("ATHLETICS - BERLIN GRAND PRIX RESULTS .\nBERLIN 1996-08-30\nLeading results at the Berlin Grand Prix athletics meeting on Friday :");
        Assert.Equal(EntityType.Event, Named(document, "Berlin Grand Prix").Type);
        Assert.Equal(2, Named(document, "Berlin Grand Prix").Mentions.Length);
    }

    [Fact]
    public void A_tournaments_group_is_no_organisation()
    {
        var document = Analyze("Japan beat Syria 2-1 in a Group C match on Friday , and Fiji top Pool B .");
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Org);
        Assert.Contains(document.Entities, e => e.Name == "Japan");
    }

    [Fact]
    public void A_schedule_line_beside_a_results_table_names_two_teams()
    {
        var document = Analyze("Standings after games played on Thursday :\n\nMIAMI 14 4 .778 -\n\nCHICAGO 17 1 .944 -\n\nFRIDAY 'S SCHEDULE\n\nTORONTO AT NEW JERSEY");
        Assert.Equal(["MIAMI", "CHICAGO", "TORONTO", "NEW JERSEY"], Names(document, EntityType.Org));
        // without a table, "at" between two places is where someone is
        Assert.DoesNotContain(Analyze("Clinton at Camp David").Entities, e => e.Type == EntityType.Org);
    }

    [Fact]
    public void A_score_before_a_name_and_a_country_before_a_dash_are_no_part_of_the_person()
    {
        var document = Analyze("Leading scores :\n\n67 Bernhard Langer ( Germany )\n\nScorers :\n\nItaly - Casiraghi ( 21st minute ) , Del Piero ( 67th )");
        Assert.Equal(["Bernhard Langer", "Casiraghi", "Del Piero"], Names(document, EntityType.Person));
        Assert.Equal(["Germany", "Italy"], Names(document, EntityType.Gpe));
    }

    [Fact]
    public void A_newsroom_named_after_a_person_the_article_names_in_full_is_that_person()
    {
        var document = Analyze("Bloomberg said on Tuesday he would not run . Michael Bloomberg , the former New York mayor , told reporters the race was already crowded .");
        Assert.Equal(["Bloomberg", "Michael Bloomberg"], MentionTexts(document, Named(document, "Michael Bloomberg")));
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Org);
    }

    [Fact]
    public void Upper_case_initials_are_organisations()
    {
        var document = Analyze("He said so in an interview with NBC on Sunday.");
        Assert.Equal(EntityType.Org, Named(document, "NBC").Type);
        Assert.Empty(Analyze("The flight left at 9 PM and landed at 6 AM.").Entities);
    }

    [Fact]
    public void Capitalised_words_that_open_a_sentence_are_not_names()
    {
        var document = Analyze(
            "But over the weekend, he appeared in a series of tweets. However, officials disagreed. " +
            "The Taliban said nothing. Once normal travel resumes, Everyone will watch. According to White House data, flights continued.");
        Assert.Equal(["Taliban", "White House"], document.Entities.Select(e => e.Name));
    }

    [Fact]
    public void Names_inside_compounds_and_possessives_stop_at_the_name()
    {
        var document = Analyze("Taliban-ruled Afghanistan was quiet after the Taliban’s occupation of Kabul and the al-Qaeda sanctuary closed.");
        Assert.Equal(["Taliban", "Taliban"], MentionTexts(document, Named(document, "Taliban")));
        Assert.Equal(["al-Qaeda"], MentionTexts(document, Named(document, "al-Qaeda")));
        Assert.Equal(EntityType.Gpe, Named(document, "Afghanistan").Type);
    }

    [Fact]
    public void Two_to_four_capitalised_words_that_no_list_knows_are_a_person()
    {
        var document = Analyze("The long-term relationship will be affected, Rudra Chowdhury said. Later, Chowdhury left.");
        var person = Named(document, "Rudra Chowdhury");
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal(["Rudra Chowdhury", "Chowdhury"], person.Aliases.ToArray());
    }

    [Fact]
    public void A_title_cased_headline_does_not_turn_common_words_into_people()
    {
        var document = Analyze("Taliban Takes Control Of Kabul As Ghani Flees The Country\n\nThe Taliban entered Kabul on Sunday.");
        // Ghani (Ashraf Ghani, who fled) is the one person there; "Takes Control", "Flees The Country" are no one
        Assert.DoesNotContain(document.Entities, e => e.Type == EntityType.Person && e.Name != "Ghani");
        Assert.Contains(document.Entities, e => e.Name == "Taliban");
        Assert.Contains(document.Entities, e => e.Name == "Kabul");
    }

    [Fact]
    public void Ids_follow_the_first_mention_and_the_output_is_the_same_every_time()
    {
        const string text = "Qatar hosted the talks. Zalmay Khalilzad flew in from Washington, and NATO officials joined. Khalilzad said little.";
        var first = Analyze(text);
        Assert.Equal(["e1", "e2", "e3", "e4"], first.Entities.Select(e => e.Id));
        Assert.Equal(["Qatar", "Zalmay Khalilzad", "Washington", "NATO"], first.Entities.Select(e => e.Name));
        var again = Analyze(text);
        Assert.Equal(Describe(first), Describe(again));
    }

    [Fact]
    public void Many_documents_at_once_give_the_same_entities_as_one_at_a_time()
    {
        var texts = Enumerable.Range(0, 40).Select(i =>
            $"Zalmay Khalilzad met {(i % 2 == 0 ? "Jen Psaki" : "Gen. McKenzie")} in Doha on day {i}. Khalilzad said the Taliban agreed.").ToArray();
        var sequential = texts.Select(t => Describe(Analyze(t))).ToArray();
        var parallel = new string[texts.Length];
        Parallel.For(0, texts.Length, i => parallel[i] = Describe(Analyze(texts[i])));
        Assert.Equal(sequential, parallel);
    }

    // Gold sets and watch lists write "King's College London", whatever apostrophe the copy typesets
    [Fact]
    public void A_canonical_name_takes_the_typewriter_apostrophe_and_keeps_the_articles_as_an_alias()
    {
        var document = Analyze("NYPD Commissioner James O’Neill said the city was safe. Researchers at King’s College London agreed.");

        var person = Named(document, "James O'Neill");
        Assert.Contains("James O’Neill", person.Aliases);
        Assert.Equal(EntityType.Org, Named(document, "King's College London").Type);
    }

    // The rules find a run of capitalised words with a head noun ("... Center’s Dan Gainor") whole;
    // where the tagger saw two names joined by a possessive, the two stay apart.
    [Theory]
    [InlineData("The Media Research Center’s Dan Gainor will be interviewed on Monday.", "Media Research Center", EntityType.Org, "Dan Gainor")]
    [InlineData("Aides in Hillary Clinton’s State Department kept the emails.", "State Department", EntityType.Org, "Hillary Clinton")]
    public void Two_names_joined_by_a_possessive_stay_two(string text, string owned, EntityType type, string person)
    {
        var document = Analyze(text);

        Assert.Equal(type, Named(document, owned).Type);
        Assert.Equal(EntityType.Person, Named(document, person).Type);
        Assert.DoesNotContain(document.Entities, e => e.Name.Contains('’'));
    }

    // "Senate Majority Whip John Cornyn" is the Senate and, titled, John Cornyn; a name that goes on past
    // the person to its head noun is one organisation.
    [Theory]
    [InlineData("Senate Majority Whip John Cornyn said the vote would wait.", "Senate", "John Cornyn")]
    [InlineData("The film follows Navy SEAL Chris Kyle through four tours.", "Navy", "Chris Kyle")]
    public void An_organisation_and_the_titled_person_after_it_stay_two(string text, string organisation, string person)
    {
        var document = Analyze(text);

        Assert.Equal(EntityType.Org, Named(document, organisation).Type);
        Assert.Equal(EntityType.Person, Named(document, person).Type);
        Assert.Equal(2, document.Entities.Length);
    }

    [Fact]
    public void A_name_inside_a_longer_name_taken_whole_is_no_entity_of_its_own()
    {
        var document = Analyze("Students in urban districts take 112 standardized tests by the time they graduate, a study by the Council of the Great City Schools found.");

        Assert.Contains(document.Entities, e => e.Name == "Council of the Great City Schools");
        Assert.DoesNotContain(document.Entities, e => e.Name == "Great City");
    }

    [Fact]
    public void An_organisation_named_after_a_person_stays_whole()
    {
        var document = Analyze("The Donald J. Trump Foundation gave the money to a veterans group.");

        Assert.Equal(EntityType.Org, Named(document, "Donald J. Trump Foundation").Type);
    }

    // "Eastern District" and "New York" tagged apart, the rules' whole name taken for each: one mention.
    [Fact]
    public void A_whole_name_taken_for_two_tagged_names_is_one_mention()
    {
        var document = Analyze("A judge in the Eastern District of New York ruled against the bank on Monday.");

        var court = Assert.Single(document.Entities, e => e.Name == "Eastern District of New York");
        Assert.Equal(["Eastern District of New York"], MentionTexts(document, court));
    }

    [Fact]
    public void Every_mention_points_at_its_text()
    {
        var document = Analyze(File.ReadAllText(SharedFile("samples/seed-article.txt")));
        foreach (var e in document.Entities)
        {
            Assert.All(e.Mentions, m => Assert.Contains(document[m], e.Aliases));
            Assert.Equal(e.Mentions.Length, e.Mentions.Distinct().Count());
        }
    }

    private static string Describe(Document d) =>
        string.Join("; ", d.Entities.Select(e => $"{e.Id} {e.Type} {e.Name} [{string.Join("|", e.Aliases)}] {string.Join(",", e.Mentions)} {e.Title}"));

    // a Korean given name keeps its hyphenated second syllable; a group's adjective opening an
    // organisation's name the gazetteer lacks is part of it
    [Theory]
    [InlineData("North Korean leader Kim Jong-un said the test was a success.", EntityType.Person, "Kim Jong-un")]
    [InlineData("South Korean President Moon Jae-in met the envoy.", EntityType.Person, "Moon Jae-in")]
    [InlineData("Secretary General Ban Ki-moon condemned the test.", EntityType.Person, "Ban Ki-moon")]
    [InlineData("A spokesman for the Democratic Senatorial Campaign Committee declined to comment.", EntityType.Org, "Democratic Senatorial Campaign Committee")]
    [InlineData("Michael Rubin, a scholar at the American Enterprise Institute, said the plan would fail.", EntityType.Org, "American Enterprise Institute")]
    public void A_name_is_found_whole(string text, EntityType type, string name)
    {
        var document = Analyze(text);
        Assert.Contains(document.Entities, e => e.Type == type && e.Name == name);
    }

    [Fact]
    public void A_hyphenated_english_word_after_a_name_is_not_part_of_it()
    {
        var document = Analyze("The Donald Trump-led campaign and a George Bush-era policy were discussed.");
        Assert.DoesNotContain(document.Entities, e => e.Name.EndsWith("-led", StringComparison.Ordinal) || e.Name.EndsWith("-era", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nationality_the_gazetteer_knows_is_not_cut_by_the_title_after_it()
    {
        var document = Analyze("South African President Cyril Ramaphosa said the talks were productive.");
        Assert.Contains(document.Entities, e => e.Type == EntityType.Norp && e.Name == "South African");
        Assert.DoesNotContain(document.Entities, e => e.Name == "South");
        Assert.Contains(document.Entities, e => e.Type == EntityType.Person && e.Name == "Cyril Ramaphosa");
    }

    [Fact]
    public void A_title_before_a_name_is_no_name_of_its_own()
    {
        var document = Analyze("Saudi Crown Prince Mohammed bin Salman met him in Riyadh.");
        Assert.DoesNotContain(document.Entities, e => e.Name == "Prince");
        Assert.Contains(document.Entities, e => e.Type == EntityType.Person && e.Name == "Mohammed bin Salman");
    }

    [Fact]
    public void A_party_adjective_is_a_political_group_like_its_rival()
    {
        var document = Analyze("Democratic presidential candidate Hillary Clinton and the Republican nominee met; the Democratic National Committee was hacked.");
        Assert.Contains(document.Entities, e => e.Type == EntityType.Norp && e.Mentions.Any(m => document.Text[m.Start..m.End] == "Democratic"));
        Assert.Contains(document.Entities, e => e.Type == EntityType.Org && e.Name == "Democratic National Committee");
    }

    [Fact]
    public void A_party_and_state_after_a_lawmaker_is_no_name()
    {
        var document = Analyze("Sen. Marco Rubio (R-Fla.) said the bill was dead, and Sen. Ted Cruz, R-Texas, agreed with Latinos and African-Americans.");
        Assert.DoesNotContain(document.Entities, e => e.Name.StartsWith("R-", StringComparison.Ordinal));
        Assert.Contains(document.Entities, e => e.Type == EntityType.Norp && e.Name == "Latino");
        Assert.Contains(document.Entities, e => e.Type == EntityType.Norp && e.Name == "African American");
    }
}

using Vigil.Documents;
using static Vigil.Extraction.Tests.Commitments.CommitmentFixture;

namespace Vigil.Extraction.Tests.Commitments;

/// <summary>Commitments on real news sentences: each kind, negation, modality, conditions, deadlines, and what is not one.</summary>
public sealed class CommitmentTests
{
    [Fact]
    public void A_reported_promise_binds_the_body_whose_leaders_made_it_with_its_condition()
    {
        var found = Single("The Taliban took over Kabul on Sunday. Over the weekend, he appeared in a series of tweets praising " +
                           "the organization’s leaders for publicly promising to allow Afghans to leave the country if they wanted to.");
        Assert.Equal(CommitmentKind.Promise, found.Kind);
        Assert.StartsWith("allow Afghans to leave the country", found.Text);
        Assert.Equal("Taliban", found.Actor);
        Assert.Equal("if they wanted to", found.Condition);
        Assert.Equal("Afghans", found.Commitment.Beneficiary);
    }

    // A negated auxiliary written as one word, with either apostrophe, stands between the subject
    // and its verb as "has" does: the actor is the subject, not the words before the verb.
    [Theory]
    [InlineData("Donald Trump spoke in Ohio on Monday. He didn’t merely promise to cut taxes for the middle class.")]
    [InlineData("Donald Trump spoke in Ohio on Monday. He didn't merely promise to cut taxes for the middle class.")]
    public void The_actor_is_the_subject_before_a_negated_auxiliary(string text)
    {
        var found = CommitmentsIn(text);
        Assert.NotEmpty(found);
        Assert.All(found, f => Assert.Equal("Donald Trump", f.Actor));
    }

    // "doesn't" and "doesn’t" negate alike: a plan negated is a refusal.
    [Theory]
    [InlineData("Donald Trump has said he doesn’t plan to stage a mock debate before the election.")]
    [InlineData("Donald Trump has said he doesn't plan to stage a mock debate before the election.")]
    public void A_negated_plan_is_a_refusal_whichever_the_apostrophe(string text)
    {
        var found = Single(text);
        Assert.Equal(CommitmentKind.Refusal, found.Kind);
        Assert.Equal("Donald Trump", found.Actor);
    }

    [Fact]
    public void Vowing_not_to_act_is_a_refusal_by_the_one_in_apposition()
    {
        var found = Single("Ban Ki-moon, the secretary general of the United Nations, vowed not to repeat that mistake.");
        Assert.Equal(CommitmentKind.Refusal, found.Kind);
        Assert.Equal("repeat that mistake", found.Text);
        Assert.True(found.Commitment.Negated);
        Assert.Contains("Ban", found.Actor);
    }

    [Fact]
    public void Refusing_is_a_refusal()
    {
        var found = Single("One of the reasons that Donald Trump refuses to make public his income tax returns may be his business in Russia.");
        Assert.Equal(CommitmentKind.Refusal, found.Kind);
        Assert.Equal("make public his income tax returns", found.Text);
        Assert.Equal("Donald Trump", found.Actor);
    }

    [Fact]
    public void We_in_a_quote_binds_the_body_the_speaker_speaks_for_and_the_speaker_is_kept()
    {
        var found = Single("Zalmay Khalilzad, a senior US diplomat, praised the statement.\n\n" +
                           "“The statement is positive. We, our allies and the international community will make them abide by these commitments,” Khalilzad wrote.");
        Assert.Equal(CommitmentKind.Promise, found.Kind);
        Assert.Equal("We, our allies and the international community will make them abide by these commitments", found.Text);
        Assert.Equal("United States", found.Actor);
        Assert.Equal("Zalmay Khalilzad", found.Speaker);
        Assert.Equal(CommitmentModality.Will, found.Commitment.Modality);
    }

    [Fact]
    public void Not_going_to_in_ones_own_words_is_a_refusal_by_the_speaker()
    {
        var found = Single("“I am not going to follow a script to show that we are all united,” Italian Prime Minister Matteo Renzi said after the meeting.");
        Assert.Equal(CommitmentKind.Refusal, found.Kind);
        Assert.Equal("Matteo Renzi", found.Actor);
        Assert.Null(found.Speaker);
        Assert.Equal(CommitmentModality.GoingTo, found.Commitment.Modality);
    }

    [Fact]
    public void Can_with_a_punitive_act_and_an_if_clause_is_a_conditional_threat()
    {
        var found = Single("White House National Security Adviser Jake Sullivan spoke on Sunday. " +
                           "He also hinted that if American citizens are threatened, the United States can still attack the Taliban.");
        Assert.Equal(CommitmentKind.Threat, found.Kind);
        Assert.Equal("the United States can still attack the Taliban", found.Text);
        Assert.Equal("United States", found.Actor);
        Assert.Equal("if American citizens are threatened", found.Condition);
        Assert.Equal("Taliban", found.Commitment.Beneficiary);
        Assert.Equal(CommitmentModality.Can, found.Commitment.Modality);
    }

    [Fact]
    public void Can_without_a_punitive_act_is_no_commitment()
    {
        Assert.Empty(CommitmentsIn("He also said that the United States can still talk to the Taliban."));
    }

    [Fact]
    public void An_agreement_keeps_its_deadline_resolved_against_the_publication_date()
    {
        var found = Single("German Chancellor Angela Merkel spoke after the meeting. She said leaders had agreed to put together a reform plan by March of next year.",
            new DateOnly(2021, 9, 1));
        Assert.Equal(CommitmentKind.Agreement, found.Kind);
        Assert.Equal("put together a reform plan by March of next year", found.Text);
        Assert.Equal("by March of next year", found.Deadline);
        Assert.Equal(new DateInterval(new DateOnly(2022, 3, 1), new DateOnly(2022, 3, 31)), found.Commitment.DeadlineInterval);
    }

    [Fact]
    public void Coordinated_acts_are_one_commitment_each_and_a_list_of_nouns_is_not_split()
    {
        var promises = CommitmentsIn("On Thursday, Donald Trump spoke to a gathering of fracking industry leaders, promising to lift environmental " +
                                     "regulations and open more federal land to drilling.");
        Assert.Equal(["lift environmental regulations", "open more federal land to drilling"], promises.Select(p => p.Text));
        Assert.All(promises, p => Assert.Equal("Donald Trump", p.Actor));

        var cut = Single("Independent analyses agree the top 1 percent would benefit most from his plans to cut individual, business and capital gains rates, " +
                         "Donald Trump's critics say.");
        Assert.Equal("cut individual, business and capital gains rates", cut.Text);
    }

    [Fact]
    public void A_possessor_owns_the_threats_a_noun_names()
    {
        var threats = CommitmentsIn("The minister, Ildefonso Guajardo, sees little point in answering Donald Trump's threats to wall off the Mexican people " +
                                    "and slap a 35 percent tariff on Mexican imports.");
        Assert.Equal(2, threats.Length);
        Assert.All(threats, t => Assert.Equal(CommitmentKind.Threat, t.Kind));
        Assert.All(threats, t => Assert.Equal("Donald Trump", t.Actor));
        Assert.Equal("slap a 35 percent tariff on Mexican imports", threats[1].Text);
    }

    [Fact]
    public void Denying_any_promise_is_a_refusal_by_the_speakers_state()
    {
        var found = Single("“No promises were made to the Taliban,” U.S. Secretary of State Antony Blinken said in an interview with NBC on Sunday.");
        Assert.Equal(CommitmentKind.Refusal, found.Kind);
        Assert.Equal("No promises were made to the Taliban", found.Text);
        Assert.Equal("United States", found.Actor);
        Assert.Equal("Antony Blinken", found.Speaker);
    }

    [Fact]
    public void A_promise_that_holds_only_if_something_happens_is_a_condition()
    {
        var found = Single("The European Union will release the aid only if girls return to school, its foreign policy chief Josep Borrell said.");
        Assert.Equal(CommitmentKind.Condition, found.Kind);
        Assert.Equal("European Union", found.Actor);
        Assert.Equal("only if girls return to school", found.Condition);
    }

    [Fact]
    public void A_spokesperson_binds_the_one_they_speak_for()
    {
        var found = Single("Hillary Clinton took time off the campaign trail. “I think by the middle of the week she’ll be out there campaigning as " +
                           "aggressively as ever,” Clinton campaign spokesman Brian Fallon said on Monday.");
        Assert.Equal("Hillary Clinton", found.Actor);
        Assert.Equal("Brian Fallon", found.Speaker);
        Assert.Contains("she’ll be out there campaigning", found.Text);
    }

    [Theory]
    [InlineData("“They will not give up this card easily or prematurely,” said Rudra Chowdhury, a senior lecturer at King's College London.")]
    [InlineData("Many analysts expect the Taliban to form a government within weeks.")]
    [InlineData("“We hope the talks succeed,” the minister said.")]
    [InlineData("The Taliban allowed 200 foreigners to leave Kabul on a Qatar Airways flight on Thursday.")]
    [InlineData("“This will be a major, highly transactional relationship between the United States and the Taliban,” he said.")]
    [InlineData("One study found Donald Trump's plan would actually raise taxes on 8 million low-income families.")]
    public void Forecasts_wishes_past_acts_and_third_party_plans_are_not_commitments(string text)
    {
        Assert.Empty(CommitmentsIn(text));
    }
}

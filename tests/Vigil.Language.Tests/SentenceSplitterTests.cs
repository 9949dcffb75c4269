using static Vigil.Language.Tests.LanguageFixture;

namespace Vigil.Language.Tests;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void A_run_without_a_sentence_end_is_cut_into_bounded_sentences()
    {
        var run = string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"Name{i}"));
        var sentences = SentenceTexts(run);
        Assert.Equal(3, sentences.Length);
        Assert.All(sentences, s => Assert.True(s.Split(' ').Length <= Sentences.SentenceSplitter.MaxTokens));
        Assert.Equal(run, string.Join(' ', sentences));
    }

    [Fact]
    public void Abbreviations_inside_a_sentence_do_not_end_it()
    {
        Assert.Single(SentenceTexts("U.S. Secretary of State Antony Blinken met Gen. McKenzie and Lt. Col. Smith in Sept. 2021."));
        Assert.Single(SentenceTexts("Edwin G. Monroy said so."));
    }

    [Fact]
    public void An_abbreviation_ends_a_sentence_when_a_new_one_starts()
    {
        Assert.Equal(["Troops left the U.S.", "The talks resumed."], SentenceTexts("Troops left the U.S. The talks resumed."));
    }

    [Fact]
    public void A_quotation_keeps_its_closing_mark_and_its_attribution()
    {
        Assert.Equal(["“We will go.", "They will stay,” he said."], SentenceTexts("“We will go. They will stay,” he said."));
        Assert.Single(SentenceTexts("“Will they go?” she asked."));
        Assert.Equal(["He said: “Go.”", "Then he left."], SentenceTexts("He said: “Go.” Then he left."));
    }

    [Fact]
    public void Decimals_and_ellipses()
    {
        Assert.Single(SentenceTexts("Prices rose 3.5 percent in 2021."));
        Assert.Single(SentenceTexts("TORONTO 63 71 .470 11 1/2"));   // a winning percentage ends nothing
        Assert.Equal(["We believe attacks were thwarted by them…", "We have been doing this."],
            SentenceTexts("We believe attacks were thwarted by them… We have been doing this."));
    }

    [Fact]
    public void A_paragraph_without_final_punctuation_is_a_sentence()
    {
        Assert.Equal(["The vigilant U.S. relies on the Taliban", "Source link"],
            SentenceTexts("The vigilant U.S. relies on the Taliban\n\nSource link"));
    }

    [Fact]
    public void A_sentence_glued_to_the_next_is_split()
    {
        Assert.Equal(["It was the evacuation process.", "Speak to reporters."], SentenceTexts("It was the evacuation process.Speak to reporters."));
    }

    [Fact]
    public void Sentences_do_not_cross_paragraphs()
    {
        var document = Analyze("First line without a stop\nSecond line.\n\nThird.");
        Assert.Equal(3, document.Sentences.Length);
        Assert.Equal([0, 1, 2], document.Sentences.Select(s => s.Paragraph));
    }
}

using Vigil.Documents;
using Vigil.Language.Duplicates;
using Vigil.Pipeline;

namespace Vigil.Language.Tests.Duplicates;

/// <summary>
/// Copies of one story sign alike and distinct stories on one topic do not. The texts are fiction
/// written for these tests (the invented port of Calder, as in samples/).
/// </summary>
public sealed class StorySignerTests
{
    private static readonly AnalysisPipeline Pipeline = new PipelineBuilder().UseLanguage().UseCleaning().UseStorySignatures().Build();

    private const string Story = """
        Calder dock workers end three-week strike

        CALDER — Dock workers at the port of Calder voted on Thursday to end a three-week strike that had left more than forty container ships waiting at anchor off the coast, after the harbour authority agreed to a pay rise of 6 percent over two years.

        The agreement was reached late on Wednesday after eleven hours of talks at the offices of the regional labour mediator. Union leader Halina Voss said her members had accepted the offer by a large majority and would return to work on the morning shift on Friday.

        "Nobody wanted this strike to last as long as it did," Voss told reporters outside the union hall. "But our members were not prepared to go back for less than a fair share of the record profits the port has made."

        The harbour authority said in a statement that the deal would cost about 14 million a year and that it expected the backlog of ships to clear within ten days. Shipping companies had warned that the dispute was pushing up freight rates across the region and delaying deliveries of fuel and grain to inland towns.

        Local business groups welcomed the end of the stoppage but said the port would need to invest in new cranes and longer opening hours to win back customers who had diverted cargo to rival harbours further north.
        """;

    // The same story on another site: its own caption, credit, related links and trailer around it.
    private const string SyndicatedCopy = """
        Calder dock workers end three-week strike

        Photo: Container ships wait off the coast of Calder. © Meridan Press

        CALDER — Dock workers at the port of Calder voted on Thursday to end a three-week strike that had left more than forty container ships waiting at anchor off the coast, after the harbour authority agreed to a pay rise of 6 percent over two years.

        The agreement was reached late on Wednesday after eleven hours of talks at the offices of the regional labour mediator. Union leader Halina Voss said her members had accepted the offer by a large majority and would return to work on the morning shift on Friday.

        "Nobody wanted this strike to last as long as it did," Voss told reporters outside the union hall. "But our members were not prepared to go back for less than a fair share of the record profits the port has made."

        The harbour authority said in a statement that the deal would cost about 14 million a year and that it expected the backlog of ships to clear within ten days. Shipping companies had warned that the dispute was pushing up freight rates across the region and delaying deliveries of fuel and grain to inland towns.

        Local business groups welcomed the end of the stoppage but said the port would need to invest in new cranes and longer opening hours to win back customers who had diverted cargo to rival harbours further north.

        Related stories:

        Sign up for our newsletter

        Source link
        """;

    // An editor's pass: a new headline, a few words changed, a sentence trimmed, a line added.
    private const string EditedCopy = """
        Calder port strike over as dockers accept pay deal

        CALDER — Dock workers at the port of Calder voted on Thursday to end a three-week strike that had left more than 40 container ships waiting at anchor off the coast, after the harbour authority agreed to a pay rise of six percent over two years.

        The agreement was reached late on Wednesday after eleven hours of talks at the offices of the regional labour mediator. Union leader Halina Voss said her members had accepted the offer by a large majority and would return to work on Friday.

        "Nobody wanted this strike to last as long as it did," Voss told reporters outside the union hall. "But our members were not prepared to go back for less than a fair share of the record profits the port has made."

        The harbour authority said in a statement that the deal would cost about 14 million a year and that it expected the backlog of ships to clear within ten days. Shipping companies had warned that the dispute was pushing up freight rates across the region and delaying deliveries of fuel and grain to inland towns.

        Local business groups welcomed the end of the stoppage but said the port would need to invest in new cranes and longer opening hours to win back customers who had diverted cargo to rival harbours further north. The mediator's office declined to comment.
        """;

    // Another reporter's story of the same event: the same names, numbers and some of the same quote.
    private const string SameTopic = """
        Strike at Calder docks ends with 6 percent pay rise

        CALDER — The three-week stoppage at the port of Calder is over. Dock workers voted on Thursday to accept a 6 percent pay rise spread over two years, the union said, ending a dispute that had stranded more than forty container ships off the coast.

        Halina Voss, who leads the dockers' union, said the vote had not been close. "Nobody wanted this strike to last as long as it did," she said, adding that crews would be back on the quays for Friday's morning shift.

        Talks at the regional labour mediator's offices ran for eleven hours on Wednesday before the harbour authority improved its offer. The authority now expects the queue of waiting vessels to be cleared in about ten days, at a cost it put at 14 million a year.

        Freight forwarders said rates had climbed sharply during the strike and that some importers had moved their cargo to harbours further up the coast. Whether those customers return will depend on how quickly the port can work through its backlog, one forwarder said.
        """;

    [Fact]
    public void A_copy_under_other_page_furniture_signs_the_same()
    {
        var copy = Sign(SyndicatedCopy);

        Assert.NotEmpty(Analyze(SyndicatedCopy).Boilerplate);
        Assert.Equal(1.0, Sign(Story).Similarity(copy));
        Assert.True(Sign(Story).IsCopyOf(copy));
    }

    [Fact]
    public void A_lightly_edited_copy_is_a_copy()
    {
        var similarity = Sign(Story).Similarity(Sign(EditedCopy));

        Assert.InRange(similarity, StorySignature.CopyThreshold, 0.99);
    }

    [Fact]
    public void Another_story_of_the_same_event_is_not_a_copy()
    {
        Assert.InRange(Sign(Story).Similarity(Sign(SameTopic)), 0, 0.2);
        Assert.InRange(Sign(EditedCopy).Similarity(Sign(SameTopic)), 0, 0.2);
    }

    [Fact]
    public void Case_punctuation_and_curly_apostrophes_do_not_change_the_signature()
    {
        var plain = "The union's leader said the port would reopen on Friday morning after the vote.";
        var typeset = "THE UNION’S LEADER SAID: the port would reopen, on Friday morning — after the vote!";

        Assert.Equal(Sign(plain), Sign(typeset));
    }

    [Fact]
    public void Short_texts_are_signed_and_a_text_of_only_boilerplate_is_not()
    {
        Assert.NotNull(Sign("Port reopens."));
        Assert.NotEqual(Sign("Port reopens."), Sign("Port closes."));
        Assert.Null(Analyze("Source link").Signature);
        Assert.Null(Analyze("").Signature);
    }

    [Fact]
    public void Signatures_are_stable_across_runs()
    {
        // Stored signatures are compared with those of later runs: the hashing must never depend on the process.
        var signature = Sign("Dock workers at the port of Calder voted on Thursday to end the strike.");

        Assert.Equal(StorySignature.Length, signature.MinHashes.Length);
        Assert.Equal(signature, StorySignature.FromBytes(signature.ToBytes()));
        Assert.Equal(signature.BandHashes(), StorySignature.FromBytes(signature.ToBytes()).BandHashes());
        Assert.Equal(258653738u, signature.MinHashes[0]);
    }

    private static Document Analyze(string text) => Pipeline.Process(new Document(text, new ArticleMetadata("test")));

    private static StorySignature Sign(string text) => Analyze(text).Signature ?? throw new InvalidOperationException("no signature");
}

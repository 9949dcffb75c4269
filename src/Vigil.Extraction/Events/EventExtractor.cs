using Vigil.Documents;
using Vigil.Extraction.Clauses;
using Vigil.Extraction.Entities;
using Vigil.Extraction.Quotes;
using Vigil.Pipeline;

namespace Vigil.Extraction.Events;

/// <summary>
/// The event stage: what happened, is planned or is expected, typed by the vocabulary of
/// README.md (CAMEO root categories), with actors and their roles, place, date, counts and blame.
/// A definite re-mention of an earlier event of the same type ("the devastating airport attack …
/// blamed on Isis-K") adds what it tells to that event rather than making another.
/// </summary>
public sealed class EventExtractor(Gazetteer? gazetteer = null) : IDocumentStage
{
    private readonly Gazetteer _gazetteer = gazetteer ?? Gazetteer.Default;

    public string Name => "events";

    public AnnotationLayers Requires =>
        AnnotationLayers.Tokens | AnnotationLayers.Sentences | AnnotationLayers.Boilerplate | AnnotationLayers.Entities
        | AnnotationLayers.Quotes | AnnotationLayers.TimeExpressions;

    public AnnotationLayers Provides => AnnotationLayers.Events;

    public Document Process(Document document)
    {
        var tokens = new TokenText(document);
        var index = new DocumentIndex(tokens);
        var finder = new EventFinder(index, new ActorResolver(index, _gazetteer));
        var found = new List<FoundEvent>();
        foreach (var sentence in document.Sentences)
            if (!document.IsBoilerplate(sentence.Span)) finder.Find(sentence, found);

        var events = new List<NewsEvent>();
        foreach (var f in found)
        {
            var earlier = f.IsReMention ? events.FindLastIndex(e => e.Type == f.Event.Type) : -1;
            if (earlier >= 0) events[earlier] = Merge(events[earlier], f.Event);
            else events.Add(f.Event);
        }
        return document with { Events = [.. events] };
    }

    /// <summary>
    /// The first telling keeps its span, words and actors; the re-mention fills what it lacked and
    /// adds its counts and blame (its own actors are often only what it is compared with).
    /// </summary>
    private static NewsEvent Merge(NewsEvent first, NewsEvent again) => first with
    {
        Place = first.Place ?? again.Place,
        PlaceId = first.Place is null ? again.PlaceId : first.PlaceId,
        When = first.When ?? again.When,
        Figures = [.. first.Figures, .. again.Figures.Where(f => !first.Figures.Any(g => g.Count == f.Count && g.Kind == f.Kind))],
        BlamedOn = first.BlamedOn ?? again.BlamedOn,
        BlamedOnId = first.BlamedOn is null ? again.BlamedOnId : first.BlamedOnId,
    };
}

public static class EventPipelineExtensions
{
    /// <summary>Adds the event stage; it needs the quote and time stages before it.</summary>
    public static PipelineBuilder UseEvents(this PipelineBuilder builder) => builder.Use(new EventExtractor());
}

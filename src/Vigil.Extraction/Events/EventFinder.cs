using Vigil.Documents;
using Vigil.Extraction.Clauses;
using Vigil.Extraction.Quotes;

namespace Vigil.Extraction.Events;

/// <summary>An event as found in one sentence, before re-mentions of it in later sentences are merged in.</summary>
internal sealed record FoundEvent(NewsEvent Event, int FirstTrigger, bool IsReMention);

/// <summary>
/// Finds events sentence by sentence: the trigger words of one type in a sentence are one event
/// ("attack … killed", "meet … to discuss"), with who did it (the subject of a verb trigger, or "by
/// X"), to whom (the people and bodies named after it), where ("in Doha", "to Kabul", "at the
/// airport gate"), when (the sentence's time expression), the counts around it, whom it is blamed
/// on, and whether it happened, is planned ("will meet") or expected ("is expected to be unveiled").
/// Words in a speaker's own quotation are claims, not reported events, and are skipped.
/// </summary>
internal sealed class EventFinder(DocumentIndex index, ActorResolver actors)
{
    private const int MaxTargets = 4;
    private const int StatusReach = 6;
    private const int CountWordReach = 20;

    private static readonly FrozenSet<string> PlacePrepositions = Set("in", "at", "near", "outside", "to", "from", "into", "inside", "across");

    private static readonly FrozenSet<string> PlaceNouns = Set(
        "airport", "gate", "gates", "base", "embassy", "border", "checkpoint", "hotel", "mosque", "church", "school", "hospital",
        "market", "square", "bridge", "port", "prison", "camp", "city", "village", "capital", "palace", "compound", "station",
        "headquarters", "consulate", "parliament", "stadium", "university", "office", "building", "street", "road");

    private static readonly FrozenSet<string> PlannedWords = Set("will", "shall", "plans", "plan", "planned", "scheduled", "set", "due", "'ll", "going");

    private static readonly FrozenSet<string> ExpectedWords = Set("expected", "likely", "may", "might", "could", "would", "should", "possible", "probably");

    private static readonly FrozenSet<string> Definite = Set("the", "this", "that", "its", "their");

    private TokenText Tokens => index.Tokens;

    public void Find(Sentence sentence, List<FoundEvent> found)
    {
        var (start, end) = (sentence.FirstToken, sentence.EndToken);
        var triggers = new List<(int Token, int Length, EventTrigger Trigger)>();
        for (var t = start; t < end; t++)
        {
            if (!Tokens.IsWord(t) || index.InQuotedWords(t)) continue;
            var next = t + 1 < end && Tokens.IsWord(t + 1) ? Tokens[t + 1] : default;
            if (EventLexicon.At(Tokens[t], next) is { } hit)
            {
                triggers.Add((t, hit.Length, hit.Trigger));
                t += hit.Length - 1;
            }
        }
        if (triggers.Count == 0) return;

        var figures = new FigureFinder(Tokens).Find(sentence);
        var blame = BlameIn(start, end);
        foreach (var group in triggers.GroupBy(x => x.Trigger.Type))
        {
            var members = group.ToList();
            var main = members.FirstOrDefault(m => IsVerbUse(m.Token));
            if (main.Trigger is null) main = members[0];
            var last = members[^1];
            var extent = PredicateExtent.Terms(index, last.Token, end, split: false);
            var extentEnd = extent.Count > 0 ? Math.Max(extent[^1].Last, last.Token + last.Length - 1) : last.Token + last.Length - 1;
            var spanStart = ClauseStart(members[0].Token, start);

            var sources = Sources(members, start);
            var (place, placeId, placeToken) = Place(members[0].Token, start, end);
            var targets = Targets(members[0].Token, extentEnd, sources, placeToken);
            var when = DateOf(main.Token, start, end);
            var counts = members.Select(m => m.Trigger.Counts).FirstOrDefault(c => c is not null);
            var eventFigures = Figures(figures, members[0].Token, counts, start, end);
            var isViolent = group.Key is EventType.Assault or EventType.Fight or EventType.MassViolence;

            var newsEvent = new NewsEvent(Tokens.Span(spanStart, extentEnd), group.Key)
            {
                Trigger = Tokens.Span(main.Token, main.Token + main.Length - 1),
                Actors = [.. sources.Select(a => new EventActor(a.Id!, a.Name, EventRole.Source)),
                          .. targets.Select(a => new EventActor(a.Id!, a.Name, EventRole.Target))],
                Place = place,
                PlaceId = placeId,
                When = when,
                Figures = [.. eventFigures],
                BlamedOn = isViolent ? blame?.Name : null,
                BlamedOnId = isViolent ? blame?.Id : null,
                Status = StatusOf(main.Token, start, when),
                Negated = Negated(main.Token, start),
            };
            found.Add(new FoundEvent(newsEvent, members[0].Token, IsReMention(members[0].Token, start)));
        }
    }

    /// <summary>A verb trigger takes a subject; a noun after a determiner does not ("the attack").</summary>
    private bool IsVerbUse(int t) => !Tokens.IsAny(t - 1, ClauseWords.Determiners) && !Tokens.IsCapitalized(t);

    /// <summary>"the devastating airport attack": a definite noun that names an event told of before.</summary>
    private bool IsReMention(int t, int start)
    {
        for (var p = t - 1; p >= Math.Max(start, t - 4); p--)
        {
            if (!Tokens.IsWord(p)) return false;
            if (Tokens.IsAny(p, Definite)) return true;
        }
        return false;
    }

    private int ClauseStart(int t, int start)
    {
        for (var p = t - 1; p >= start; p--)
            if (Tokens.IsChar(p, ';') || Tokens.IsChar(p, ':') || Tokens.IsQuoteMark(p)) return p + 1;
        return start;
    }

    private List<ResolvedActor> Sources(List<(int Token, int Length, EventTrigger Trigger)> members, int start)
    {
        foreach (var m in members)
        {
            IReadOnlyList<ResolvedActor> found = IsVerbUse(m.Token) ? actors.SubjectOf(m.Token, start) : ByAgent(m.Token + m.Length);
            var named = found.Where(a => a.Id is not null && a.Entity!.Type != EntityType.Norp).ToList();
            if (named.Count > 0) return named;
        }
        // "CIA Director William Burns went to Kabul to meet with…": the sentence's subject
        var subject = actors.ClauseSubject(members[^1].Token, start).Where(a => a.Id is not null && a.Entity!.Type != EntityType.Norp).ToList();
        return subject;
    }

    /// <summary>"an attack by Isis-K".</summary>
    private IReadOnlyList<ResolvedActor> ByAgent(int after) =>
        Tokens.Is(after, "by") && index.EntityAt(after + 1) is { } agent ? [ResolvedActor.Of(agent)] : [];

    private List<ResolvedActor> Targets(int trigger, int extentEnd, List<ResolvedActor> sources, int? placeToken)
    {
        var targets = new List<ResolvedActor>();
        for (var t = trigger + 1; t <= extentEnd && targets.Count < MaxTargets; t++)
        {
            if (index.EntityAt(t) is not { Type: EntityType.Person or EntityType.Org or EntityType.Gpe } entity) continue;
            var first = t;
            while (t + 1 <= extentEnd && index.EntityAt(t + 1) == entity) t++;
            if (first == placeToken || sources.Exists(s => s.Id == entity.Id) || targets.Exists(s => s.Id == entity.Id)) continue;
            if (entity.Type == EntityType.Gpe && Tokens.IsAny(first - 1, PlacePrepositions)) continue;
            targets.Add(ResolvedActor.Of(entity));
        }
        return targets;
    }

    /// <summary>The first place after a preposition of place, after the trigger if there is one, else before it.</summary>
    private (string? Name, string? Id, int? Token) Place(int trigger, int start, int end)
    {
        (string?, string?, int?)? before = null;
        for (var t = start; t < end; t++)
        {
            if (!Tokens.IsAny(t, PlacePrepositions) && !(Tokens.Is(t, "of") && Tokens.Is(t - 1, "out"))) continue;
            var at = Tokens.Is(t + 1, "the") ? t + 2 : t + 1;
            (string?, string?, int?)? place = null;
            if (index.EntityAt(at) is { Type: EntityType.Gpe or EntityType.Loc or EntityType.Fac } entity && !index.IsReference(at))
                place = (entity.Name, entity.Id, at);
            else if (Tokens.Is(t, "at") || Tokens.Is(t, "near") || Tokens.Is(t, "outside"))
            {
                var head = at;
                while (head + 1 < end && head - at < 3 && Tokens.IsWord(head + 1) && !Tokens.IsAny(head + 1, PlacePrepositions) && !Tokens.Is(head + 1, "last")
                       && !ClauseWords.Contains(ClauseWords.ClauseOpeners, Tokens[head + 1]) && Tokens.IsAny(head + 1, PlaceNouns))
                    head++;
                if (Tokens.IsAny(head, PlaceNouns)) place = (index.Document[Tokens.Span(t + 1, head)], null, null);
            }
            if (place is null) continue;
            if (t > trigger) return place.Value;
            before ??= place;
        }
        return before ?? (null, null, null);
    }

    private TimeExpression? DateOf(int trigger, int start, int end)
    {
        var from = Tokens.Tokens[start].Start;
        var to = Tokens.Tokens[end - 1].End;
        TimeExpression? best = null;
        var distance = int.MaxValue;
        var at = Tokens.Tokens[trigger].Start;
        foreach (var time in index.TimesBetween(from, to))
        {
            if (time.Span.End > to) continue;
            var d = Math.Abs(time.Span.Start - at);
            if (d < distance) { best = time; distance = d; }
        }
        return best;
    }

    /// <summary>Each count goes to the event whose kind of count it is: the nearest word saying so ("killed", "evacuated") decides.</summary>
    private List<EventFigure> Figures(List<FoundFigure> figures, int trigger, FigureKind? counts, int start, int end)
    {
        var result = new List<EventFigure>();
        foreach (var figure in figures)
        {
            var kind = NearestCountWord(figure.Words, start, end) ?? counts;
            if (kind is null || counts is null || !Compatible(kind.Value, counts.Value)) continue;
            result.Add(new EventFigure(Tokens.Span(figure.Words.First, figure.Words.Last), figure.Count, figure.Unit, kind.Value) { Qualifier = figure.Qualifier });
        }
        return result;
    }

    private static bool Compatible(FigureKind kind, FigureKind counts) =>
        kind == counts || counts == FigureKind.Killed && kind == FigureKind.Injured || counts == FigureKind.Killed && kind == FigureKind.Missing
        || counts == FigureKind.Evacuated && kind == FigureKind.Displaced;

    private FigureKind? NearestCountWord(WordRange figure, int start, int end)
    {
        FigureKind? best = null;
        var distance = int.MaxValue;
        for (var t = Math.Max(start, figure.First - CountWordReach); t < Math.Min(end, figure.Last + CountWordReach); t++)
        {
            if (!Tokens.IsWord(t)) continue;
            var kind = EventLexicon.CountWord(Tokens[t]);
            if (kind is null && Tokens.Is(t, "fly") && Tokens.Is(t + 1, "out") || Tokens.Is(t, "flew") && Tokens.Is(t + 1, "out")) kind = FigureKind.Evacuated;
            if (kind is null) continue;
            var d = t < figure.First ? figure.First - t : t > figure.Last ? t - figure.Last : 0;
            if (d < distance) { best = kind; distance = d; }
        }
        return best;
    }

    /// <summary>"blamed it on Isis-K", "blame the attack on X", "attributed to X", "X claimed responsibility".</summary>
    private ResolvedActor? BlameIn(int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (Tokens.Is(t, "blame") || Tokens.Is(t, "blamed") || Tokens.Is(t, "blames") || Tokens.Is(t, "blaming")
                || Tokens.Is(t, "attributed") || Tokens.Is(t, "attribute"))
            {
                for (var p = t + 1; p < Math.Min(end, t + 6); p++)
                    if ((Tokens.Is(p, "on") || Tokens.Is(p, "to")) && index.EntityAt(p + 1) is { } blamed) return ResolvedActor.Of(blamed);
            }
            if (Tokens.Is(t, "claimed") && Tokens.Is(t + 1, "responsibility") && actors.SubjectOf(t, start) is { Count: > 0 } claimed && claimed[0].Id is not null)
                return claimed[0];
        }
        return null;
    }

    private EventStatus StatusOf(int trigger, int start, TimeExpression? when)
    {
        for (var p = trigger - 1; p >= Math.Max(start, trigger - StatusReach); p--)
        {
            if (!Tokens.IsWord(p)) continue;
            if (Tokens.IsAny(p, PlannedWords) || Tokens[p].EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || Tokens[p].EndsWith("’ll", StringComparison.OrdinalIgnoreCase))
                return EventStatus.Planned;
            if (Tokens.IsAny(p, ExpectedWords)) return EventStatus.Expected;
        }
        var published = index.Document.Metadata.Published;
        if (when?.Interval is { } interval && published is { } day && interval.Start > day) return EventStatus.Planned;
        return EventStatus.Happened;
    }

    private bool Negated(int trigger, int start)
    {
        for (var p = trigger - 1; p >= Math.Max(start, trigger - 2); p--)
            if (Tokens.Is(p, "not") || Tokens.Is(p, "never") || Tokens.IsWord(p) && ClauseWords.IsNegatedAuxiliary(Tokens[p])) return true;
        return false;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

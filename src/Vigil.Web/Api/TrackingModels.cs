using Vigil.Documents;
using Vigil.Storage;

namespace Vigil.Web.Api;

public sealed record CommitmentItem(
    string Id, string? ActorId, string? ActorName, string Kind, bool Negated, string Text, string Status,
    IReadOnlyList<StatementItem> Statements, IReadOnlyList<EvidenceItem> Evidence, IReadOnlyList<VerdictItem> Verdicts)
{
    public static CommitmentItem From(TrackedCommitment c) => new(
        c.Id, c.ActorId, c.ActorName, StoredCommitmentNames.Of(c.Kind), c.Negated, c.Text, StoredCommitmentNames.Of(c.Status),
        [.. c.Statements.Select(s => new StatementItem(s.Article.Id, s.Article.Title, Dates.Format(s.Article.Published), s.Ordinal, s.Span.Start, s.Span.End, s.Text))],
        [.. c.Evidence.Select(e => new EvidenceItem(e.Article.Id, e.Article.Title, Dates.Format(e.Article.Published), StoredCommitmentNames.Of(e.Source), e.Ordinal,
            e.Span.Start, e.Span.End, e.Text, StoredCommitmentNames.Of(e.Stance), e.Score))],
        [.. c.Verdicts.Select(v => new VerdictItem(StoredCommitmentNames.Of(v.Status), v.Note, v.Analyst, v.At))]);
}

public sealed record StatementItem(string ArticleId, string? ArticleTitle, string? Published, int Index, int Start, int End, string Text);

public sealed record EvidenceItem(string ArticleId, string? ArticleTitle, string? Published, string Source, int Index, int Start, int End, string Text, string Stance, double Score);

public sealed record VerdictItem(string Status, string Note, string Analyst, DateTimeOffset At);

public sealed record EventItem(
    string ArticleId, string? ArticleTitle, string? Published, int Index, int Start, int End, string Text, string Type, string Status, bool Negated,
    string? DateFrom, string? DateTo, string? Place, string? BlamedOn, IReadOnlyList<EventActorItem> Actors, IReadOnlyList<FigureItem> Figures)
{
    public static EventItem From(StoredEvent stored)
    {
        var e = stored.Event;
        return new(stored.Article.Id, stored.Article.Title, Dates.Format(stored.Article.Published), stored.Ordinal, e.Span.Start, e.Span.End, stored.Text,
            StoredCommitmentNames.Of(e.Type), StoredCommitmentNames.Of(e.Status), e.Negated,
            Dates.Format(stored.Date?.Start), Dates.Format(stored.Date?.End), e.Place, e.BlamedOn,
            [.. e.Actors.Select(a => new EventActorItem(a.EntityId, a.Name, StoredCommitmentNames.Of(a.Role)))],
            [.. e.Figures.Select(f => new FigureItem(f.Count, f.Unit, StoredCommitmentNames.Of(f.Kind), StoredCommitmentNames.Of(f.Qualifier), f.Span.Start, f.Span.End))]);
    }
}

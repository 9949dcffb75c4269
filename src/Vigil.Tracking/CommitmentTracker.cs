using System.Security.Cryptography;
using System.Text;
using Vigil.Collections;
using Vigil.Documents;
using Vigil.Storage;
using Vigil.Tracking.Embeddings;
using Vigil.Tracking.Stance;
using Vigil.Tracking.Text;

namespace Vigil.Tracking;

/// <summary>
/// Follows commitments across articles at ingest, one article at a time, in input order (the single
/// writer calls it): which tracked commitment each of the article's commitments states, and which
/// quotes and events — of this article, or of stored ones for a commitment first seen here — bear on
/// which tracked commitment, with what stance. <see cref="TrackAsync"/> decides; the store writes the
/// decision with the article; <see cref="Commit"/> then tells the tracker the article is stored.
/// </summary>
/// <remarks>
/// Each actor's tracked commitments are read from the store the first time the actor is met and
/// kept while the actor keeps coming up, so one ingest reads them once. What is kept is bounded, so
/// that neither memory nor the work of an article grows with the store or the run: of a tracked
/// commitment's wordings the first and the latest (<see cref="TrackingOptions.StatementsKept"/>), of
/// the actors those met lately (<see cref="TrackingOptions.ActorsHeld"/>; one let go is read again
/// when met again), and of the quotes and events only those of the latest articles: an actor's
/// latest <see cref="TrackingOptions.RecentCandidates"/> are read from the store when a commitment
/// of the actor is first seen (rare), with those of articles tracked but perhaps not yet stored.
/// Only texts that share words with a commitment are embedded, and a text's words are split and
/// stemmed once, however many texts it is compared with.
/// </remarks>
public sealed class CommitmentTracker(IArticleStore store, SentenceVectors vectors, TrackingOptions? options = null)
{
    // A text's words are cheap to compute again, but not small (two sets and two lists of strings):
    // those of the texts in use are kept (a 50,000-text memory dropped when full held 200-400 MB).
    private const int WordsCapacity = 5_000;

    private readonly TrackingOptions _options = options ?? TrackingOptions.Default;
    private readonly Dictionary<string, ActorState> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TrackedEntry> _trackedById = new(StringComparer.Ordinal);
    private readonly RecentlyUsed<TextWords> _words = new(WordsCapacity);
    private long _articles;

    // The quotes and events of the articles tracked lately, by actor: those the store may not hold
    // yet. Ingest holds a few hundred articles between tracking and storing (four batches of 64).
    private const int JournalArticles = 2_000;
    private readonly Queue<(long Article, string ActorId, List<EvidenceCandidate> Candidates)> _journal = new();

    public async Task<ArticleTracking> TrackAsync(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        _articles++;
        LetGoOfActorsNotMetLately();
        var statements = Statements(document);
        var candidates = ArticleCandidates.ByActor(document);
        foreach (var actorId in statements.Select(s => s.ActorId).OfType<string>().Concat(candidates.Keys).Distinct())
            await StateAsync(actorId, cancellationToken);

        var (created, links) = await JoinStatementsAsync(document, statements, cancellationToken);
        var evidence = await FindEvidenceAsync(document, created, links, candidates, cancellationToken);
        return new ArticleTracking(
            [.. created.Select(c => new NewTrackedCommitment(c.Id, c.ActorId, c.ActorName, c.Kind, c.Negated, c.Statements[0]))],
            links, evidence)
        {
            Vectors = vectors.TakeUnsaved(),
        };
    }

    /// <summary>Takes the article's tracking into the run's state, once the store has stored it.</summary>
    public void Commit(Document document, ArticleTracking tracking)
    {
        var statements = Statements(document);
        var createdIds = tracking.Created.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var group in tracking.Statements.GroupBy(s => s.TrackedId))
        {
            var texts = group.Select(s => statements[s.Ordinal].Text).ToList();
            if (createdIds.TryGetValue(group.Key, out var created))
            {
                if (created.ActorId is not null && _actors.TryGetValue(created.ActorId, out var state))
                    Add(state, new TrackedEntry(created.Id, created.ActorId, created.ActorName, created.Kind, created.Negated,
                        document.Metadata.Published, Wordings(texts)));
            }
            else if (_trackedById.TryGetValue(group.Key, out var known))
            {
                foreach (var text in texts)
                    AddWording(known, text);
            }
        }
        foreach (var (actorId, candidates) in ArticleCandidates.ByActor(document))
            _journal.Enqueue((_articles, actorId, candidates));
        while (_journal.TryPeek(out var oldest) && oldest.Article <= _articles - JournalArticles)
            _journal.Dequeue();
    }

    /// <summary>
    /// Forgets what it holds of these actors, so that it reads them from the store when they are met
    /// again: another writer has stored articles that name them, which this tracker did not see.
    /// </summary>
    public void LetGo(IEnumerable<string> actorIds)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        foreach (var actorId in actorIds)
            if (_actors.Remove(actorId, out var state))
                foreach (var entry in state.Tracked)
                    _trackedById.Remove(entry.Id);
    }

    private void Add(ActorState state, TrackedEntry entry)
    {
        state.Tracked.Add(entry);
        _trackedById[entry.Id] = entry;
    }

    /// <summary>
    /// The actor's latest <see cref="TrackingOptions.RecentCandidates"/> quotes and events, in the
    /// order stored: those the store holds, then those of the articles tracked lately that it may not
    /// hold yet (each once).
    /// </summary>
    private async Task<List<EvidenceCandidate>> CandidatesAsync(string actorId, CancellationToken cancellationToken)
    {
        var latest = Math.Max(0, _options.RecentCandidates);
        var recent = _journal.Where(j => j.ActorId == actorId).SelectMany(j => j.Candidates).ToList();
        var inRecent = recent.Select(c => (c.ArticleId, c.Source, c.Ordinal)).ToHashSet();
        var stored = await store.LoadCandidatesAsync(actorId, latest, cancellationToken);
        List<EvidenceCandidate> all = [.. stored.Where(c => !inRecent.Contains((c.ArticleId, c.Source, c.Ordinal))), .. recent];
        return all[Math.Max(0, all.Count - latest)..];
    }

    /// <summary>
    /// A commitment stated twice in the same words is compared once (the most similar of its wordings
    /// decides), and only its first and latest wordings are kept: a commitment restated in every copy
    /// of a story, each lightly edited, would otherwise be compared in all of them.
    /// </summary>
    private List<string> Wordings(IEnumerable<string> texts)
    {
        var wordings = new List<string>();
        foreach (var text in texts)
            AddWording(wordings, text);
        return wordings;
    }

    private void AddWording(TrackedEntry entry, string text) => AddWording(entry.Statements, text);

    private void AddWording(List<string> wordings, string text)
    {
        if (wordings.Contains(text))
            return;
        wordings.Add(text);
        if (wordings.Count > Math.Max(2, _options.StatementsKept))
            wordings.RemoveAt(1);
    }

    /// <summary>
    /// Keeps the actors met within the last <see cref="TrackingOptions.ActorsHeld"/> articles when more
    /// than that many are held, the least lately met going first. An actor met that recently is never
    /// let go: the articles that changed its state may not be stored yet (ingest holds a few hundred
    /// at most), and reading it again from the store would miss them.
    /// </summary>
    private void LetGoOfActorsNotMetLately()
    {
        var held = Math.Max(1, _options.ActorsHeld);
        if (_actors.Count <= held)
            return;
        LetGo(_actors.Where(a => a.Value.LastMet <= _articles - held).OrderBy(a => a.Value.LastMet).Take(_actors.Count - held * 3 / 4)
            .Select(a => a.Key).ToList());
    }

    private TextWords WordsOf(string text)
    {
        if (_words.TryGet(text, out var words))
            return words;
        _words.TurnOverIfFull();
        words = TextWords.Of(text);
        _words.Set(text, words);
        return words;
    }

    private async Task<ActorState> StateAsync(string actorId, CancellationToken cancellationToken)
    {
        if (_actors.TryGetValue(actorId, out var known))
        {
            known.LastMet = _articles;
            return known;
        }
        // the quotes and events are read only when needed (CandidatesAsync)
        var loaded = await store.LoadTrackingAsync(actorId, cancellationToken);
        var state = new ActorState { LastMet = _articles };
        foreach (var t in loaded.Tracked)
            Add(state, new TrackedEntry(t.Id, actorId, null, t.Kind, t.Negated, t.FirstPublished, Wordings(t.Statements)));
        _actors[actorId] = state;
        return state;
    }

    private static List<Statement> Statements(Document document) =>
        [.. document.Commitments.Select((c, i) => new Statement(i, document[c.Span],
            c.ActorId is { } entity ? document.FindEntity(entity)?.ActorId : null,
            c.ActorName, c.Kind, c.Negated || c.Kind == CommitmentKind.Refusal))];

    /// <summary>Each statement joins the most similar tracked commitment of its actor and polarity, or starts one.</summary>
    private async Task<(List<TrackedEntry> Created, ImmutableArray<StatementLink> Links)> JoinStatementsAsync(Document document, List<Statement> statements, CancellationToken cancellationToken)
    {
        var ignore = ActorStems(document);
        // Every text a comparison may need, embedded in one batch.
        var texts = new List<string>();
        foreach (var s in statements)
        {
            var stems = Content(s.Text, s.ActorId, ignore);
            var others = Pool(s, []).SelectMany(t => t.Statements)
                .Concat(statements.Where(o => o.Ordinal != s.Ordinal && SameActor(o, s) && o.Negated == s.Negated).Select(o => o.Text))
                .Where(t => Content(t, s.ActorId, ignore).Overlaps(stems)).ToList();
            if (others.Count > 0)
                texts.AddRange([s.Text, .. others]);
        }
        await vectors.EnsureAsync(texts, cancellationToken);

        var created = new List<TrackedEntry>();
        var links = ImmutableArray.CreateBuilder<StatementLink>();
        foreach (var s in statements)
        {
            var stems = Content(s.Text, s.ActorId, ignore);
            var best = Pool(s, created)
                .Select(t => (Entry: t, Similarity: t.Statements.Where(x => Content(x, s.ActorId, ignore).Overlaps(stems))
                    .Select(x => x == s.Text ? 1.0 : vectors.Similarity(s.Text, x)).DefaultIfEmpty(0).Max()))
                .DefaultIfEmpty()
                .MaxBy(x => x.Similarity);
            if (best.Entry is not null && best.Similarity >= _options.SameCommitment)
            {
                links.Add(new StatementLink(best.Entry.Id, s.Ordinal, Math.Round(best.Similarity, 4)));
                if (created.Contains(best.Entry))
                    AddWording(best.Entry, s.Text);
                continue;
            }
            var entry = new TrackedEntry(NewId(document.ContentId, s.Ordinal), s.ActorId, s.ActorName, s.Kind, s.Negated, document.Metadata.Published,
                [s.Text]);
            created.Add(entry);
            links.Add(new StatementLink(entry.Id, s.Ordinal, 1));
        }
        return (created, links.DrainToImmutable());

        IEnumerable<TrackedEntry> Pool(Statement s, List<TrackedEntry> createdHere)
        {
            var stored = s.ActorId is { } actor && _actors.TryGetValue(actor, out var state) ? state.Tracked : [];
            return stored.Concat(createdHere.Where(c => c.ActorId == s.ActorId && (s.ActorId is not null || SameName(c.ActorName, s.ActorName))))
                .Where(t => t.Negated == s.Negated);
        }
    }

    /// <summary>
    /// Evidence both ways: this article's quotes and events for the tracked commitments of the actors
    /// they involve, and stored quotes and events for the commitments this article states first. A
    /// commitment's own articles are not evidence of it, nor is an article published before it.
    /// </summary>
    private async Task<ImmutableArray<EvidenceLink>> FindEvidenceAsync(Document document, List<TrackedEntry> created, ImmutableArray<StatementLink> links,
        Dictionary<string, List<EvidenceCandidate>> candidates, CancellationToken cancellationToken)
    {
        var ignore = ActorStems(document);
        var statedHere = links.Select(l => l.TrackedId).ToHashSet(StringComparer.Ordinal);
        var pairs = new List<(TrackedEntry Tracked, EvidenceCandidate Candidate)>();
        foreach (var (actorId, items) in candidates)
        {
            var tracked = _actors[actorId].Tracked.Where(t => !statedHere.Contains(t.Id));
            foreach (var t in tracked)
                pairs.AddRange(items.Select(c => (t, c)));
        }
        var stored = new Dictionary<string, List<EvidenceCandidate>>(StringComparer.Ordinal);
        foreach (var t in created.Where(c => c.ActorId is not null))
        {
            if (!stored.TryGetValue(t.ActorId!, out var actorCandidates))
                stored[t.ActorId!] = actorCandidates = await CandidatesAsync(t.ActorId!, cancellationToken);
            pairs.AddRange(actorCandidates.Where(c => c.ArticleId != document.ContentId).Select(c => (t, c)));
        }
        pairs.RemoveAll(p => p.Tracked.FirstPublished is { } since && p.Candidate.Published is { } at && at < since);

        var readings = new List<(TrackedEntry Tracked, EvidenceCandidate Candidate, string Statement, StanceReading Reading)>();
        foreach (var (tracked, candidate) in pairs)
        {
            var stems = ignore.TryGetValue(tracked.ActorId!, out var own) ? own : null;
            var report = WordsOf(candidate.Text);
            foreach (var statement in tracked.Statements)
            {
                // most pairs share no word: those are known unrelated without reading the stance
                var act = WordsOf(statement);
                if (!act.SharesWordsWith(report, stems))
                    continue;
                var reading = StanceReader.Read(act, tracked.Negated, report, candidate.EventStatus, candidate.Negated, stems);
                if (!reading.Unrelated)
                    readings.Add((tracked, candidate, statement, reading));
            }
        }
        await vectors.EnsureAsync(readings.SelectMany(r => new[] { r.Statement, r.Candidate.Text }), cancellationToken);

        var found = new List<EvidenceLink>();
        foreach (var group in readings.GroupBy(r => (r.Tracked.Id, r.Candidate.ArticleId, r.Candidate.Source, r.Candidate.Ordinal)))
        {
            var (tracked, candidate, statement, reading) = group.MaxBy(r => vectors.Similarity(r.Statement, r.Candidate.Text));
            var similarity = vectors.Similarity(statement, candidate.Text);
            var needed = reading.Stance == EvidenceStance.Mentions ? _options.MentionEvidence : _options.StanceEvidence;
            if (similarity < needed) continue;
            var score = Math.Round(Math.Clamp(0.7 * similarity + 0.3 * reading.Overlap, 0, 1), 4);
            found.Add(new EvidenceLink(tracked.Id, candidate.ArticleId, candidate.Source, candidate.Ordinal, candidate.Span, candidate.Text, reading.Stance, score)
            {
                Cues = reading.Cues,
            });
        }
        return [.. KeepBestOfOverlapping(found)];
    }

    /// <summary>A quote and an event over the same words of one article are one piece of evidence: the better scored stays.</summary>
    private static IEnumerable<EvidenceLink> KeepBestOfOverlapping(List<EvidenceLink> found)
    {
        var kept = new List<EvidenceLink>();
        foreach (var link in found.OrderByDescending(l => l.Score).ThenBy(l => l.Source).ThenBy(l => l.ArticleId, StringComparer.Ordinal).ThenBy(l => l.Ordinal))
            if (!kept.Any(k => k.TrackedId == link.TrackedId && k.ArticleId == link.ArticleId && k.Span.Start < link.Span.End && link.Span.Start < k.Span.End))
                kept.Add(link);
        return kept.OrderBy(l => l.TrackedId, StringComparer.Ordinal).ThenBy(l => l.ArticleId, StringComparer.Ordinal).ThenBy(l => l.Span.Start);
    }

    /// <summary>The words of each actor's names in this article: every report about an actor shares them, so they say nothing.</summary>
    private static Dictionary<string, HashSet<string>> ActorStems(Document document)
    {
        var stems = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entity in document.Entities.Where(e => e.ActorId is not null))
        {
            if (!stems.TryGetValue(entity.ActorId!, out var set))
                stems[entity.ActorId!] = set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in entity.Aliases.Prepend(entity.Name))
                set.UnionWith(Words.ContentStems(name));
        }
        return stems;
    }

    private HashSet<string> Content(string text, string? actorId, Dictionary<string, HashSet<string>> ignore)
    {
        var content = WordsOf(text).Content;
        if (actorId is null || !ignore.TryGetValue(actorId, out var own) || !content.Overlaps(own))
            return content;
        HashSet<string> stems = [.. content];
        stems.ExceptWith(own);
        return stems;
    }

    private static bool SameActor(Statement a, Statement b) =>
        a.ActorId is not null ? a.ActorId == b.ActorId : b.ActorId is null && SameName(a.ActorName, b.ActorName);

    private static bool SameName(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>A short id from where the commitment was first stated: the same input gives the same ids.</summary>
    public static string NewId(string articleId, int ordinal) =>
        "c" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{articleId}/{ordinal}")))[..11];

    private sealed record Statement(int Ordinal, string Text, string? ActorId, string? ActorName, CommitmentKind Kind, bool Negated);

    private sealed record TrackedEntry(string Id, string? ActorId, string? ActorName, CommitmentKind Kind, bool Negated, DateOnly? FirstPublished,
        List<string> Statements);

    private sealed class ActorState
    {
        public List<TrackedEntry> Tracked { get; } = [];

        /// <summary>The number of the article that last met the actor, in the tracker's count.</summary>
        public long LastMet { get; set; }
    }
}

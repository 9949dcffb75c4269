using System.Data.Common;
using Vigil.Documents;
using static Vigil.Storage.StoredCommitmentNames;

namespace Vigil.Storage;

/// <summary>What the tracker reads of an actor, and article texts by key: the same SQL on both stores.</summary>
internal static partial class StoredRows
{
    public static async Task<ImmutableArray<TrackedStatements>> ReadTrackedOfActorAsync(DbConnection connection, string actorId, CancellationToken cancellationToken)
    {
        await using var select = Command(connection, """
            SELECT t.id, t.kind, t.negated, c.text, a.published
            FROM tracked_commitments t
            JOIN commitment_statements s ON s.tracked_key = t.tracked_key
            JOIN commitments c ON c.article_key = s.article_key AND c.ordinal = s.ordinal
            JOIN articles a ON a.article_key = s.article_key
            WHERE t.actor_key = (SELECT actor_key FROM actors WHERE id = @actor)
            ORDER BY t.tracked_key, a.published IS NULL, a.published, s.article_key, s.ordinal
            """);
        Add(select, "actor", actorId);
        var tracked = ImmutableArray.CreateBuilder<TrackedStatements>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        TrackedStatements? current = null;
        var statements = ImmutableArray.CreateBuilder<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            if (current?.Id != id)
            {
                if (current is not null) tracked.Add(current with { Statements = statements.DrainToImmutable() });
                current = new TrackedStatements(id, ParseCommitmentKind(reader.GetString(1)), reader.GetBoolean(2), Date(reader, 4), []);
            }
            statements.Add(reader.GetString(3));
        }
        if (current is not null) tracked.Add(current with { Statements = statements.DrainToImmutable() });
        return tracked.DrainToImmutable();
    }

    // The actor's entities (`en`) in its latest @articles articles: what its quotes and events are read from.
    private const string LatelyEntities = """
        FROM (SELECT DISTINCT article_key FROM entities
              WHERE actor_key = (SELECT actor_key FROM actors WHERE id = @actor)
              ORDER BY article_key DESC LIMIT @articles) lately
        JOIN entities en ON en.article_key = lately.article_key AND en.actor_key = (SELECT actor_key FROM actors WHERE id = @actor)
        """;

    /// <summary>
    /// The stored events the actor takes part in, and the quotes it speaks or is named in, as the
    /// tracker's <c>EvidenceCandidates</c> finds them in an article being ingested.
    /// </summary>
    public static async Task<ImmutableArray<EvidenceCandidate>> ReadCandidatesAsync(DbConnection connection, string actorId, int latest, CancellationToken cancellationToken)
    {
        if (latest == 0)
            return [];
        // In the order they were stored, events before quotes within an article: the tracker keeps the latest.
        // Both are read from the actor's entities in its latest `latest` articles, newest first (their
        // index holds the article key), and only until enough are found, so that reading costs what is
        // stored about the actor lately, not all that is stored (the event query sorted all of a
        // much-reported actor's events; the quote query walked every quote stored for an actor named
        // in few articles, then every article of one named often but seldom quoted). An event or quote
        // that two entities of the actor share in one article comes twice and counts once.
        var candidates = new List<(long ArticleKey, EvidenceCandidate Candidate)>();
        var seenEvents = new HashSet<(long, int)>();
        await using (var select = Command(connection, $$"""
            SELECT a.id, a.published, ev.ordinal, ev.start_offset, ev.end_offset, ev.text, ev.type, ev.status, ev.negated, ev.article_key
            {{LatelyEntities}}
            JOIN event_actors ea ON ea.article_key = en.article_key AND ea.entity_id = en.entity_id
            JOIN events ev ON ev.article_key = ea.article_key AND ev.ordinal = ea.event_ordinal
            JOIN articles a ON a.article_key = ev.article_key
            ORDER BY en.article_key DESC, ev.ordinal DESC
            """))
        {
            Add(select, "actor", actorId);
            Add(select, "articles", latest);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (candidates.Count < latest && await reader.ReadAsync(cancellationToken))
                if (seenEvents.Add((Key(reader, 9), reader.GetInt32(2))))
                    candidates.Add((Key(reader, 9), new EvidenceCandidate(reader.GetString(0), Date(reader, 1), EvidenceSource.Event,
                        reader.GetInt32(2), new TextSpan(reader.GetInt32(3), reader.GetInt32(4)), reader.GetString(5))
                    {
                        EventType = ParseEventType(reader.GetString(6)),
                        EventStatus = ParseEventStatus(reader.GetString(7)),
                        Negated = reader.GetBoolean(8),
                    }));
        }
        var events = candidates.Count;

        // A quote's words are not kept beside it, so they are cut from the article's text in UTF-16 offsets here.
        var quotes = new List<(long ArticleKey, string ArticleId, DateOnly? Published, int Ordinal, TextSpan Span)>();
        var seen = new HashSet<(long, int)>();
        await using (var select = Command(connection, $$"""
            SELECT q.article_key, a.id, a.published, q.ordinal, q.start_offset, q.end_offset
            {{LatelyEntities}}
            JOIN quotes q ON q.article_key = en.article_key
            JOIN articles a ON a.article_key = q.article_key
            WHERE (q.speaker_entity_id = en.entity_id
                   OR EXISTS (SELECT 1 FROM entity_spans sp
                              WHERE sp.article_key = en.article_key AND sp.entity_ordinal = en.ordinal AND sp.role = 'mention'
                                AND sp.start_offset >= q.start_offset AND sp.end_offset <= q.end_offset))
            ORDER BY en.article_key DESC, q.ordinal DESC
            """))
        {
            Add(select, "actor", actorId);
            Add(select, "articles", latest);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (quotes.Count < latest && await reader.ReadAsync(cancellationToken))
                if (seen.Add((Key(reader, 0), reader.GetInt32(3))))
                    quotes.Add((Key(reader, 0), reader.GetString(1), Date(reader, 2), reader.GetInt32(3), new TextSpan(reader.GetInt32(4), reader.GetInt32(5))));
        }
        var texts = await ReadTextsAsync(connection, quotes.Select(q => q.ArticleKey), cancellationToken);
        foreach (var q in quotes)
            if (q.Span.End <= texts[q.ArticleKey].Length)
                candidates.Add((q.ArticleKey, new EvidenceCandidate(q.ArticleId, q.Published, EvidenceSource.Quote, q.Ordinal, q.Span, texts[q.ArticleKey].Substring(q.Span.Start, q.Span.Length))));
        // Each kind came newest first: the latest of both, in the order stored, events before quotes
        // within an article (a stable sort of the events, then the quotes, each put back oldest first).
        candidates.Reverse(0, events);
        candidates.Reverse(events, candidates.Count - events);
        return [.. candidates.OrderBy(c => c.ArticleKey).Skip(Math.Max(0, candidates.Count - latest)).Select(c => c.Candidate)];
    }

    /// <summary>
    /// The tracked commitments (one by <paramref name="id"/>, or all) with their statements, evidence and
    /// verdicts, by actor name. <paramref name="byteOrder"/> is what makes the database order text by
    /// its bytes, as SQLite does by default (PostgreSQL: <c> COLLATE "C"</c>), so both list alike.
    /// </summary>
    public static async Task<List<TrackedCommitment>> ReadTrackedCommitmentsAsync(DbConnection connection, string? id, string byteOrder, CancellationToken cancellationToken)
    {
        var only = id is null ? "" : "WHERE t.id = @id";
        var statements = new Dictionary<long, ImmutableArray<CommitmentStatement>.Builder>();
        await using (var select = Command(connection, $"""
            SELECT s.tracked_key, {ArticleRefColumns}, s.ordinal, c.start_offset, c.end_offset, c.text, s.similarity
            FROM tracked_commitments t
            JOIN commitment_statements s ON s.tracked_key = t.tracked_key
            JOIN commitments c ON c.article_key = s.article_key AND c.ordinal = s.ordinal
            JOIN articles a ON a.article_key = s.article_key
            {only}
            ORDER BY s.tracked_key, a.published IS NULL, a.published, s.article_key, s.ordinal
            """))
        {
            if (id is not null) Add(select, "id", id);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                BuilderFor(statements, Key(reader, 0)).Add(new CommitmentStatement(ReadArticleRef(reader, 1), reader.GetInt32(5),
                    new TextSpan(reader.GetInt32(6), reader.GetInt32(7)), reader.GetString(8), reader.GetDouble(9)));
        }

        var evidence = new Dictionary<long, ImmutableArray<CommitmentEvidence>.Builder>();
        await using (var select = Command(connection, $"""
            SELECT e.tracked_key, {ArticleRefColumns}, e.source, e.ordinal, e.start_offset, e.end_offset, e.text, e.stance, e.score, e.cues
            FROM tracked_commitments t
            JOIN commitment_evidence e ON e.tracked_key = t.tracked_key
            JOIN articles a ON a.article_key = e.article_key
            {only}
            ORDER BY e.tracked_key, a.published IS NULL, a.published, e.article_key, e.start_offset, e.source{byteOrder}
            """))
        {
            if (id is not null) Add(select, "id", id);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                BuilderFor(evidence, Key(reader, 0)).Add(new CommitmentEvidence(ReadArticleRef(reader, 1), ParseSource(reader.GetString(5)),
                    reader.GetInt32(6), new TextSpan(reader.GetInt32(7), reader.GetInt32(8)), reader.GetString(9),
                    ParseStance(reader.GetString(10)), reader.GetDouble(11))
                {
                    Cues = [.. reader.GetString(12).Split('\n', StringSplitOptions.RemoveEmptyEntries)],
                });
        }

        var verdicts = new Dictionary<long, ImmutableArray<CommitmentVerdict>.Builder>();
        await using (var select = Command(connection, $"""
            SELECT v.tracked_key, v.status, v.note, v.analyst, v.given_at
            FROM tracked_commitments t JOIN commitment_verdicts v ON v.tracked_key = t.tracked_key
            {only}
            ORDER BY v.tracked_key, v.ordinal
            """))
        {
            if (id is not null) Add(select, "id", id);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                BuilderFor(verdicts, Key(reader, 0)).Add(new CommitmentVerdict(ParseStatus(reader.GetString(1)), reader.GetString(2),
                    reader.GetString(3), Timestamp(reader, 4)));
        }

        var tracked = new List<TrackedCommitment>();
        await using (var select = Command(connection, $"""
            SELECT t.tracked_key, t.id, t.actor_name, t.kind, t.negated, t.text, ac.id
            FROM tracked_commitments t LEFT JOIN actors ac ON ac.actor_key = t.actor_key
            {only}
            ORDER BY t.actor_name IS NULL, t.actor_name{byteOrder}, t.tracked_key
            """))
        {
            if (id is not null) Add(select, "id", id);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = reader.GetInt64(0);
                tracked.Add(new TrackedCommitment(reader.GetString(1), Text(reader, 2), ParseCommitmentKind(reader.GetString(3)), reader.GetString(5))
                {
                    Negated = reader.GetBoolean(4),
                    ActorId = Text(reader, 6),
                    Statements = Drain(statements, key),
                    Evidence = Drain(evidence, key),
                    Verdicts = Drain(verdicts, key),
                });
            }
        }
        return tracked;
    }

    /// <summary>The texts of the given articles, by key.</summary>
    public static async Task<Dictionary<long, string>> ReadTextsAsync(DbConnection connection, IEnumerable<long> articleKeys, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<long, string>();
        foreach (var chunk in articleKeys.Distinct().Chunk(KeysPerStatement))
        {
            await using var select = Command(connection, $"SELECT article_key, text FROM articles WHERE article_key IN ({KeyList(chunk)})");
            AddKeys(select, chunk);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                texts[reader.GetInt64(0)] = reader.GetString(1);
        }
        return texts;
    }

    /// <summary>The key of the tracked commitment with the id, or null when none has it.</summary>
    public static async Task<long?> TrackedKeyAsync(DbConnection connection, string id, CancellationToken cancellationToken)
    {
        await using var select = Command(connection, "SELECT tracked_key FROM tracked_commitments WHERE id = @id", ("id", id));
        return await select.ExecuteScalarAsync(cancellationToken) as long?;
    }

    /// <summary>The key of the article with the id, or null when none has it.</summary>
    public static async Task<long?> ArticleKeyAsync(DbConnection connection, string id, CancellationToken cancellationToken)
    {
        await using var select = Command(connection, "SELECT article_key FROM articles WHERE id = @id", ("id", id));
        return await select.ExecuteScalarAsync(cancellationToken) as long?;
    }

    /// <summary>The words under a span; empty when a damaged row points outside the text.</summary>
    public static string Slice(string text, TextSpan span) =>
        span.Start >= 0 && span.End <= text.Length && span.Start <= span.End ? text[span.Start..span.End] : "";
}

using System.Data.Common;
using System.Globalization;
using Vigil.Documents;
using static Vigil.Storage.StoredCommitmentNames;

namespace Vigil.Storage;

/// <summary>
/// Reads what both stores keep in tables of the same names and columns: an article's layers, its
/// events with their actors and figures, and the article a row belongs to. The SQL is written once
/// with <c>@name</c> parameters, which Npgsql and Microsoft.Data.Sqlite both take; what differs is
/// how a value is kept (SQLite: dates as text, flags as 0/1; PostgreSQL: date and boolean), which
/// the column readers here accept either way.
/// </summary>
internal static partial class StoredRows
{
    /// <summary>The columns <see cref="ReadArticleRef"/> reads, for a query that names the articles table <c>a</c>.</summary>
    public const string ArticleRefColumns = "a.id, a.input_id, a.title, a.published";

    /// <summary>The columns <see cref="ReadEvent"/> reads, in its order, for a query that names the events table <c>ev</c>.</summary>
    public const string EventColumns = """
        ev.article_key, ev.ordinal, ev.start_offset, ev.end_offset, ev.type, ev.trigger_start, ev.trigger_end, ev.place, ev.place_id,
        ev.date_start, ev.date_end, ev.date_precision, ev.date_relative, ev.date_bound, ev.date_first, ev.date_last,
        ev.blamed_on, ev.blamed_on_id, ev.status, ev.negated
        """;

    /// <summary>How SQLite keeps a time: ISO 8601 in UTC to the tick, so that text order is time order.</summary>
    public const string TextTimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    // SQLite allows 32,766 parameters in a statement; lists of article keys go in chunks well below.
    private const int KeysPerStatement = 500;

    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            Add(command, name, value);
        return command;
    }

    public static DbParameter Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>The layers a store keeps; tokens, sentences and paragraphs are recomputed from the text.</summary>
    public const AnnotationLayers PersistedLayers = AnnotationLayers.Boilerplate | AnnotationLayers.Entities | AnnotationLayers.Quotes
                                                    | AnnotationLayers.Commitments | AnnotationLayers.Events;

    /// <summary>An article with every stored layer, or null when no article has the id.</summary>
    public static async Task<StoredArticle?> ReadArticleAsync(DbConnection connection, string id, CancellationToken cancellationToken)
    {
        long articleKey;
        Document document;
        DateTimeOffset ingestedAt;
        await using (var select = Command(connection, """
            SELECT article_key, text, source, input_id, title, published, url, author, layers, ingested_at
            FROM articles WHERE id = @id
            """, ("id", id)))
        {
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
                return null;
            articleKey = reader.GetInt64(0);
            var metadata = new ArticleMetadata(reader.GetString(2))
            {
                Id = Text(reader, 3),
                Title = Text(reader, 4),
                Published = Date(reader, 5),
                Url = Text(reader, 6),
                Author = Text(reader, 7),
            };
            document = new Document(reader.GetString(1), metadata) { Layers = (AnnotationLayers)reader.GetInt32(8) & PersistedLayers };
            ingestedAt = Timestamp(reader, 9);
        }

        var boilerplate = await ReadBoilerplateAsync(connection, articleKey, cancellationToken);
        var entities = await ReadEntitiesAsync(connection, articleKey, cancellationToken);
        var quotes = await ReadQuotesAsync(connection, articleKey, cancellationToken);
        var commitments = await ReadCommitmentsAsync(connection, articleKey, cancellationToken);
        var events = await ReadEventsAsync(connection, articleKey, cancellationToken);

        // A stage that filled a layer without flagging it still gets its annotations shown.
        var layers = document.Layers;
        if (!boilerplate.IsEmpty) layers |= AnnotationLayers.Boilerplate;
        if (!entities.IsEmpty) layers |= AnnotationLayers.Entities;
        if (!quotes.IsEmpty) layers |= AnnotationLayers.Quotes;
        if (!commitments.IsEmpty) layers |= AnnotationLayers.Commitments;
        if (!events.IsEmpty) layers |= AnnotationLayers.Events;

        return new StoredArticle(id, ingestedAt, document with
        {
            Layers = layers,
            Boilerplate = boilerplate,
            Entities = entities,
            Quotes = quotes,
            Commitments = commitments,
            Events = events,
        });
    }

    /// <summary>An <see cref="ArticleSummary"/> from columns id, title, source, published, ingested_at, quote count.</summary>
    public static ArticleSummary ReadSummary(DbDataReader reader) => new(
        Id: reader.GetString(0),
        Title: Text(reader, 1),
        Source: reader.GetString(2),
        Published: Date(reader, 3),
        IngestedAt: Timestamp(reader, 4),
        QuoteCount: (int)Key(reader, 5));

    /// <summary>
    /// Quotes from <paramref name="select"/>'s columns article_key, a.id, a.title, a.published, q.ordinal,
    /// q.start_offset, q.end_offset, q.kind, q.speaker_name, the speaker's actor id, q.cue_start, q.cue_end;
    /// their words and cues cut from the articles' texts, since a quote's words are not kept beside it.
    /// </summary>
    public static async Task<IReadOnlyList<QuoteRecord>> ReadQuoteRecordsAsync(DbConnection connection, DbCommand select, CancellationToken cancellationToken)
    {
        var rows = new List<(long ArticleKey, QuoteRecord Quote, TextSpan? Cue)>();
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var record = new QuoteRecord(
                    ArticleId: reader.GetString(1),
                    ArticleTitle: Text(reader, 2),
                    Published: Date(reader, 3),
                    Index: reader.GetInt32(4),
                    Span: new TextSpan(reader.GetInt32(5), reader.GetInt32(6)),
                    Text: "",
                    Kind: StoredNames.ParseQuoteKind(reader.GetString(7)),
                    SpeakerName: Text(reader, 8),
                    SpeakerActorId: Text(reader, 9),
                    Cue: null);
                rows.Add((reader.GetInt64(0), record, Span(reader, 10)));
            }
        }

        var texts = await ReadTextsAsync(connection, rows.Select(r => r.ArticleKey), cancellationToken);
        return [.. rows.Select(r => r.Quote with
        {
            Text = Slice(texts[r.ArticleKey], r.Quote.Span),
            Cue = r.Cue is { } cue ? Slice(texts[r.ArticleKey], cue) : null,
        })];
    }

    public static async Task<ImmutableArray<BoilerplateSpan>> ReadBoilerplateAsync(DbConnection connection, long articleKey, CancellationToken cancellationToken)
    {
        await using var select = Command(connection, "SELECT start_offset, end_offset, kind FROM boilerplate WHERE article_key = @article ORDER BY ordinal",
            ("article", articleKey));
        var spans = ImmutableArray.CreateBuilder<BoilerplateSpan>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            spans.Add(new BoilerplateSpan(new TextSpan(reader.GetInt32(0), reader.GetInt32(1)), StoredNames.ParseBoilerplateKind(reader.GetString(2))));
        return spans.DrainToImmutable();
    }

    public static async Task<ImmutableArray<Entity>> ReadEntitiesAsync(DbConnection connection, long articleKey, CancellationToken cancellationToken)
    {
        var aliases = new Dictionary<long, ImmutableArray<string>.Builder>();
        await using (var select = Command(connection, "SELECT entity_ordinal, alias FROM entity_aliases WHERE article_key = @article ORDER BY entity_ordinal, ordinal",
            ("article", articleKey)))
        {
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                BuilderFor(aliases, Key(reader, 0)).Add(reader.GetString(1));
        }

        var mentions = new Dictionary<long, ImmutableArray<TextSpan>.Builder>();
        var references = new Dictionary<long, ImmutableArray<TextSpan>.Builder>();
        await using (var select = Command(connection, """
            SELECT entity_ordinal, role, start_offset, end_offset FROM entity_spans
            WHERE article_key = @article ORDER BY entity_ordinal, role, ordinal
            """, ("article", articleKey)))
        {
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var spans = reader.GetString(1) switch
                {
                    "mention" => mentions,
                    "reference" => references,
                    var other => throw new FormatException($"unknown entity span role '{other}'"),
                };
                BuilderFor(spans, Key(reader, 0)).Add(new TextSpan(reader.GetInt32(2), reader.GetInt32(3)));
            }
        }

        var entities = ImmutableArray.CreateBuilder<Entity>();
        await using (var select = Command(connection, """
            SELECT e.ordinal, e.entity_id, e.name, e.type, e.title, a.id, e.confidence
            FROM entities e LEFT JOIN actors a ON a.actor_key = e.actor_key
            WHERE e.article_key = @article ORDER BY e.ordinal
            """, ("article", articleKey)))
        {
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var ordinal = Key(reader, 0);
                entities.Add(new Entity(
                    Id: reader.GetString(1),
                    Name: reader.GetString(2),
                    Type: StoredNames.ParseEntityType(reader.GetString(3)),
                    Aliases: Drain(aliases, ordinal),
                    Mentions: Drain(mentions, ordinal),
                    References: Drain(references, ordinal))
                {
                    Title = Text(reader, 4),
                    ActorId = Text(reader, 5),
                    Confidence = reader.IsDBNull(6) ? null : reader.GetDouble(6),
                });
            }
        }
        return entities.DrainToImmutable();
    }

    public static async Task<ImmutableArray<Quote>> ReadQuotesAsync(DbConnection connection, long articleKey, CancellationToken cancellationToken)
    {
        await using var select = Command(connection, """
            SELECT start_offset, end_offset, kind, cue_start, cue_end, source_start, source_end, speaker_entity_id, speaker_name
            FROM quotes WHERE article_key = @article ORDER BY ordinal
            """, ("article", articleKey));
        var quotes = ImmutableArray.CreateBuilder<Quote>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            quotes.Add(new Quote(new TextSpan(reader.GetInt32(0), reader.GetInt32(1)), StoredNames.ParseQuoteKind(reader.GetString(2)))
            {
                Cue = Span(reader, 3),
                Source = Span(reader, 5),
                SpeakerId = Text(reader, 7),
                SpeakerName = Text(reader, 8),
            });
        }
        return quotes.DrainToImmutable();
    }

    public static async Task<ImmutableArray<Commitment>> ReadCommitmentsAsync(DbConnection connection, long articleKey, CancellationToken cancellationToken)
    {
        await using var select = Command(connection, """
            SELECT start_offset, end_offset, kind, actor_entity_id, actor_name, speaker_entity_id, speaker_name, beneficiary, beneficiary_id,
                   condition_start, condition_end, deadline_start, deadline_end, deadline_first, deadline_last, cue_start, cue_end, modality, negated
            FROM commitments WHERE article_key = @article ORDER BY ordinal
            """, ("article", articleKey));
        var commitments = ImmutableArray.CreateBuilder<Commitment>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            commitments.Add(new Commitment(new TextSpan(reader.GetInt32(0), reader.GetInt32(1)), ParseCommitmentKind(reader.GetString(2)))
            {
                ActorId = Text(reader, 3),
                ActorName = Text(reader, 4),
                SpeakerId = Text(reader, 5),
                SpeakerName = Text(reader, 6),
                Beneficiary = Text(reader, 7),
                BeneficiaryId = Text(reader, 8),
                Condition = Span(reader, 9),
                Deadline = Span(reader, 11),
                DeadlineInterval = Interval(reader, 13),
                Cue = Span(reader, 15),
                Modality = ParseModality(reader.GetString(17)),
                Negated = reader.GetBoolean(18),
            });
        }
        return commitments.DrainToImmutable();
    }

    public static async Task<ImmutableArray<NewsEvent>> ReadEventsAsync(DbConnection connection, long articleKey, CancellationToken cancellationToken)
    {
        var parts = await ReadEventPartsAsync(connection, [articleKey], cancellationToken);
        var events = ImmutableArray.CreateBuilder<NewsEvent>();
        await using var select = Command(connection, $"SELECT {EventColumns} FROM events ev WHERE ev.article_key = @article ORDER BY ev.ordinal",
            ("article", articleKey));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            events.Add(ReadEvent(reader, 0, parts));
        return events.DrainToImmutable();
    }

    /// <summary>An event from the <see cref="EventColumns"/> starting at column <paramref name="at"/>, with its actors and figures from <paramref name="parts"/>.</summary>
    public static NewsEvent ReadEvent(DbDataReader reader, int at, EventParts parts)
    {
        var key = (Key(reader, at), Key(reader, at + 1));
        TimeExpression? when = null;
        if (Span(reader, at + 9) is { } dateSpan)
        {
            when = new TimeExpression(dateSpan, ParsePrecision(reader.GetString(at + 11)))
            {
                IsRelative = reader.GetBoolean(at + 12),
                Bound = ParseBound(reader.GetString(at + 13)),
                Interval = Interval(reader, at + 14),
            };
        }
        return new NewsEvent(new TextSpan(reader.GetInt32(at + 2), reader.GetInt32(at + 3)), ParseEventType(reader.GetString(at + 4)))
        {
            Trigger = new TextSpan(reader.GetInt32(at + 5), reader.GetInt32(at + 6)),
            Place = Text(reader, at + 7),
            PlaceId = Text(reader, at + 8),
            When = when,
            BlamedOn = Text(reader, at + 16),
            BlamedOnId = Text(reader, at + 17),
            Status = ParseEventStatus(reader.GetString(at + 18)),
            Negated = reader.GetBoolean(at + 19),
            Actors = parts.Actors.TryGetValue(key, out var a) ? a.DrainToImmutable() : [],
            Figures = parts.Figures.TryGetValue(key, out var f) ? f.DrainToImmutable() : [],
        };
    }

    /// <summary>The actors and figures of every event of the given articles, by (article, event ordinal).</summary>
    public static async Task<EventParts> ReadEventPartsAsync(DbConnection connection, IReadOnlyCollection<long> articleKeys, CancellationToken cancellationToken)
    {
        var parts = EventParts.None();
        foreach (var chunk in articleKeys.Distinct().Chunk(KeysPerStatement))
        {
            await using (var select = Command(connection, $"""
                SELECT article_key, event_ordinal, entity_id, name, role FROM event_actors
                WHERE article_key IN ({KeyList(chunk)}) ORDER BY article_key, event_ordinal, ordinal
                """))
            {
                AddKeys(select, chunk);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    Builder(parts.Actors, (Key(reader, 0), Key(reader, 1)))
                        .Add(new EventActor(reader.GetString(2), reader.GetString(3), ParseEventRole(reader.GetString(4))));
            }
            await using (var select = Command(connection, $"""
                SELECT article_key, event_ordinal, start_offset, end_offset, count, unit, kind, qualifier FROM event_figures
                WHERE article_key IN ({KeyList(chunk)}) ORDER BY article_key, event_ordinal, ordinal
                """))
            {
                AddKeys(select, chunk);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    Builder(parts.Figures, (Key(reader, 0), Key(reader, 1)))
                        .Add(new EventFigure(new TextSpan(reader.GetInt32(2), reader.GetInt32(3)), reader.GetInt64(4), reader.GetString(5), ParseFigureKind(reader.GetString(6)))
                        {
                            Qualifier = ParseFigureQualifier(reader.GetString(7)),
                        });
            }
        }
        return parts;
    }

    /// <summary>A watch (alias <c>w</c>) with the name of what it follows, for <see cref="ReadWatch"/>.</summary>
    public const string WatchColumns = """
        w.kind, w.target_id, w.created_at,
        coalesce(CASE w.kind WHEN 'actor' THEN (SELECT name FROM actors WHERE id = w.target_id)
                             ELSE (SELECT text FROM tracked_commitments WHERE id = w.target_id) END, w.target_id)
        """;

    public static Watch ReadWatch(DbDataReader reader, int at) =>
        new(StoredNames.ParseWatchKind(reader.GetString(at)), reader.GetString(at + 1), reader.GetString(at + 3), Timestamp(reader, at + 2));

    /// <summary>
    /// An alert and its article's key from columns source ('quote', 'event' or 'evidence'), <see cref="WatchColumns"/>,
    /// article_key, <see cref="ArticleRefColumns"/>, ingested_at, ordinal, start, end, text, detail, evidence source.
    /// </summary>
    public static (long ArticleKey, WatchAlert Alert) ReadAlert(DbDataReader reader)
    {
        var source = reader.GetString(0) switch { "quote" => AlertSource.Quote, "event" => AlertSource.Event, _ => AlertSource.Evidence };
        var alert = new WatchAlert(ReadWatch(reader, 1), source, ReadArticleRef(reader, 6), Timestamp(reader, 10),
            reader.GetInt32(11), new TextSpan(reader.GetInt32(12), reader.GetInt32(13)), Text(reader, 14) ?? "", Text(reader, 15))
        {
            EvidenceSource = Text(reader, 16) is { } evidence ? ParseSource(evidence) : null,
        };
        return (reader.GetInt64(5), alert);
    }

    public static ArticleRef ReadArticleRef(DbDataReader reader, int at) =>
        new(reader.GetString(at), Text(reader, at + 1), Text(reader, at + 2), Date(reader, at + 3));

    public static string? Text(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static TextSpan? Span(DbDataReader reader, int startOrdinal) =>
        reader.IsDBNull(startOrdinal) || reader.IsDBNull(startOrdinal + 1)
            ? null
            : new TextSpan(reader.GetInt32(startOrdinal), reader.GetInt32(startOrdinal + 1));

    /// <summary>A date: SQLite keeps it as yyyy-MM-dd text, PostgreSQL as a date.</summary>
    public static DateOnly? Date(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null
        : reader.GetFieldType(ordinal) == typeof(string) ? DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture)
        : reader.GetFieldValue<DateOnly>(ordinal);

    /// <summary>A time: SQLite keeps it as ISO 8601 text in UTC to the tick, PostgreSQL as a timestamptz.</summary>
    public static DateTimeOffset Timestamp(DbDataReader reader, int ordinal) =>
        reader.GetFieldType(ordinal) == typeof(string)
            ? DateTimeOffset.ParseExact(reader.GetString(ordinal), TextTimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static DateInterval? Interval(DbDataReader reader, int firstOrdinal) =>
        Date(reader, firstOrdinal) is { } first && Date(reader, firstOrdinal + 1) is { } last ? new DateInterval(first, last) : null;

    /// <summary>A key or ordinal, whether the column is a 32- or 64-bit integer.</summary>
    public static long Key(DbDataReader reader, int ordinal) =>
        reader.GetFieldType(ordinal) == typeof(int) ? reader.GetInt32(ordinal) : reader.GetInt64(ordinal);

    private static string KeyList(long[] keys) => string.Join(", ", keys.Select((_, i) => "@key" + i.ToString(CultureInfo.InvariantCulture)));

    private static void AddKeys(DbCommand command, long[] keys)
    {
        for (var i = 0; i < keys.Length; i++)
            Add(command, "key" + i.ToString(CultureInfo.InvariantCulture), keys[i]);
    }

    public static ImmutableArray<T>.Builder BuilderFor<T>(Dictionary<long, ImmutableArray<T>.Builder> byKey, long key)
    {
        if (!byKey.TryGetValue(key, out var builder))
            byKey[key] = builder = ImmutableArray.CreateBuilder<T>();
        return builder;
    }

    public static ImmutableArray<T> Drain<T>(Dictionary<long, ImmutableArray<T>.Builder> byKey, long key) =>
        byKey.TryGetValue(key, out var builder) ? builder.DrainToImmutable() : [];

    private static ImmutableArray<T>.Builder Builder<T>(Dictionary<(long, long), ImmutableArray<T>.Builder> byKey, (long, long) key)
    {
        if (!byKey.TryGetValue(key, out var builder))
            byKey[key] = builder = ImmutableArray.CreateBuilder<T>();
        return builder;
    }
}

/// <summary>The actors and figures of events, by (article key, event ordinal), for <see cref="StoredRows.ReadEvent"/>.</summary>
internal sealed record EventParts(
    Dictionary<(long, long), ImmutableArray<EventActor>.Builder> Actors,
    Dictionary<(long, long), ImmutableArray<EventFigure>.Builder> Figures)
{
    public static EventParts None() => new([], []);
}

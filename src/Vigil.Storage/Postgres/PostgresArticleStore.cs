using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Vigil.Storage.Sqlite;
using Vigil.Documents;

namespace Vigil.Storage.Postgres;

/// <summary>
/// The team store: one PostgreSQL database shared by the web app, ingests and any number of
/// workers on any machines. Each operation borrows a pooled connection from one data source, so one
/// instance serves concurrent requests. Each article is one transaction; its layers are written with
/// binary COPY, a round trip per table rather than per row.
/// </summary>
public sealed partial class PostgresArticleStore : SqlArticleStore, IArticleStore
{
    /// <summary>The layers this store keeps; the others are cheap to recompute from the text.</summary>
    public const AnnotationLayers PersistedLayers = StoredRows.PersistedLayers;

    // How many times a write transaction is run when PostgreSQL fails it as a deadlock (WriteRetryingAsync).
    private const int MaxAttempts = 5;

    private readonly NpgsqlDataSource _dataSource;

    private PostgresArticleStore(string target, NpgsqlDataSource dataSource, TimeProvider clock)
        : base(StoreDialect.Postgres, clock)
    {
        Target = target;
        _dataSource = dataSource;
    }

    /// <summary>The database as messages name it: the user's <c>--db</c> with any password masked.</summary>
    public string Target { get; }

    /// <summary>Connects to the database (a <c>postgres://</c> URL or an Npgsql connection string) and migrates it.</summary>
    /// <exception cref="StorageException">The server cannot be reached, refuses the login, or the database is not one Vigil may use.</exception>
    public static PostgresArticleStore Open(string db, TimeProvider? clock = null) =>
        OpenAsync(db, clock, CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc cref="Open"/>
    public static async Task<PostgresArticleStore> OpenAsync(string db, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        var target = ArticleStores.Describe(db);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = PostgresConnectionString.Parse(db);
        }
        catch (FormatException e)
        {
            throw new StorageException(target, e.Message, e);
        }
        builder.ApplicationName ??= "vigil";

        var store = new PostgresArticleStore(target, NpgsqlDataSource.Create(builder), clock ?? TimeProvider.System);
        try
        {
            await using var connection = await store._dataSource.OpenConnectionAsync(cancellationToken);
            await PostgresSchema.UpgradeAsync(connection, cancellationToken);
        }
        catch (SchemaMismatchException e)
        {
            await store.DisposeAsync();
            throw new StorageException(target, e.Message, e);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            await store.DisposeAsync();
            throw store.Explain(e, "cannot open the database");
        }
        return store;
    }

    public Task<StoreOutcome> StoreAsync(Document analyzed, CancellationToken cancellationToken = default) =>
        StoreAsync(analyzed, ArticleTracking.None, cancellationToken);

    public async Task<StoreOutcome> StoreAsync(Document analyzed, ArticleTracking tracking, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        ArgumentNullException.ThrowIfNull(tracking);
        var id = analyzed.ContentId;
        var doing = $"cannot store article {id} ({analyzed.Metadata.Source})";
        if ((ArticleValidation.FindProblem(analyzed) ?? ArticleValidation.FindProblem(analyzed, tracking)) is { } problem)
            throw new StorageException(Target, $"{doing}: {problem}");

        return await WriteRetryingAsync(doing, (connection, ct) => WriteArticleAsync(connection, analyzed, tracking, doing, ct), cancellationToken);
    }

    private protected override Task<T> RunContendedWriteAsync<T>(string doing, Func<DbConnection, CancellationToken, Task<T>> operation,
        CancellationToken cancellationToken) =>
        WriteRetryingAsync(doing, (connection, ct) => operation(connection, ct), cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction of its own and commits it. Two writers
    /// that link the same actors may deadlock or conflict however carefully the rows are ordered
    /// (PostgreSQL picks one to fail); the transaction is then run again from the start.
    /// </summary>
    private async Task<T> WriteRetryingAsync<T>(string doing, Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var result = await work(connection, cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure
                                              && attempt < MaxAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt * Random.Shared.Next(1, 5)), cancellationToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                throw Explain(e, doing);
            }
        }
    }

    private async Task<StoreOutcome> WriteArticleAsync(NpgsqlConnection connection, Document analyzed, ArticleTracking tracking, string doing, CancellationToken cancellationToken)
    {
        // ON CONFLICT waits for another transaction inserting the same text, then does nothing if it
        // committed: two writers of one article store it once, without a table lock.
        var articleKey = await InsertArticleAsync(connection, analyzed, cancellationToken);
        if (articleKey is null)
        {
            await using var existing = Command(connection, "SELECT content_hash FROM articles WHERE id = @id");
            existing.Parameters.AddWithValue("id", analyzed.ContentId);
            var storedHash = (string?)await existing.ExecuteScalarAsync(cancellationToken);
            if (storedHash != analyzed.ContentHash)
                throw new StorageException(Target, $"{doing}: another text with the same short id is stored ({storedHash})");
            return StoreOutcome.AlreadyStored;
        }

        var key = articleKey.Value;
        var actorKeys = await SharedStore.LinkActorsAsync(connection, Dialect, analyzed.Entities, cancellationToken);
        await CopyBoilerplateAsync(connection, key, analyzed.Boilerplate, cancellationToken);
        await CopyEntitiesAsync(connection, key, analyzed.Entities, actorKeys, cancellationToken);
        await CopyQuotesAsync(connection, key, analyzed.Quotes, cancellationToken);
        await CopyCommitmentsAsync(connection, key, analyzed, cancellationToken);
        await CopyEventsAsync(connection, key, analyzed, cancellationToken);
        await SharedStore.WriteTrackingAsync(connection, Dialect, Target, key, tracking, cancellationToken);
        if (analyzed.Signature is { } signature)
        {
            await TakeStoryLockAsync(connection, cancellationToken);
            await SharedStore.InsertSignatureAsync(connection, Dialect, key, signature, cancellationToken);
        }
        return StoreOutcome.Added;
    }

    public async ValueTask DisposeAsync() => await _dataSource.DisposeAsync();

    private async Task<long?> InsertArticleAsync(NpgsqlConnection connection, Document document, CancellationToken cancellationToken)
    {
        var metadata = document.Metadata;
        await using var insert = Command(connection, """
            INSERT INTO articles (id, content_hash, text, source, input_id, title, published, url, author, layers, ingested_at)
            VALUES (@id, @hash, @text, @source, @inputId, @title, @published, @url, @author, @layers, @ingestedAt)
            ON CONFLICT DO NOTHING
            RETURNING article_key
            """);
        insert.Parameters.AddWithValue("id", document.ContentId);
        insert.Parameters.AddWithValue("hash", document.ContentHash);
        insert.Parameters.AddWithValue("text", document.Text);
        insert.Parameters.AddWithValue("source", metadata.Source);
        insert.Parameters.Add(Nullable("inputId", NpgsqlDbType.Text, metadata.Id));
        insert.Parameters.Add(Nullable("title", NpgsqlDbType.Text, metadata.Title));
        insert.Parameters.Add(Nullable("published", NpgsqlDbType.Date, metadata.Published));
        insert.Parameters.Add(Nullable("url", NpgsqlDbType.Text, metadata.Url));
        insert.Parameters.Add(Nullable("author", NpgsqlDbType.Text, metadata.Author));
        insert.Parameters.AddWithValue("layers", (int)document.Layers);
        insert.Parameters.AddWithValue("ingestedAt", Clock.GetUtcNow().ToUniversalTime());
        return await insert.ExecuteScalarAsync(cancellationToken) as long?;
    }

    private static async Task CopyBoilerplateAsync(NpgsqlConnection connection, long articleKey, ImmutableArray<BoilerplateSpan> boilerplate, CancellationToken cancellationToken)
    {
        if (boilerplate.IsEmpty)
            return;
        await using var copy = await BeginCopyAsync(connection, "boilerplate (article_key, ordinal, start_offset, end_offset, kind)", cancellationToken);
        for (var i = 0; i < boilerplate.Length; i++)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(articleKey, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(boilerplate[i].Span.Start, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(boilerplate[i].Span.End, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(StoredNames.Of(boilerplate[i].Kind), NpgsqlDbType.Text, cancellationToken);
        }
        await copy.CompleteAsync(cancellationToken);
    }

    private static async Task CopyEntitiesAsync(NpgsqlConnection connection, long articleKey, ImmutableArray<Entity> entities,
        IReadOnlyDictionary<string, long> actorKeys, CancellationToken cancellationToken)
    {
        if (entities.IsEmpty)
            return;
        await using (var copy = await BeginCopyAsync(connection, "entities (article_key, ordinal, entity_id, name, type, title, actor_key, confidence)", cancellationToken))
        {
            for (var e = 0; e < entities.Length; e++)
            {
                var entity = entities[e];
                long? actorKey = entity.ActorId is { Length: > 0 } actorId ? actorKeys[actorId] : null;
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(articleKey, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(e, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(entity.Id, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(entity.Name, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(StoredNames.Of(entity.Type), NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(copy, entity.Title, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(copy, actorKey, NpgsqlDbType.Bigint, cancellationToken);
                await WriteNullableAsync(copy, entity.ActorId is null ? null : entity.Confidence, NpgsqlDbType.Double, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }

        if (entities.Any(e => !e.Aliases.IsEmpty))
        {
            await using var copy = await BeginCopyAsync(connection, "entity_aliases (article_key, entity_ordinal, ordinal, alias)", cancellationToken);
            for (var e = 0; e < entities.Length; e++)
                for (var a = 0; a < entities[e].Aliases.Length; a++)
                {
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(articleKey, NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(e, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(a, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(entities[e].Aliases[a], NpgsqlDbType.Text, cancellationToken);
                }
            await copy.CompleteAsync(cancellationToken);
        }

        if (entities.Any(e => !e.Mentions.IsEmpty || !e.References.IsEmpty))
        {
            await using var copy = await BeginCopyAsync(connection, "entity_spans (article_key, entity_ordinal, role, ordinal, start_offset, end_offset)", cancellationToken);
            for (var e = 0; e < entities.Length; e++)
                foreach (var (role, spans) in new[] { ("mention", entities[e].Mentions), ("reference", entities[e].References) })
                    for (var s = 0; s < spans.Length; s++)
                    {
                        await copy.StartRowAsync(cancellationToken);
                        await copy.WriteAsync(articleKey, NpgsqlDbType.Bigint, cancellationToken);
                        await copy.WriteAsync(e, NpgsqlDbType.Integer, cancellationToken);
                        await copy.WriteAsync(role, NpgsqlDbType.Text, cancellationToken);
                        await copy.WriteAsync(s, NpgsqlDbType.Integer, cancellationToken);
                        await copy.WriteAsync(spans[s].Start, NpgsqlDbType.Integer, cancellationToken);
                        await copy.WriteAsync(spans[s].End, NpgsqlDbType.Integer, cancellationToken);
                    }
            await copy.CompleteAsync(cancellationToken);
        }
    }

    private static async Task CopyQuotesAsync(NpgsqlConnection connection, long articleKey, ImmutableArray<Quote> quotes, CancellationToken cancellationToken)
    {
        if (quotes.IsEmpty)
            return;
        await using var copy = await BeginCopyAsync(connection, """
            quotes (article_key, ordinal, start_offset, end_offset, kind, cue_start, cue_end, source_start, source_end, speaker_entity_id, speaker_name)
            """, cancellationToken);
        for (var i = 0; i < quotes.Length; i++)
        {
            var quote = quotes[i];
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(articleKey, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(quote.Span.Start, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(quote.Span.End, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(StoredNames.Of(quote.Kind), NpgsqlDbType.Text, cancellationToken);
            await WriteSpanAsync(copy, quote.Cue, cancellationToken);
            await WriteSpanAsync(copy, quote.Source, cancellationToken);
            await WriteNullableAsync(copy, quote.SpeakerId, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(copy, quote.SpeakerName, NpgsqlDbType.Text, cancellationToken);
        }
        await copy.CompleteAsync(cancellationToken);
    }

    private protected override string NameInErrors => Target;

    private protected override async Task<T> RunSharedAsync<T>(string doing, string? unreadable, SharedTransaction transaction,
        Func<DbConnection, CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var begun = transaction switch
            {
                SharedTransaction.ConsistentRead => await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken),
                SharedTransaction.Write => await connection.BeginTransactionAsync(cancellationToken),
                _ => null,
            };
            var result = await operation(connection, cancellationToken);
            if (transaction == SharedTransaction.Write)
                await begun!.CommitAsync(cancellationToken);
            return result;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Explain(e, doing);
        }
        catch (FormatException e) when (unreadable is not null)
        {
            throw new StorageException(Target, $"{unreadable} in a form this program cannot read: {e.Message}", e);
        }
    }

    /// <summary>Opens a pooled connection; for the ingest queue, which shares the store's data source.</summary>
    internal ValueTask<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken) => _dataSource.OpenConnectionAsync(cancellationToken);

    internal static NpgsqlCommand Command(NpgsqlConnection connection, string sql) => new(sql, connection);

    private static Task<NpgsqlBinaryImporter> BeginCopyAsync(NpgsqlConnection connection, string tableAndColumns, CancellationToken cancellationToken) =>
        connection.BeginBinaryImportAsync($"COPY {tableAndColumns} FROM STDIN (FORMAT BINARY)", cancellationToken);

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken) where T : struct =>
        value is { } v ? copy.WriteAsync(v, type, cancellationToken) : copy.WriteNullAsync(cancellationToken);

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is not null ? copy.WriteAsync(value, type, cancellationToken) : copy.WriteNullAsync(cancellationToken);

    private static async Task WriteSpanAsync(NpgsqlBinaryImporter copy, TextSpan? span, CancellationToken cancellationToken)
    {
        await WriteNullableAsync(copy, span?.Start, NpgsqlDbType.Integer, cancellationToken);
        await WriteNullableAsync(copy, span?.End, NpgsqlDbType.Integer, cancellationToken);
    }

    /// <summary>A parameter whose type is given, so that a null needs no context to be typed.</summary>
    internal static NpgsqlParameter Nullable(string name, NpgsqlDbType type, object? value) =>
        new(name, type) { Value = value ?? DBNull.Value };

    internal StorageException Explain(Exception e, string doing)
    {
        var why = e switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } =>
                "the server refused the login (check the user name and password)",
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } => "the database does not exist on that server (create it first)",
            PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } => "permission denied",
            PostgresException { SqlState: PostgresErrorCodes.DiskFull } => "the server's disk is full",
            PostgresException { SqlState: PostgresErrorCodes.TooManyConnections } => "the server has no connection to spare",
            PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter } =>
                "the text holds a character PostgreSQL cannot store (a NUL?)",
            PostgresException { SqlState: PostgresErrorCodes.ProgramLimitExceeded } => "the article exceeds a PostgreSQL limit",
            PostgresException { SqlState: PostgresErrorCodes.UndefinedFile } or PostgresException { SqlState: "58P01" } =>
                "the server lacks the 'unaccent' extension (Debian's postgresql package has it)",
            PostgresException => null,
            NpgsqlException { InnerException: System.Net.Sockets.SocketException or IOException } or System.Net.Sockets.SocketException =>
                "cannot reach the server (is it running, and is the host and port right?)",
            TimeoutException or NpgsqlException { InnerException: TimeoutException } => "the server did not answer in time",
            _ => null,
        };
        var detail = e is PostgresException pg ? $"PostgreSQL {pg.SqlState}: {pg.MessageText}" : e.Message;
        var reason = why is null ? detail : $"{why} ({detail})";
        return new StorageException(Target, $"{doing}: {reason}", e);
    }
}

using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigil.Documents;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// The laptop store: one SQLite file in WAL mode, so that <c>serve</c> can read while an
/// <c>ingest</c> in another process writes. Every operation borrows a pooled connection, so one
/// instance serves concurrent web requests.
/// </summary>
public sealed partial class SqliteArticleStore : SqlArticleStore, IArticleStore
{
    /// <summary>The layers this store keeps; the others are cheap to recompute from the text.</summary>
    public const AnnotationLayers PersistedLayers = StoredRows.PersistedLayers;

    // Long enough to ride out another process's article transaction, short enough that a stuck
    // writer is reported rather than waited on forever.
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(15);

    private readonly string _connectionString;

    private SqliteArticleStore(string databasePath, string connectionString, TimeProvider clock)
        : base(StoreDialect.Sqlite, clock)
    {
        DatabasePath = databasePath;
        _connectionString = connectionString;
    }

    public string DatabasePath { get; }

    /// <summary>
    /// Opens (creating it and its folder when missing) and migrates the database at <paramref name="path"/>.
    /// </summary>
    /// <exception cref="StorageException">The file cannot be opened, is not a Vigil database, or is damaged.</exception>
    public static SqliteArticleStore Open(string path, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
            throw new StorageException(path, "is a folder, not a database file");

        try
        {
            if (Path.GetDirectoryName(fullPath) is { Length: > 0 } folder)
                Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException(path, $"cannot create its folder: {e.Message}", e);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString();

        var store = new SqliteArticleStore(path, connectionString, clock ?? TimeProvider.System);
        try
        {
            using var connection = store.OpenConnection();
            // WAL is a property of the file and cannot change inside a transaction: set it first.
            store.Execute(connection, "PRAGMA journal_mode = WAL");
            SqliteSchema.Upgrade(connection);
        }
        catch (SchemaMismatchException e)
        {
            store.ReleaseFile();
            throw new StorageException(path, e.Message, e);
        }
        catch (SqliteException e)
        {
            store.ReleaseFile();
            throw store.Explain(e, null);
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
        if ((ArticleValidation.FindProblem(analyzed) ?? ArticleValidation.FindProblem(analyzed, tracking)) is { } problem)
            throw new StorageException(DatabasePath, $"cannot store article {id} ({analyzed.Metadata.Source}): {problem}");

        try
        {
            await using var connection = OpenConnection();
            // IMMEDIATE takes the write lock before the existence check, so two writers storing the
            // same text serialise here and the second one sees the first one's row.
            await using var transaction = connection.BeginTransaction(deferred: false);
            var outcome = await WriteArticleAsync(connection, analyzed, tracking, cancellationToken);
            if (outcome == StoreOutcome.Added)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await transaction.CommitAsync(cancellationToken);
            }
            return outcome;
        }
        catch (SqliteException e)
        {
            throw Explain(e, $"cannot store article {id} ({analyzed.Metadata.Source})");
        }
    }

    public async Task<IReadOnlyList<BatchItemResult>> StoreBatchAsync(IReadOnlyList<ArticleToStore> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var results = new BatchItemResult[articles.Count];
        if (articles.Count == 0)
            return results;
        try
        {
            await using var connection = OpenConnection();
            await using var transaction = connection.BeginTransaction(deferred: false);
            for (var i = 0; i < articles.Count; i++)
            {
                var (document, tracking) = articles[i];
                var id = document.ContentId;
                if ((ArticleValidation.FindProblem(document) ?? ArticleValidation.FindProblem(document, tracking)) is { } problem)
                {
                    results[i] = BatchItemResult.Failed(id, $"cannot store article {id}: {problem}");
                    continue;
                }
                // A savepoint per article: one that the database refuses is undone alone, and the batch goes on.
                const string savepoint = "article";
                await transaction.SaveAsync(savepoint, cancellationToken);
                try
                {
                    results[i] = new BatchItemResult(id, await WriteArticleAsync(connection, document, tracking, cancellationToken), null);
                    await transaction.ReleaseAsync(savepoint, cancellationToken);
                }
                catch (Exception e) when (e is SqliteException or StorageException)
                {
                    await transaction.RollbackAsync(savepoint, CancellationToken.None);
                    await transaction.ReleaseAsync(savepoint, CancellationToken.None);
                    var reason = e is SqliteException sqlite ? Explain(sqlite, $"cannot store article {id}").Message : e.Message;
                    results[i] = BatchItemResult.Failed(id, reason);
                }
            }
            cancellationToken.ThrowIfCancellationRequested();
            await transaction.CommitAsync(cancellationToken);
            return results;
        }
        catch (SqliteException e)
        {
            throw Explain(e, $"cannot store a batch of {articles.Count} articles");
        }
    }

    /// <summary>Writes one article inside the caller's transaction; nothing when its text is already stored.</summary>
    private async Task<StoreOutcome> WriteArticleAsync(SqliteConnection connection, Document analyzed, ArticleTracking tracking, CancellationToken cancellationToken)
    {
        var id = analyzed.ContentId;
        await using (var existing = Command(connection, "SELECT content_hash FROM articles WHERE id = $id"))
        {
            existing.Parameters.AddWithValue("$id", id);
            if (await existing.ExecuteScalarAsync(cancellationToken) is string storedHash)
            {
                if (storedHash != analyzed.ContentHash)
                    throw new StorageException(DatabasePath,
                        $"cannot store article {id} ({analyzed.Metadata.Source}): another text with the same short id is stored ({storedHash})");
                return StoreOutcome.AlreadyStored;
            }
        }

        var articleKey = await InsertArticleAsync(connection, analyzed, cancellationToken);
        await InsertBoilerplateAsync(connection, articleKey, analyzed.Boilerplate, cancellationToken);
        await InsertEntitiesAsync(connection, articleKey, analyzed.Entities, cancellationToken);
        await InsertQuotesAsync(connection, articleKey, analyzed.Quotes, cancellationToken);
        await InsertCommitmentsAsync(connection, articleKey, analyzed, cancellationToken);
        await InsertEventsAsync(connection, articleKey, analyzed, cancellationToken);
        await SharedStore.WriteTrackingAsync(connection, Dialect, DatabasePath, articleKey, tracking, cancellationToken);
        // In the article's write transaction, which holds the file: no other writer decides a story meanwhile.
        if (analyzed.Signature is { } signature)
            await SharedStore.InsertSignatureAsync(connection, Dialect, articleKey, signature, cancellationToken);
        return StoreOutcome.Added;
    }

    public ValueTask DisposeAsync()
    {
        ReleaseFile();
        return ValueTask.CompletedTask;
    }

    private async Task<long> InsertArticleAsync(SqliteConnection connection, Document document, CancellationToken cancellationToken)
    {
        var metadata = document.Metadata;
        await using var insert = Command(connection, """
            INSERT INTO articles (id, content_hash, text, source, input_id, title, published, url, author, layers, ingested_at)
            VALUES ($id, $hash, $text, $source, $inputId, $title, $published, $url, $author, $layers, $ingestedAt)
            RETURNING article_key
            """);
        insert.Parameters.AddWithValue("$id", document.ContentId);
        insert.Parameters.AddWithValue("$hash", document.ContentHash);
        insert.Parameters.AddWithValue("$text", document.Text);
        insert.Parameters.AddWithValue("$source", metadata.Source);
        insert.Parameters.AddWithValue("$inputId", OrNull(metadata.Id));
        insert.Parameters.AddWithValue("$title", OrNull(metadata.Title));
        insert.Parameters.AddWithValue("$published", OrNull(metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        insert.Parameters.AddWithValue("$url", OrNull(metadata.Url));
        insert.Parameters.AddWithValue("$author", OrNull(metadata.Author));
        insert.Parameters.AddWithValue("$layers", (int)document.Layers);
        insert.Parameters.AddWithValue("$ingestedAt", Dialect.Time(Clock.GetUtcNow()));
        return (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task InsertBoilerplateAsync(SqliteConnection connection, long articleKey, ImmutableArray<BoilerplateSpan> boilerplate, CancellationToken cancellationToken)
    {
        if (boilerplate.IsEmpty)
            return;
        await using var insert = Command(connection, """
            INSERT INTO boilerplate (article_key, ordinal, start_offset, end_offset, kind)
            VALUES ($article, $ordinal, $start, $end, $kind)
            """);
        insert.Parameters.AddWithValue("$article", articleKey);
        var ordinal = insert.Parameters.Add("$ordinal", SqliteType.Integer);
        var start = insert.Parameters.Add("$start", SqliteType.Integer);
        var end = insert.Parameters.Add("$end", SqliteType.Integer);
        var kind = insert.Parameters.Add("$kind", SqliteType.Text);
        for (var i = 0; i < boilerplate.Length; i++)
        {
            ordinal.Value = i;
            start.Value = boilerplate[i].Span.Start;
            end.Value = boilerplate[i].Span.End;
            kind.Value = StoredNames.Of(boilerplate[i].Kind);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task InsertEntitiesAsync(SqliteConnection connection, long articleKey, ImmutableArray<Entity> entities, CancellationToken cancellationToken)
    {
        if (entities.IsEmpty)
            return;
        await using var insertEntity = Command(connection, """
            INSERT INTO entities (article_key, ordinal, entity_id, name, type, title, actor_key, confidence)
            VALUES ($article, $ordinal, $entityId, $name, $type, $title, $actor, $confidence)
            """);
        insertEntity.Parameters.AddWithValue("$article", articleKey);
        var entityOrdinal = insertEntity.Parameters.Add("$ordinal", SqliteType.Integer);
        var entityId = insertEntity.Parameters.Add("$entityId", SqliteType.Text);
        var name = insertEntity.Parameters.Add("$name", SqliteType.Text);
        var type = insertEntity.Parameters.Add("$type", SqliteType.Text);
        var title = insertEntity.Parameters.Add("$title", SqliteType.Text);
        var actor = insertEntity.Parameters.Add("$actor", SqliteType.Integer);
        var confidence = insertEntity.Parameters.Add("$confidence", SqliteType.Real);
        var actorKeys = await SharedStore.LinkActorsAsync(connection, StoreDialect.Sqlite, entities, cancellationToken);

        await using var insertAlias = Command(connection, """
            INSERT INTO entity_aliases (article_key, entity_ordinal, ordinal, alias)
            VALUES ($article, $entity, $ordinal, $alias)
            """);
        insertAlias.Parameters.AddWithValue("$article", articleKey);
        var aliasEntity = insertAlias.Parameters.Add("$entity", SqliteType.Integer);
        var aliasOrdinal = insertAlias.Parameters.Add("$ordinal", SqliteType.Integer);
        var alias = insertAlias.Parameters.Add("$alias", SqliteType.Text);

        await using var insertSpan = Command(connection, """
            INSERT INTO entity_spans (article_key, entity_ordinal, role, ordinal, start_offset, end_offset)
            VALUES ($article, $entity, $role, $ordinal, $start, $end)
            """);
        insertSpan.Parameters.AddWithValue("$article", articleKey);
        var spanEntity = insertSpan.Parameters.Add("$entity", SqliteType.Integer);
        var role = insertSpan.Parameters.Add("$role", SqliteType.Text);
        var spanOrdinal = insertSpan.Parameters.Add("$ordinal", SqliteType.Integer);
        var start = insertSpan.Parameters.Add("$start", SqliteType.Integer);
        var end = insertSpan.Parameters.Add("$end", SqliteType.Integer);

        for (var e = 0; e < entities.Length; e++)
        {
            var entity = entities[e];
            entityOrdinal.Value = e;
            entityId.Value = entity.Id;
            name.Value = entity.Name;
            type.Value = StoredNames.Of(entity.Type);
            title.Value = OrNull(entity.Title);
            actor.Value = OrNull(entity.ActorId is { Length: > 0 } actorId ? actorKeys[actorId] : null);
            confidence.Value = OrNull(entity.ActorId is null ? null : entity.Confidence);
            await insertEntity.ExecuteNonQueryAsync(cancellationToken);

            aliasEntity.Value = e;
            for (var a = 0; a < entity.Aliases.Length; a++)
            {
                aliasOrdinal.Value = a;
                alias.Value = entity.Aliases[a];
                await insertAlias.ExecuteNonQueryAsync(cancellationToken);
            }

            spanEntity.Value = e;
            foreach (var (roleName, spans) in new[] { ("mention", entity.Mentions), ("reference", entity.References) })
            {
                role.Value = roleName;
                for (var s = 0; s < spans.Length; s++)
                {
                    spanOrdinal.Value = s;
                    start.Value = spans[s].Start;
                    end.Value = spans[s].End;
                    await insertSpan.ExecuteNonQueryAsync(cancellationToken);
                }
            }
        }
    }

    private static async Task InsertQuotesAsync(SqliteConnection connection, long articleKey, ImmutableArray<Quote> quotes, CancellationToken cancellationToken)
    {
        if (quotes.IsEmpty)
            return;
        await using var insert = Command(connection, """
            INSERT INTO quotes (article_key, ordinal, start_offset, end_offset, kind, cue_start, cue_end,
                                source_start, source_end, speaker_entity_id, speaker_name)
            VALUES ($article, $ordinal, $start, $end, $kind, $cueStart, $cueEnd, $sourceStart, $sourceEnd, $speakerId, $speakerName)
            """);
        insert.Parameters.AddWithValue("$article", articleKey);
        var ordinal = insert.Parameters.Add("$ordinal", SqliteType.Integer);
        var start = insert.Parameters.Add("$start", SqliteType.Integer);
        var end = insert.Parameters.Add("$end", SqliteType.Integer);
        var kind = insert.Parameters.Add("$kind", SqliteType.Text);
        var cueStart = insert.Parameters.Add("$cueStart", SqliteType.Integer);
        var cueEnd = insert.Parameters.Add("$cueEnd", SqliteType.Integer);
        var sourceStart = insert.Parameters.Add("$sourceStart", SqliteType.Integer);
        var sourceEnd = insert.Parameters.Add("$sourceEnd", SqliteType.Integer);
        var speakerId = insert.Parameters.Add("$speakerId", SqliteType.Text);
        var speakerName = insert.Parameters.Add("$speakerName", SqliteType.Text);

        for (var i = 0; i < quotes.Length; i++)
        {
            var quote = quotes[i];
            ordinal.Value = i;
            start.Value = quote.Span.Start;
            end.Value = quote.Span.End;
            kind.Value = StoredNames.Of(quote.Kind);
            cueStart.Value = OrNull(quote.Cue?.Start);
            cueEnd.Value = OrNull(quote.Cue?.End);
            sourceStart.Value = OrNull(quote.Source?.Start);
            sourceEnd.Value = OrNull(quote.Source?.End);
            speakerId.Value = OrNull(quote.SpeakerId);
            speakerName.Value = OrNull(quote.SpeakerName);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private protected override string NameInErrors => DatabasePath;

    private protected override async Task<T> RunSharedAsync<T>(string doing, string? unreadable, SharedTransaction transaction,
        Func<DbConnection, CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = OpenConnection();
            await using var begun = transaction switch
            {
                SharedTransaction.ConsistentRead => connection.BeginTransaction(deferred: true),
                SharedTransaction.Write => connection.BeginTransaction(deferred: false),
                _ => null,
            };
            var result = await operation(connection, cancellationToken);
            if (transaction == SharedTransaction.Write)
                await begun!.CommitAsync(cancellationToken);
            return result;
        }
        catch (SqliteException e)
        {
            throw Explain(e, doing);
        }
        catch (FormatException e) when (unreadable is not null)
        {
            throw new StorageException(DatabasePath, $"{unreadable} in a form this program cannot read: {e.Message}", e);
        }
    }

    private SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // Per connection: SQLite waits this long for another process's lock instead of failing at once;
        // NORMAL is durable across a crash of the program in WAL mode and much faster than FULL.
        Execute(connection, $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL");
        return connection;
    }

    private void Execute(SqliteConnection connection, string sql)
    {
        using var command = Command(connection, sql);
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    /// <summary>Closes the pooled connections, so the file is not held open after the store is gone.</summary>
    private void ReleaseFile()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private StorageException Explain(SqliteException e, string? doing)
    {
        var why = e.SqliteErrorCode switch
        {
            SQLitePCL.raw.SQLITE_NOTADB => "is not a SQLite database, or it is damaged",
            SQLitePCL.raw.SQLITE_CORRUPT => "the database is damaged",
            SQLitePCL.raw.SQLITE_READONLY => "the database is read-only here",
            SQLitePCL.raw.SQLITE_FULL => "the disk is full",
            SQLitePCL.raw.SQLITE_CANTOPEN => "cannot open the file (check the folder exists and may be written)",
            SQLitePCL.raw.SQLITE_PERM or SQLitePCL.raw.SQLITE_AUTH => "permission denied",
            SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED =>
                $"the database stayed locked by another process for more than {BusyTimeout.TotalSeconds:0} seconds",
            SQLitePCL.raw.SQLITE_IOERR => "the disk reported an error",
            _ => null,
        };
        var detail = e.Message.Replace("SQLite Error ", "SQLite error ", StringComparison.Ordinal);
        var reason = why is null ? detail : $"{why} ({detail})";
        return new StorageException(DatabasePath, doing is null ? reason : $"{doing}: {reason}", e);
    }

    private static object OrNull(object? value) => value ?? DBNull.Value;
}

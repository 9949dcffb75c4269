using System.Data.Common;
using Vigil.Documents;

namespace Vigil.Storage;

/// <summary>Watch lists (the watches table) and the alerts read from them.</summary>
internal static partial class SharedStore
{
    /// <summary>
    /// Adds an actor or tracked commitment to the account's watch list, keeping the first date when
    /// it is there already; false when no actor or commitment has the id.
    /// </summary>
    public static async Task<bool> AddWatchAsync(DbConnection connection, StoreDialect dialect, string userName, WatchKind kind, string targetId,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, dialect.InsertOrIgnore("""
            watches (user_name, kind, target_id, created_at)
            SELECT @user, @kind, @target, @now
            WHERE (@kind = 'actor' AND EXISTS (SELECT 1 FROM actors WHERE id = @target))
               OR (@kind = 'commitment' AND EXISTS (SELECT 1 FROM tracked_commitments WHERE id = @target))
            """), ("user", userName), ("kind", StoredNames.Of(kind)), ("target", targetId), ("now", dialect.Time(now)));
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
            return true;
        await using var watched = Command(connection, $"SELECT 1 FROM watches WHERE {dialect.EqualsIgnoringCase("user_name", "@user")} AND kind = @kind AND target_id = @target",
            ("user", userName), ("kind", StoredNames.Of(kind)), ("target", targetId));
        return await watched.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>Removes a watch; false when the account did not watch it.</summary>
    public static async Task<bool> RemoveWatchAsync(DbConnection connection, StoreDialect dialect, string userName, WatchKind kind, string targetId,
        CancellationToken cancellationToken)
    {
        await using var delete = Command(connection, $"DELETE FROM watches WHERE {dialect.EqualsIgnoringCase("user_name", "@user")} AND kind = @kind AND target_id = @target",
            ("user", userName), ("kind", StoredNames.Of(kind)), ("target", targetId));
        return await delete.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <summary>The account's watches, latest first.</summary>
    public static async Task<IReadOnlyList<Watch>> ListWatchesAsync(DbConnection connection, StoreDialect dialect, string userName, CancellationToken cancellationToken)
    {
        await using var select = Command(connection, $"""
            SELECT {WatchColumns} FROM watches w
            WHERE {dialect.EqualsIgnoringCase("w.user_name", "@user")}
            ORDER BY w.created_at DESC, w.kind{dialect.ByteOrder}, w.target_id{dialect.ByteOrder}
            """, ("user", userName));
        var watches = new List<Watch>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            watches.Add(ReadWatch(reader, 0));
        return watches;
    }

    /// <summary>
    /// What the account's watches raised in articles stored since each watch began, latest first:
    /// quotes of watched actors, events they take part in, evidence on watched commitments. Run in
    /// a consistent read: the quotes' words are read from their articles by a second statement.
    /// </summary>
    public static async Task<IReadOnlyList<WatchAlert>> ListAlertsAsync(DbConnection connection, StoreDialect dialect, string userName, int limit,
        CancellationToken cancellationToken)
    {
        var sameUser = dialect.EqualsIgnoringCase("w.user_name", "@user");
        // Quotes have no words of their own in the database (offsets are UTF-16): "text" is
        // filled from the article below. DISTINCT: an actor named twice in one event is one alert.
        // The NULLs are cast so that PostgreSQL knows the union's column types.
        await using var select = Command(connection, $"""
            SELECT * FROM (
                SELECT DISTINCT 'quote' AS source, {WatchColumns}, a.article_key, {ArticleRefColumns}, a.ingested_at,
                       q.ordinal, q.start_offset, q.end_offset, CAST(NULL AS text) AS text, q.speaker_name AS detail, CAST(NULL AS text) AS evidence_source
                FROM watches w
                JOIN actors ac ON w.kind = 'actor' AND ac.id = w.target_id
                JOIN entities e ON e.actor_key = ac.actor_key
                JOIN quotes q ON q.article_key = e.article_key AND q.speaker_entity_id = e.entity_id
                JOIN articles a ON a.article_key = q.article_key
                WHERE {sameUser} AND a.ingested_at >= w.created_at
                UNION ALL
                SELECT DISTINCT 'event', {WatchColumns}, a.article_key, {ArticleRefColumns}, a.ingested_at,
                       ev.ordinal, ev.start_offset, ev.end_offset, ev.text, ev.type, CAST(NULL AS text)
                FROM watches w
                JOIN actors ac ON w.kind = 'actor' AND ac.id = w.target_id
                JOIN entities e ON e.actor_key = ac.actor_key
                JOIN event_actors ea ON ea.article_key = e.article_key AND ea.entity_id = e.entity_id
                JOIN events ev ON ev.article_key = ea.article_key AND ev.ordinal = ea.event_ordinal
                JOIN articles a ON a.article_key = ev.article_key
                WHERE {sameUser} AND a.ingested_at >= w.created_at
                UNION ALL
                SELECT 'evidence', {WatchColumns}, a.article_key, {ArticleRefColumns}, a.ingested_at,
                       ce.ordinal, ce.start_offset, ce.end_offset, ce.text, ce.stance, ce.source
                FROM watches w
                JOIN tracked_commitments t ON w.kind = 'commitment' AND t.id = w.target_id
                JOIN commitment_evidence ce ON ce.tracked_key = t.tracked_key
                JOIN articles a ON a.article_key = ce.article_key
                WHERE {sameUser} AND a.ingested_at >= w.created_at
            ) alerts
            ORDER BY ingested_at DESC, article_key DESC, source{dialect.ByteOrder}, ordinal, target_id{dialect.ByteOrder}
            LIMIT @limit
            """, ("user", userName), ("limit", limit));
        var rows = new List<(long ArticleKey, WatchAlert Alert)>();
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                rows.Add(ReadAlert(reader));
        }
        var quoted = rows.Where(r => r.Alert.Source == AlertSource.Quote).Select(r => r.ArticleKey).Distinct().ToList();
        var texts = quoted.Count == 0 ? [] : await ReadTextsAsync(connection, quoted, cancellationToken);
        return [.. rows.Select(r => r.Alert.Source == AlertSource.Quote && texts.TryGetValue(r.ArticleKey, out var text)
            ? r.Alert with { Text = text[r.Alert.Span.Start..Math.Min(text.Length, r.Alert.Span.End)] }
            : r.Alert)];
    }
}

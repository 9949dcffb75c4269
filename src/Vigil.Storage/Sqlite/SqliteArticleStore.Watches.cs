using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigil.Documents;

namespace Vigil.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    public async Task<bool> AddWatchAsync(string userName, WatchKind kind, string targetId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        ArgumentNullException.ThrowIfNull(targetId);
        try
        {
            await using var connection = OpenConnection();
            await using var insert = Command(connection, """
                INSERT OR IGNORE INTO watches (user_name, kind, target_id, created_at)
                SELECT $user, $kind, $target, $now
                WHERE ($kind = 'actor' AND EXISTS (SELECT 1 FROM actors WHERE id = $target))
                   OR ($kind = 'commitment' AND EXISTS (SELECT 1 FROM tracked_commitments WHERE id = $target))
                """);
            insert.Parameters.AddWithValue("$user", userName);
            insert.Parameters.AddWithValue("$kind", StoredNames.Of(kind));
            insert.Parameters.AddWithValue("$target", targetId);
            insert.Parameters.AddWithValue("$now", FormatTimestamp(_clock.GetUtcNow()));
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
                return true;
            await using var watched = Command(connection, "SELECT 1 FROM watches WHERE user_name = $user AND kind = $kind AND target_id = $target");
            watched.Parameters.AddWithValue("$user", userName);
            watched.Parameters.AddWithValue("$kind", StoredNames.Of(kind));
            watched.Parameters.AddWithValue("$target", targetId);
            return await watched.ExecuteScalarAsync(cancellationToken) is not null;
        }
        catch (SqliteException e)
        {
            throw Explain(e, $"cannot add {targetId} to the watch list of {userName}");
        }
    }

    public async Task<bool> RemoveWatchAsync(string userName, WatchKind kind, string targetId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(targetId);
        try
        {
            await using var connection = OpenConnection();
            await using var delete = Command(connection, "DELETE FROM watches WHERE user_name = $user AND kind = $kind AND target_id = $target");
            delete.Parameters.AddWithValue("$user", userName);
            delete.Parameters.AddWithValue("$kind", StoredNames.Of(kind));
            delete.Parameters.AddWithValue("$target", targetId);
            return await delete.ExecuteNonQueryAsync(cancellationToken) > 0;
        }
        catch (SqliteException e)
        {
            throw Explain(e, $"cannot remove {targetId} from the watch list of {userName}");
        }
    }

    public async Task<IReadOnlyList<Watch>> ListWatchesAsync(string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        try
        {
            await using var connection = OpenConnection();
            await using var select = Command(connection, $"""
                SELECT {WatchColumns} FROM watches w
                WHERE w.user_name = $user
                ORDER BY w.created_at DESC, w.kind, w.target_id
                """);
            select.Parameters.AddWithValue("$user", userName);
            var watches = new List<Watch>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                watches.Add(ReadWatch(reader, 0));
            return watches;
        }
        catch (SqliteException e)
        {
            throw Explain(e, $"cannot read the watch list of {userName}");
        }
        catch (FormatException e)
        {
            throw new StorageException(DatabasePath, $"the watch lists are stored in a form this program cannot read: {e.Message}", e);
        }
    }

    public async Task<IReadOnlyList<WatchAlert>> ListAlertsAsync(string userName, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        try
        {
            await using var connection = OpenConnection();
            await using var transaction = connection.BeginTransaction(deferred: true);
            // Quotes have no words of their own in the database (offsets are UTF-16): "text" is
            // filled from the article below. DISTINCT: an actor named twice in one event is one alert.
            await using var select = Command(connection, $"""
                SELECT * FROM (
                    SELECT DISTINCT 'quote' AS source, {WatchColumns}, a.article_key, {ArticleRefColumns}, a.ingested_at,
                           q.ordinal, q.start_offset, q.end_offset, NULL AS text, q.speaker_name AS detail, NULL AS evidence_source
                    FROM watches w
                    JOIN actors ac ON w.kind = 'actor' AND ac.id = w.target_id
                    JOIN entities e ON e.actor_key = ac.actor_key
                    JOIN quotes q ON q.article_key = e.article_key AND q.speaker_entity_id = e.entity_id
                    JOIN articles a ON a.article_key = q.article_key
                    WHERE w.user_name = $user AND a.ingested_at >= w.created_at
                    UNION ALL
                    SELECT DISTINCT 'event', {WatchColumns}, a.article_key, {ArticleRefColumns}, a.ingested_at,
                           ev.ordinal, ev.start_offset, ev.end_offset, ev.text, ev.type, NULL
                    FROM watches w
                    JOIN actors ac ON w.kind = 'actor' AND ac.id = w.target_id
                    JOIN entities e ON e.actor_key = ac.actor_key
                    JOIN event_actors ea ON ea.article_key = e.article_key AND ea.entity_id = e.entity_id
                    JOIN events ev ON ev.article_key = ea.article_key AND ev.ordinal = ea.event_ordinal
                    JOIN articles a ON a.article_key = ev.article_key
                    WHERE w.user_name = $user AND a.ingested_at >= w.created_at
                    UNION ALL
                    SELECT 'evidence', {WatchColumns}, a.article_key, {ArticleRefColumns}, a.ingested_at,
                           ce.ordinal, ce.start_offset, ce.end_offset, ce.text, ce.stance, ce.source
                    FROM watches w
                    JOIN tracked_commitments t ON w.kind = 'commitment' AND t.id = w.target_id
                    JOIN commitment_evidence ce ON ce.tracked_key = t.tracked_key
                    JOIN articles a ON a.article_key = ce.article_key
                    WHERE w.user_name = $user AND a.ingested_at >= w.created_at
                )
                ORDER BY ingested_at DESC, article_key DESC, source, ordinal, target_id
                LIMIT $limit
                """);
            select.Parameters.AddWithValue("$user", userName);
            select.Parameters.AddWithValue("$limit", limit);
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
        catch (SqliteException e)
        {
            throw Explain(e, $"cannot read the alerts of {userName}");
        }
        catch (FormatException e)
        {
            throw new StorageException(DatabasePath, $"the watch lists are stored in a form this program cannot read: {e.Message}", e);
        }
    }
}

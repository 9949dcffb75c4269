using Npgsql;

namespace Vigil.Storage.Postgres;

/// <summary>Copies of one story (migration 003): what PostgreSQL adds to the shared SQL, a lock that serialises story decisions.</summary>
public sealed partial class PostgresArticleStore
{
    // Held from the story decision to the article's commit: two writers storing copies of one new
    // story at once would otherwise each miss the other's uncommitted row and start two stories.
    private const long StoryLock = 0x5669_676C + 2;

    /// <summary>Held from the story decision to the article's commit (<see cref="SharedStore.InsertSignatureAsync"/>).</summary>
    private static async Task TakeStoryLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var take = Command(connection, $"SELECT pg_advisory_xact_lock({StoryLock})");
        await take.ExecuteNonQueryAsync(cancellationToken);
    }
}

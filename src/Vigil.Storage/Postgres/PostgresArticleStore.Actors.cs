using Npgsql;
using Vigil.Documents;

namespace Vigil.Storage.Postgres;

/// <summary>The actors table: actors across articles, their aliases, and the links from entities (<see cref="SharedStore"/>'s SQL).</summary>
public sealed partial class PostgresArticleStore
{
    public async Task<int> SaveActorsAsync(IReadOnlyList<Actor> actors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actors);
        if (actors.Any(a => a is null || string.IsNullOrWhiteSpace(a.Id) || string.IsNullOrWhiteSpace(a.Name)))
            throw new StorageException(Target, "cannot store an actor without an id and a name");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var added = await SharedStore.SaveActorsAsync(connection, Dialect, actors, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return added;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure
                                              && attempt < MaxAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt * Random.Shared.Next(1, 5)), cancellationToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                throw Explain(e, "cannot store the actors");
            }
        }
    }
}

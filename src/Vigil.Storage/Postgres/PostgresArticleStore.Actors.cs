using Npgsql;
using NpgsqlTypes;
using Vigil.Documents;

namespace Vigil.Storage.Postgres;

/// <summary>The actors table: actors across articles, their aliases, and the links from entities.</summary>
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
                var added = 0;
                // In id order, as articles link theirs, so that concurrent writers lock actors in one order.
                foreach (var actor in actors.OrderBy(a => a.Id, StringComparer.Ordinal))
                    if (await SaveActorAsync(connection, actor, cancellationToken)) added++;
                cancellationToken.ThrowIfCancellationRequested();
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

    public async Task<IReadOnlyList<StoredActor>> ListActorsAsync(CancellationToken cancellationToken = default) =>
        await ReadActorsAsync(null, cancellationToken);

    /// <summary>Every actor by name, or the one with <paramref name="id"/>.</summary>
    private async Task<List<StoredActor>> ReadActorsAsync(string? id, CancellationToken cancellationToken)
    {
        var only = id is null ? "" : "WHERE a.actor_key = (SELECT actor_key FROM actors WHERE id = @id)";
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
            var aliases = new Dictionary<long, ImmutableArray<string>.Builder>();
            await using (var select = Command(connection, $"SELECT a.actor_key, a.alias FROM actor_aliases a {only} ORDER BY a.actor_key, a.alias COLLATE \"C\""))
            {
                if (id is not null) select.Parameters.AddWithValue("id", id);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    BuilderFor(aliases, reader.GetInt64(0)).Add(reader.GetString(1));
            }
            var actors = new List<StoredActor>();
            await using (var select = Command(connection, $"""
                SELECT a.actor_key, a.id, a.name, a.type, a.origin, a.role, a.country, a.organisation,
                       (SELECT count(DISTINCT e.article_key) FROM entities e WHERE e.actor_key = a.actor_key)
                FROM actors a {only} ORDER BY a.name COLLATE "C", a.id COLLATE "C"
                """))
            {
                if (id is not null) select.Parameters.AddWithValue("id", id);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var actor = new Actor(reader.GetString(1), reader.GetString(2), StoredNames.ParseEntityType(reader.GetString(3)), Drain(aliases, reader.GetInt64(0)))
                    {
                        Origin = StoredNames.ParseActorOrigin(reader.GetString(4)),
                        Role = Text(reader, 5),
                        Country = Text(reader, 6),
                        Organisation = Text(reader, 7),
                    };
                    actors.Add(new StoredActor(actor, (int)reader.GetInt64(8)));
                }
            }
            return actors;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Explain(e, id is null ? "cannot list the stored actors" : $"cannot read the actor {id}");
        }
        catch (FormatException e)
        {
            throw new StorageException(Target, $"the actors are stored in a form this program cannot read: {e.Message}", e);
        }
    }

    /// <summary>
    /// The stored actor of every entity that names one, created "seen" in this article when its id is
    /// new; every spelling an entity uses becomes an alias. Actors are taken in id order, so that two
    /// articles naming the same actors lock their rows in the same order and never deadlock.
    /// </summary>
    private static async Task<Dictionary<string, long>> LinkActorsAsync(NpgsqlConnection connection, ImmutableArray<Entity> entities, CancellationToken cancellationToken)
    {
        var keys = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var group in entities.Where(e => e.ActorId is { Length: > 0 }).GroupBy(e => e.ActorId!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            var key = await FindActorAsync(connection, group.Key, cancellationToken)
                      ?? await InsertActorAsync(connection, new Actor(group.Key, first.Name, first.Type, []) { Origin = ActorOrigin.Seen, Role = first.Title }, cancellationToken);
            await AddAliasesAsync(connection, key, await ActorNameAsync(connection, key, cancellationToken), group.SelectMany(e => e.Aliases.Prepend(e.Name)), cancellationToken);
            keys[group.Key] = key;
        }
        return keys;
    }

    /// <summary>Returns whether the actor was new.</summary>
    private static async Task<bool> SaveActorAsync(NpgsqlConnection connection, Actor actor, CancellationToken cancellationToken)
    {
        var existing = await FindActorAsync(connection, actor.Id, cancellationToken);
        var key = existing ?? await InsertActorAsync(connection, actor, cancellationToken);
        if (existing is not null && actor.Origin == ActorOrigin.WatchList)
        {
            var old = await ActorNameAsync(connection, key, cancellationToken);
            await using var update = Command(connection, """
                UPDATE actors SET name = @name, type = @type, origin = 'watchlist',
                    role = coalesce(@role, role), country = coalesce(@country, country), organisation = coalesce(@organisation, organisation)
                WHERE actor_key = @key
                """);
            AddActorFields(update, actor);
            update.Parameters.AddWithValue("key", key);
            await update.ExecuteNonQueryAsync(cancellationToken);
            // the name it was stored under stays findable
            await AddAliasesAsync(connection, key, actor.Name, [old], cancellationToken);
        }
        await AddAliasesAsync(connection, key, await ActorNameAsync(connection, key, cancellationToken), actor.Aliases.Prepend(actor.Name), cancellationToken);
        return existing is null;
    }

    private static async Task<long?> FindActorAsync(NpgsqlConnection connection, string id, CancellationToken cancellationToken)
    {
        await using var select = Command(connection, "SELECT actor_key FROM actors WHERE id = @id");
        select.Parameters.AddWithValue("id", id);
        return await select.ExecuteScalarAsync(cancellationToken) as long?;
    }

    private static async Task<string> ActorNameAsync(NpgsqlConnection connection, long key, CancellationToken cancellationToken)
    {
        await using var select = Command(connection, "SELECT name FROM actors WHERE actor_key = @key");
        select.Parameters.AddWithValue("key", key);
        return (string)(await select.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Inserts the actor, or finds the row another writer inserted meanwhile.</summary>
    private static async Task<long> InsertActorAsync(NpgsqlConnection connection, Actor actor, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, """
            INSERT INTO actors (id, name, type, origin, role, country, organisation)
            VALUES (@id, @name, @type, @origin, @role, @country, @organisation)
            ON CONFLICT (id) DO NOTHING
            RETURNING actor_key
            """);
        insert.Parameters.AddWithValue("id", actor.Id);
        insert.Parameters.AddWithValue("origin", StoredNames.Of(actor.Origin));
        AddActorFields(insert, actor);
        return await insert.ExecuteScalarAsync(cancellationToken) as long?
               ?? await FindActorAsync(connection, actor.Id, cancellationToken)
               ?? throw new InvalidOperationException($"actor {actor.Id} was neither inserted nor found");
    }

    private static void AddActorFields(NpgsqlCommand command, Actor actor)
    {
        command.Parameters.AddWithValue("name", actor.Name);
        command.Parameters.AddWithValue("type", StoredNames.Of(actor.Type));
        command.Parameters.Add(Nullable("role", NpgsqlDbType.Text, actor.Role));
        command.Parameters.Add(Nullable("country", NpgsqlDbType.Text, actor.Country));
        command.Parameters.Add(Nullable("organisation", NpgsqlDbType.Text, actor.Organisation));
    }

    private static async Task AddAliasesAsync(NpgsqlConnection connection, long key, string name, IEnumerable<string> aliases, CancellationToken cancellationToken)
    {
        var add = aliases.Where(a => !string.IsNullOrWhiteSpace(a) && a != name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (add.Length == 0)
            return;
        await using var insert = Command(connection, """
            INSERT INTO actor_aliases (actor_key, alias) SELECT @key, alias FROM unnest(@aliases) AS alias
            ON CONFLICT DO NOTHING
            """);
        insert.Parameters.AddWithValue("key", key);
        insert.Parameters.Add(new NpgsqlParameter("aliases", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = add });
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}

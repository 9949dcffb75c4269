using Microsoft.Data.Sqlite;
using Vigil.Documents;

namespace Vigil.Storage.Sqlite;

/// <summary>The actors table: actors across articles, their aliases, and the links from entities.</summary>
public sealed partial class SqliteArticleStore
{
    public async Task<int> SaveActorsAsync(IReadOnlyList<Actor> actors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actors);
        if (actors.Any(a => a is null || string.IsNullOrWhiteSpace(a.Id) || string.IsNullOrWhiteSpace(a.Name)))
            throw new StorageException(DatabasePath, "cannot store an actor without an id and a name");
        try
        {
            await using var connection = OpenConnection();
            await using var transaction = connection.BeginTransaction(deferred: false);
            var links = new ActorLinks(connection);
            var added = 0;
            foreach (var actor in actors)
                if (await links.SaveAsync(actor, cancellationToken)) added++;
            cancellationToken.ThrowIfCancellationRequested();
            await transaction.CommitAsync(cancellationToken);
            return added;
        }
        catch (SqliteException e)
        {
            throw Explain(e, "cannot store the actors");
        }
    }

    public async Task<IReadOnlyList<StoredActor>> ListActorsAsync(CancellationToken cancellationToken = default) =>
        await ReadActorsAsync(null, cancellationToken);

    /// <summary>Every actor by name, or the one with <paramref name="id"/>.</summary>
    private async Task<List<StoredActor>> ReadActorsAsync(string? id, CancellationToken cancellationToken)
    {
        var only = id is null ? "" : "WHERE a.actor_key = (SELECT actor_key FROM actors WHERE id = $id)";
        try
        {
            await using var connection = OpenConnection();
            await using var transaction = connection.BeginTransaction(deferred: true);
            var aliases = new Dictionary<long, ImmutableArray<string>.Builder>();
            await using (var select = Command(connection, $"SELECT a.actor_key, a.alias FROM actor_aliases a {only} ORDER BY a.actor_key, a.alias"))
            {
                if (id is not null) select.Parameters.AddWithValue("$id", id);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    BuilderFor(aliases, reader.GetInt64(0)).Add(reader.GetString(1));
            }
            var actors = new List<StoredActor>();
            await using (var select = Command(connection, $"""
                SELECT a.actor_key, a.id, a.name, a.type, a.origin, a.role, a.country, a.organisation,
                       (SELECT count(DISTINCT e.article_key) FROM entities e WHERE e.actor_key = a.actor_key)
                FROM actors a {only} ORDER BY a.name, a.id
                """))
            {
                if (id is not null) select.Parameters.AddWithValue("$id", id);
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
                    actors.Add(new StoredActor(actor, reader.GetInt32(8)));
                }
            }
            return actors;
        }
        catch (SqliteException e)
        {
            throw Explain(e, id is null ? "cannot list the stored actors" : $"cannot read the actor {id}");
        }
        catch (FormatException e)
        {
            throw new StorageException(DatabasePath, $"the actors are stored in a form this program cannot read: {e.Message}", e);
        }
    }

    /// <summary>
    /// Finds or creates actor rows inside the caller's transaction. An entity whose actor id is not
    /// stored yet creates an actor "seen" in this article; every spelling an entity uses becomes an alias.
    /// </summary>
    private sealed class ActorLinks(SqliteConnection connection)
    {
        public async Task<long?> LinkAsync(Entity entity, CancellationToken cancellationToken)
        {
            if (entity.ActorId is not { Length: > 0 } id) return null;
            var key = await FindAsync(id, cancellationToken)
                      ?? await InsertAsync(new Actor(id, entity.Name, entity.Type, []) { Origin = ActorOrigin.Seen, Role = entity.Title }, cancellationToken);
            await AddAliasesAsync(key, await NameOfAsync(key, cancellationToken), entity.Aliases.Prepend(entity.Name), cancellationToken);
            return key;
        }

        /// <summary>Returns whether the actor was new.</summary>
        public async Task<bool> SaveAsync(Actor actor, CancellationToken cancellationToken)
        {
            var existing = await FindAsync(actor.Id, cancellationToken);
            var key = existing ?? await InsertAsync(actor, cancellationToken);
            if (existing is not null && actor.Origin == ActorOrigin.WatchList)
            {
                var old = await NameOfAsync(key, cancellationToken);
                await using var update = Command(connection, """
                    UPDATE actors SET name = $name, type = $type, origin = 'watchlist',
                        role = coalesce($role, role), country = coalesce($country, country), organisation = coalesce($organisation, organisation)
                    WHERE actor_key = $key
                    """);
                AddFields(update, actor);
                update.Parameters.AddWithValue("$key", key);
                await update.ExecuteNonQueryAsync(cancellationToken);
                // the name it was stored under stays findable
                await AddAliasesAsync(key, actor.Name, [old], cancellationToken);
            }
            await AddAliasesAsync(key, await NameOfAsync(key, cancellationToken), actor.Aliases.Prepend(actor.Name), cancellationToken);
            return existing is null;
        }

        private async Task<long?> FindAsync(string id, CancellationToken cancellationToken)
        {
            await using var select = Command(connection, "SELECT actor_key FROM actors WHERE id = $id");
            select.Parameters.AddWithValue("$id", id);
            return await select.ExecuteScalarAsync(cancellationToken) is long key ? key : null;
        }

        private async Task<string> NameOfAsync(long key, CancellationToken cancellationToken)
        {
            await using var select = Command(connection, "SELECT name FROM actors WHERE actor_key = $key");
            select.Parameters.AddWithValue("$key", key);
            return (string)(await select.ExecuteScalarAsync(cancellationToken))!;
        }

        private async Task<long> InsertAsync(Actor actor, CancellationToken cancellationToken)
        {
            await using var insert = Command(connection, """
                INSERT INTO actors (id, name, type, origin, role, country, organisation)
                VALUES ($id, $name, $type, $origin, $role, $country, $organisation)
                RETURNING actor_key
                """);
            insert.Parameters.AddWithValue("$id", actor.Id);
            insert.Parameters.AddWithValue("$origin", StoredNames.Of(actor.Origin));
            AddFields(insert, actor);
            return (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }

        private static void AddFields(SqliteCommand command, Actor actor)
        {
            command.Parameters.AddWithValue("$name", actor.Name);
            command.Parameters.AddWithValue("$type", StoredNames.Of(actor.Type));
            command.Parameters.AddWithValue("$role", OrNull(actor.Role));
            command.Parameters.AddWithValue("$country", OrNull(actor.Country));
            command.Parameters.AddWithValue("$organisation", OrNull(actor.Organisation));
        }

        private async Task AddAliasesAsync(long key, string name, IEnumerable<string> aliases, CancellationToken cancellationToken)
        {
            await using var insert = Command(connection, "INSERT OR IGNORE INTO actor_aliases (actor_key, alias) VALUES ($key, $alias)");
            insert.Parameters.AddWithValue("$key", key);
            var alias = insert.Parameters.Add("$alias", SqliteType.Text);
            foreach (var a in aliases.Distinct(StringComparer.Ordinal))
            {
                if (string.IsNullOrWhiteSpace(a) || a == name) continue;
                alias.Value = a;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }
}

using System.Data.Common;
using System.Globalization;
using Vigil.Documents;

namespace Vigil.Storage;

/// <summary>The actors table: actors across articles, their aliases, and the links from entities.</summary>
internal static partial class SharedStore
{
    /// <summary>
    /// Stores actors by id, in the caller's transaction: new ids are added, known ones gain aliases,
    /// and a watch list's name and facts replace what was stored (the old name kept as an alias).
    /// Returns how many were new. Taken in id order, as articles link theirs, so that concurrent
    /// PostgreSQL writers lock actors in one order (SQLite has one writer; the order costs it nothing).
    /// </summary>
    public static async Task<int> SaveActorsAsync(DbConnection connection, StoreDialect dialect, IReadOnlyList<Actor> actors, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var actor in actors.OrderBy(a => a.Id, StringComparer.Ordinal))
            if (await SaveActorAsync(connection, dialect, actor, cancellationToken)) added++;
        cancellationToken.ThrowIfCancellationRequested();
        return added;
    }

    /// <summary>
    /// The stored actor of every entity that names one, by actor id, created "seen" in this article
    /// when its id is new; every spelling an entity uses becomes an alias. In the article's
    /// transaction, in id order (see <see cref="SaveActorsAsync"/>).
    /// </summary>
    public static async Task<Dictionary<string, long>> LinkActorsAsync(DbConnection connection, StoreDialect dialect, ImmutableArray<Entity> entities,
        CancellationToken cancellationToken)
    {
        var keys = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var group in entities.Where(e => e.ActorId is { Length: > 0 }).GroupBy(e => e.ActorId!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            var key = await FindActorAsync(connection, group.Key, cancellationToken)
                      ?? await InsertActorAsync(connection, new Actor(group.Key, first.Name, first.Type, []) { Origin = ActorOrigin.Seen, Role = first.Title }, cancellationToken);
            await AddAliasesAsync(connection, dialect, key, await ActorNameAsync(connection, key, cancellationToken), group.SelectMany(e => e.Aliases.Prepend(e.Name)),
                cancellationToken);
            keys[group.Key] = key;
        }
        return keys;
    }

    /// <summary>Every actor by name, or the one with <paramref name="id"/>, with the number of articles naming it. Run in a consistent read.</summary>
    public static async Task<List<StoredActor>> ReadActorsAsync(DbConnection connection, StoreDialect dialect, string? id, CancellationToken cancellationToken)
    {
        var only = id is null ? "" : "WHERE a.actor_key = (SELECT actor_key FROM actors WHERE id = @id)";
        var aliases = new Dictionary<long, ImmutableArray<string>.Builder>();
        await using (var select = Command(connection, $"SELECT a.actor_key, a.alias FROM actor_aliases a {only} ORDER BY a.actor_key, a.alias{dialect.ByteOrder}"))
        {
            if (id is not null) Add(select, "id", id);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                BuilderFor(aliases, reader.GetInt64(0)).Add(reader.GetString(1));
        }
        var actors = new List<StoredActor>();
        await using (var select = Command(connection, $"""
            SELECT a.actor_key, a.id, a.name, a.type, a.origin, a.role, a.country, a.organisation,
                   (SELECT count(DISTINCT e.article_key) FROM entities e WHERE e.actor_key = a.actor_key)
            FROM actors a {only} ORDER BY a.name{dialect.ByteOrder}, a.id{dialect.ByteOrder}
            """))
        {
            if (id is not null) Add(select, "id", id);
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
                actors.Add(new StoredActor(actor, Count(reader, 8)));
            }
        }
        return actors;
    }

    /// <summary>Returns whether the actor was new.</summary>
    private static async Task<bool> SaveActorAsync(DbConnection connection, StoreDialect dialect, Actor actor, CancellationToken cancellationToken)
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
                """, ("key", key));
            AddActorFields(update, actor);
            await update.ExecuteNonQueryAsync(cancellationToken);
            // the name it was stored under stays findable
            await AddAliasesAsync(connection, dialect, key, actor.Name, [old], cancellationToken);
        }
        await AddAliasesAsync(connection, dialect, key, await ActorNameAsync(connection, key, cancellationToken), actor.Aliases.Prepend(actor.Name), cancellationToken);
        return existing is null;
    }

    private static async Task<long?> FindActorAsync(DbConnection connection, string id, CancellationToken cancellationToken)
    {
        await using var select = Command(connection, "SELECT actor_key FROM actors WHERE id = @id", ("id", id));
        return await select.ExecuteScalarAsync(cancellationToken) as long?;
    }

    private static async Task<string> ActorNameAsync(DbConnection connection, long key, CancellationToken cancellationToken)
    {
        await using var select = Command(connection, "SELECT name FROM actors WHERE actor_key = @key", ("key", key));
        return (string)(await select.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Inserts the actor, or finds the row another writer inserted meanwhile: PostgreSQL's writers
    /// run side by side, and the one that loses the race on the id inserts nothing and returns no key.
    /// </summary>
    private static async Task<long> InsertActorAsync(DbConnection connection, Actor actor, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, """
            INSERT INTO actors (id, name, type, origin, role, country, organisation)
            VALUES (@id, @name, @type, @origin, @role, @country, @organisation)
            ON CONFLICT (id) DO NOTHING
            RETURNING actor_key
            """, ("id", actor.Id), ("origin", StoredNames.Of(actor.Origin)));
        AddActorFields(insert, actor);
        return await insert.ExecuteScalarAsync(cancellationToken) as long?
               ?? await FindActorAsync(connection, actor.Id, cancellationToken)
               ?? throw new InvalidOperationException($"actor {actor.Id} was neither inserted nor found");
    }

    private static void AddActorFields(DbCommand command, Actor actor)
    {
        Add(command, "name", actor.Name);
        Add(command, "type", StoredNames.Of(actor.Type));
        StoreDialect.AddText(command, "role", actor.Role);
        StoreDialect.AddText(command, "country", actor.Country);
        StoreDialect.AddText(command, "organisation", actor.Organisation);
    }

    /// <summary>Adds the spellings other than the actor's name, many in a statement; those it has already are skipped.</summary>
    private static async Task AddAliasesAsync(DbConnection connection, StoreDialect dialect, long key, string name, IEnumerable<string> aliases,
        CancellationToken cancellationToken)
    {
        // Sorted, so that two PostgreSQL writers adding the same aliases lock them in one order.
        var add = aliases.Where(a => !string.IsNullOrWhiteSpace(a) && a != name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (add.Length == 0)
            return;
        // In chunks, well below SQLite's limit of 32,766 parameters a statement.
        foreach (var chunk in add.Chunk(500))
        {
            var rows = string.Join(", ", chunk.Select((_, i) => $"(@key, @alias{i.ToString(CultureInfo.InvariantCulture)})"));
            await using var insert = Command(connection, dialect.InsertOrIgnore($"actor_aliases (actor_key, alias) VALUES {rows}"), ("key", key));
            for (var i = 0; i < chunk.Length; i++)
                Add(insert, "alias" + i.ToString(CultureInfo.InvariantCulture), chunk[i]);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

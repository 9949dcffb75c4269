using System.Globalization;
using Npgsql;
using Vigil.Storage.Sqlite;

namespace Vigil.Storage.Postgres;

/// <summary>
/// Brings a PostgreSQL database up to the schema this program knows: the embedded
/// <c>Postgres/Migrations/NNN-name.sql</c> scripts in number order, each recorded in
/// <c>vigil_schema</c>. PostgreSQL's DDL is transactional, so all pending migrations run in one
/// transaction; an advisory lock makes processes that open a new database at once migrate it once.
/// The numbering is the PostgreSQL store's own, independent of SQLite's.
/// </summary>
public static class PostgresSchema
{
    // Any constant shared by every Vigil process; "Vigl" in ASCII, as the SQLite application id.
    private const long MigrationLock = 0x5669_676C;

    public static IReadOnlyList<SchemaMigration> Migrations { get; } = SchemaMigrations.Load("Postgres", "PostgreSQL");

    public static int LatestVersion => Migrations[^1].Version;

    /// <exception cref="SchemaMismatchException">The database holds another program's articles table or a newer Vigil's schema.</exception>
    public static async Task UpgradeAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({MigrationLock})", cancellationToken);
        await ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS vigil_schema (
                version    integer PRIMARY KEY,
                name       text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """, cancellationToken);

        int version;
        await using (var select = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM vigil_schema", connection))
            version = (int)(await select.ExecuteScalarAsync(cancellationToken))!;
        if (version > LatestVersion)
            throw new SchemaMismatchException(
                $"was written by a newer Vigil (schema version {version}; this program knows up to {LatestVersion}): upgrade Vigil to open it");
        if (version == 0)
        {
            await using var select = new NpgsqlCommand("SELECT to_regclass('articles') IS NOT NULL", connection);
            if ((bool)(await select.ExecuteScalarAsync(cancellationToken))!)
                throw new SchemaMismatchException("has an 'articles' table that Vigil did not make (another program's?); give Vigil a database or schema of its own");
        }

        foreach (var migration in Migrations)
        {
            if (migration.Version <= version)
                continue;
            await ExecuteAsync(connection, migration.Sql, cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO vigil_schema (version, name) VALUES (@version, @name)", connection);
            record.Parameters.AddWithValue("version", migration.Version);
            record.Parameters.AddWithValue("name", migration.Name);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        // No time limit: a migration that rewrites the articles table or builds an index over it takes
        // minutes on a large database (adding a generated column took 30 at a million articles), and
        // another process waits for it on the lock. Cancelling rolls the whole upgrade back.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using Vigil.Storage.Sqlite;

namespace Vigil.Storage.Postgres;

/// <summary>One schema change of the PostgreSQL database: the version it brings it to and its SQL.</summary>
public sealed record PostgresMigration(int Version, string Name, string Sql);

/// <summary>
/// Brings a PostgreSQL database up to the schema this program knows: the embedded
/// <c>Postgres/Migrations/NNN-name.sql</c> scripts in number order, each recorded in
/// <c>vigil_schema</c>. PostgreSQL's DDL is transactional, so all pending migrations run in one
/// transaction; an advisory lock makes processes that open a new database at once migrate it once.
/// The numbering is the PostgreSQL store's own, independent of SQLite's.
/// </summary>
public static partial class PostgresSchema
{
    private const string ResourcePrefix = "Vigil.Storage.Postgres.Migrations.";

    // Any constant shared by every Vigil process; "Vigl" in ASCII, as the SQLite application id.
    private const long MigrationLock = 0x5669_676C;

    public static IReadOnlyList<PostgresMigration> Migrations { get; } = LoadMigrations();

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
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static List<PostgresMigration> LoadMigrations()
    {
        var assembly = typeof(PostgresSchema).Assembly;
        var migrations = new List<PostgresMigration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                continue;
            var fileName = resource[ResourcePrefix.Length..];
            var match = MigrationFileName().Match(fileName);
            if (!match.Success)
                throw new InvalidOperationException($"Migration '{fileName}' must be named NNN-description.sql.");
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new PostgresMigration(
                int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture),
                match.Groups["name"].Value,
                reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException($"PostgreSQL migrations must be numbered 1, 2, 3... without gaps; found {migrations[i].Version} at position {i + 1}.");
        if (migrations.Count == 0)
            throw new InvalidOperationException("No PostgreSQL schema migrations are embedded in Vigil.Storage.");
        return migrations;
    }

    [GeneratedRegex(@"^(?<version>\d{3})-(?<name>[a-z0-9-]+)\.sql$")]
    private static partial Regex MigrationFileName();
}

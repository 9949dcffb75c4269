using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// Brings a database file up to the schema this program knows. The migrations are the embedded
/// <c>Migrations/NNN-name.sql</c> scripts in number order; the version reached is kept in
/// <c>PRAGMA user_version</c>, and <c>PRAGMA application_id</c> marks the file as Vigil's so that
/// another program's database is refused rather than altered.
/// </summary>
public static class SqliteSchema
{
    /// <summary>"Vigl" in ASCII.</summary>
    public const int ApplicationId = 0x5669_676C;

    public static IReadOnlyList<SchemaMigration> Migrations { get; } = SchemaMigrations.Load("Sqlite", "SQLite");

    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>
    /// Applies the pending migrations in one transaction, so a failure leaves the file as it was
    /// and two processes opening a new file at once migrate it once (the second waits, then sees
    /// the version already reached).
    /// </summary>
    /// <exception cref="SchemaMismatchException">The file belongs to another program or to a newer Vigil.</exception>
    public static void Upgrade(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);

        var applicationId = ReadPragma(connection, "application_id");
        var version = ReadPragma(connection, "user_version");

        if (applicationId != 0 && applicationId != ApplicationId)
            throw new SchemaMismatchException($"is a SQLite database of another program (application id {applicationId}), not a Vigil database");
        if (applicationId == 0 && version == 0 && CountSchemaObjects(connection) > 0)
            throw new SchemaMismatchException("is a SQLite database of another program (it has tables but no Vigil schema), not a Vigil database");
        if (version > LatestVersion)
            throw new SchemaMismatchException(
                $"was written by a newer Vigil (schema version {version}; this program knows up to {LatestVersion}): upgrade Vigil to open it");

        foreach (var migration in Migrations)
        {
            if (migration.Version <= version)
                continue;
            Execute(connection, migration.Sql);
            // PRAGMA takes no parameters; the version is an integer we control.
            Execute(connection, $"PRAGMA user_version = {migration.Version.ToString(CultureInfo.InvariantCulture)}");
        }

        if (applicationId == 0)
            Execute(connection, $"PRAGMA application_id = {ApplicationId.ToString(CultureInfo.InvariantCulture)}");

        transaction.Commit();
    }

    public static int ReadVersion(SqliteConnection connection) => ReadPragma(connection, "user_version");

    private static int ReadPragma(SqliteConnection connection, string pragma)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static long CountSchemaObjects(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_schema";
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>The database file is not one this program may use as it is.</summary>
public sealed class SchemaMismatchException(string reason) : Exception(reason);

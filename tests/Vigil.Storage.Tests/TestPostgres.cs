using Npgsql;

namespace Vigil.Storage.Tests;

/// <summary>
/// The PostgreSQL server the tests use: the one whose connection string is in
/// <c>VIGIL_TEST_POSTGRES</c> (<c>.ci/run</c> starts a throwaway cluster with <c>tools/test-postgres</c>
/// and sets it). Each test gets a database of its own, dropped after. Without the
/// variable the PostgreSQL tests are skipped, saying so.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "VIGIL_TEST_POSTGRES";

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public static string Missing =>
        $"no PostgreSQL server: set {Variable} to the connection string of a server where tests may create databases " +
        "(`tools/test-postgres start DIR` starts a throwaway one and prints it; .ci/run does so)";

    /// <summary>
    /// A new database of its own for a test; its connection string. <paramref name="migrated"/> clones
    /// one that Vigil has already migrated (much faster than migrating each); otherwise it is empty.
    /// Skips the test when there is no server.
    /// </summary>
    public static string CreateDatabase(bool migrated = true)
    {
        Skip.If(Server is null, Missing);
        var name = "vigil_test_" + Guid.NewGuid().ToString("N")[..16];
        if (!migrated)
            Execute($"CREATE DATABASE {name}");
        else
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    Execute($"CREATE DATABASE {name} TEMPLATE {MigratedTemplate.Value}");
                    break;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 50)
                {
                    // another test process is still migrating the template
                    Thread.Sleep(200);
                }
            }
        }
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    // Migrated by the store itself, once per schema: named by the migrations it holds, it is kept on
    // the server and reused by later runs (a throwaway server takes it along when it goes).
    private static readonly Lazy<string> MigratedTemplate = new(() =>
    {
        var migrations = string.Concat(Vigil.Storage.Postgres.PostgresSchema.Migrations.Select(m => m.Sql));
        var name = "vigil_template_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(migrations)))[..16];
        try
        {
            Execute($"CREATE DATABASE {name}");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            return name;
        }
        var connectionString = new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
        Vigil.Storage.Postgres.PostgresArticleStore.Open(connectionString).DisposeAsync().AsTask().GetAwaiter().GetResult();
        // a template may have no connection open while it is copied
        NpgsqlConnection.ClearAllPools();
        return name;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    public static object? Scalar(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }
}

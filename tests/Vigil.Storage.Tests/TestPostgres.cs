using Npgsql;

namespace Vigil.Storage.Tests;

/// <summary>
/// The PostgreSQL server the tests use: the one whose connection string is in
/// <c>VIGIL_TEST_POSTGRES</c> (<c>.ci/run</c> starts a throwaway cluster with <c>tools/test-postgres</c>
/// and sets it). Each test gets a database of its own, created empty and dropped after. Without the
/// variable the PostgreSQL tests are skipped, saying so.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "VIGIL_TEST_POSTGRES";

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public static string Missing =>
        $"no PostgreSQL server: set {Variable} to the connection string of a server where tests may create databases " +
        "(`tools/test-postgres start DIR` starts a throwaway one and prints it; .ci/run does so)";

    /// <summary>A new empty database; its connection string. Skips the test when there is no server.</summary>
    public static string CreateDatabase()
    {
        Skip.If(Server is null, Missing);
        var name = "vigil_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(Server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    public static object? Scalar(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }
}

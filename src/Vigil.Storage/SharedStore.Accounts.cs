using System.Data.Common;

namespace Vigil.Storage;

/// <summary>The users and api_tokens tables.</summary>
internal static partial class SharedStore
{
    /// <summary>Adds the account; false when one of that name, case ignored, exists.</summary>
    public static async Task<bool> AddUserAsync(DbConnection connection, StoreDialect dialect, UserAccount user, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, """
            INSERT INTO users (name, role, password_hash, created_at) VALUES (@name, @role, @hash, @created)
            ON CONFLICT DO NOTHING
            """, ("name", user.Name), ("role", StoredNames.Of(user.Role)), ("hash", user.PasswordHash), ("created", dialect.Time(user.CreatedAt)));
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Adds a token to the account of that name; false when there is no such account.</summary>
    public static async Task<bool> AddApiTokenAsync(DbConnection connection, StoreDialect dialect, string userName, string tokenHash, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, $"""
            INSERT INTO api_tokens (token_hash, user_key, created_at)
            SELECT @hash, user_key, @created FROM users WHERE {dialect.EqualsIgnoringCase("name", "@name")}
            """, ("hash", tokenHash), ("name", userName), ("created", dialect.Time(now)));
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>The account of that name, case ignored, or null.</summary>
    public static async Task<UserAccount?> FindUserAsync(DbConnection connection, StoreDialect dialect, string name, CancellationToken cancellationToken) =>
        (await ReadUsersAsync(connection, dialect, $"WHERE {dialect.EqualsIgnoringCase("name", "@value")}", name, cancellationToken)).FirstOrDefault();

    /// <summary>The account that holds the token, or null.</summary>
    public static async Task<UserAccount?> FindUserByApiTokenAsync(DbConnection connection, StoreDialect dialect, string tokenHash, CancellationToken cancellationToken) =>
        (await ReadUsersAsync(connection, dialect, "WHERE user_key = (SELECT user_key FROM api_tokens WHERE token_hash = @value)", tokenHash,
            cancellationToken)).FirstOrDefault();

    /// <summary>
    /// Every account by name: without case in SQLite, whose column is declared <c>COLLATE NOCASE</c>,
    /// by byte order in PostgreSQL.
    /// </summary>
    public static Task<List<UserAccount>> ListUsersAsync(DbConnection connection, StoreDialect dialect, CancellationToken cancellationToken) =>
        ReadUsersAsync(connection, dialect, "", null, cancellationToken);

    private static async Task<List<UserAccount>> ReadUsersAsync(DbConnection connection, StoreDialect dialect, string where, string? value,
        CancellationToken cancellationToken)
    {
        await using var select = Command(connection, $"SELECT name, role, password_hash, created_at FROM users {where} ORDER BY name{dialect.ByteOrder}");
        if (value is not null)
            Add(select, "value", value);
        var users = new List<UserAccount>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            users.Add(new UserAccount(reader.GetString(0), StoredNames.ParseUserRole(reader.GetString(1)), reader.GetString(2), Timestamp(reader, 3)));
        return users;
    }
}

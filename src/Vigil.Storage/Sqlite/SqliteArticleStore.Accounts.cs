using Microsoft.Data.Sqlite;

namespace Vigil.Storage.Sqlite;

/// <summary>The users and api_tokens tables (migration 003).</summary>
public sealed partial class SqliteArticleStore
{
    public async Task<bool> AddUserAsync(UserAccount user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrWhiteSpace(user.Name) || string.IsNullOrEmpty(user.PasswordHash))
            throw new StorageException(DatabasePath, "cannot store an account without a name and a password hash");
        try
        {
            await using var connection = OpenConnection();
            await using var insert = Command(connection, """
                INSERT INTO users (name, role, password_hash, created_at) VALUES ($name, $role, $hash, $created)
                ON CONFLICT (name) DO NOTHING
                """);
            insert.Parameters.AddWithValue("$name", user.Name);
            insert.Parameters.AddWithValue("$role", StoredNames.Of(user.Role));
            insert.Parameters.AddWithValue("$hash", user.PasswordHash);
            insert.Parameters.AddWithValue("$created", FormatTimestamp(user.CreatedAt));
            return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        catch (SqliteException e)
        {
            throw Explain(e, $"cannot add the account {user.Name}");
        }
    }

    public async Task<UserAccount?> FindUserAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return (await ReadUsersAsync("WHERE name = $value", name, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken = default) =>
        await ReadUsersAsync("", null, cancellationToken);

    public async Task<bool> AddApiTokenAsync(string userName, string tokenHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentException.ThrowIfNullOrEmpty(tokenHash);
        try
        {
            await using var connection = OpenConnection();
            await using var insert = Command(connection, """
                INSERT INTO api_tokens (token_hash, user_key, created_at)
                SELECT $hash, user_key, $created FROM users WHERE name = $name
                """);
            insert.Parameters.AddWithValue("$hash", tokenHash);
            insert.Parameters.AddWithValue("$name", userName);
            insert.Parameters.AddWithValue("$created", FormatTimestamp(_clock.GetUtcNow()));
            return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        catch (SqliteException e)
        {
            throw Explain(e, $"cannot add a token for {userName}");
        }
    }

    public async Task<UserAccount?> FindUserByApiTokenAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        return (await ReadUsersAsync("WHERE user_key = (SELECT user_key FROM api_tokens WHERE token_hash = $value)", tokenHash, cancellationToken)).FirstOrDefault();
    }

    private async Task<List<UserAccount>> ReadUsersAsync(string where, string? value, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = OpenConnection();
            await using var select = Command(connection, $"SELECT name, role, password_hash, created_at FROM users {where} ORDER BY name");
            if (value is not null)
                select.Parameters.AddWithValue("$value", value);
            var users = new List<UserAccount>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                users.Add(new UserAccount(reader.GetString(0), StoredNames.ParseUserRole(reader.GetString(1)), reader.GetString(2), Timestamp(reader, 3)));
            return users;
        }
        catch (SqliteException e)
        {
            throw Explain(e, "cannot read the accounts");
        }
        catch (FormatException e)
        {
            throw new StorageException(DatabasePath, $"the accounts are stored in a form this program cannot read: {e.Message}", e);
        }
    }
}

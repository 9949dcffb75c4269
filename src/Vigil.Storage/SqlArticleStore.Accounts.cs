namespace Vigil.Storage;

/// <summary>The users and api_tokens tables: the SQL is <see cref="SharedStore"/>'s.</summary>
public abstract partial class SqlArticleStore
{
    public async Task<bool> AddUserAsync(UserAccount user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrWhiteSpace(user.Name) || string.IsNullOrEmpty(user.PasswordHash))
            throw new StorageException(NameInErrors, "cannot store an account without a name and a password hash");
        return await RunSharedAsync($"cannot add the account {user.Name}", null, SharedTransaction.None,
            (connection, ct) => SharedStore.AddUserAsync(connection, Dialect, user, ct), cancellationToken);
    }

    public async Task<UserAccount?> FindUserAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return await RunSharedAsync("cannot read the accounts", "the accounts are stored", SharedTransaction.None,
            (connection, ct) => SharedStore.FindUserAsync(connection, Dialect, name, ct), cancellationToken);
    }

    public async Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken = default) =>
        await RunSharedAsync("cannot read the accounts", "the accounts are stored", SharedTransaction.None,
            (connection, ct) => SharedStore.ListUsersAsync(connection, Dialect, ct), cancellationToken);

    public async Task<bool> AddApiTokenAsync(string userName, string tokenHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentException.ThrowIfNullOrEmpty(tokenHash);
        return await RunSharedAsync($"cannot add a token for {userName}", null, SharedTransaction.None,
            (connection, ct) => SharedStore.AddApiTokenAsync(connection, Dialect, userName, tokenHash, Clock.GetUtcNow(), ct), cancellationToken);
    }

    public async Task<UserAccount?> FindUserByApiTokenAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        return await RunSharedAsync("cannot read the accounts", "the accounts are stored", SharedTransaction.None,
            (connection, ct) => SharedStore.FindUserByApiTokenAsync(connection, Dialect, tokenHash, ct), cancellationToken);
    }
}

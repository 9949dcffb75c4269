namespace Vigil.Storage;

/// <summary>
/// What a store over SQL answers the same way on SQLite and PostgreSQL: the members of
/// <see cref="IArticleStore"/> whose SQL is written once (<see cref="SharedStore"/>). Each member
/// checks its arguments, then runs the shared SQL through the store's own
/// <see cref="RunSharedAsync"/>, which alone knows how the store opens a connection, which
/// transaction it takes and how it words a failure. Only the two stores of this assembly derive from it.
/// </summary>
public abstract partial class SqlArticleStore
{
    private protected SqlArticleStore(StoreDialect dialect, TimeProvider clock)
    {
        Dialect = dialect;
        Clock = clock;
    }

    /// <summary>How the shared SQL is said to this store's database.</summary>
    private protected StoreDialect Dialect { get; }

    /// <summary>The clock of the times stored (when an account, token, watch or article was added).</summary>
    private protected TimeProvider Clock { get; }

    /// <summary>The database as messages name it (a path, or a URL with the password masked).</summary>
    private protected abstract string NameInErrors { get; }

    /// <summary>
    /// Runs an operation written once for both stores on a connection of its own, in the
    /// transaction it asks for, and says in this store's words what failed.
    /// </summary>
    /// <param name="doing">What failed, for the message: "cannot add the account ana".</param>
    /// <param name="unreadable">What is stored in a form this program cannot read, when a row is ("the accounts are stored"); null when it reads nothing back.</param>
    private protected abstract Task<T> RunSharedAsync<T>(string doing, string? unreadable, SharedTransaction transaction,
        Func<System.Data.Common.DbConnection, CancellationToken, Task<T>> operation, CancellationToken cancellationToken);

    /// <summary>
    /// Runs a write that concurrent writers may deadlock on: by default as any shared write;
    /// PostgreSQL, whose writers run side by side, runs it again when the server fails it so.
    /// </summary>
    private protected virtual Task<T> RunContendedWriteAsync<T>(string doing,
        Func<System.Data.Common.DbConnection, CancellationToken, Task<T>> operation, CancellationToken cancellationToken) =>
        RunSharedAsync(doing, null, SharedTransaction.Write, operation, cancellationToken);
}

namespace Vigil.Storage;

/// <summary>
/// The operations both stores run with the same SQL, over <c>System.Data.Common</c>: the two schemas
/// share table and column names, and <see cref="StoreDialect"/> says what must be said differently.
/// Each store keeps what is its own around them: opening a connection, the transaction's kind, and
/// the words of an error (<c>RunSharedAsync</c> in each). Reading rows back is <see cref="StoredRows"/>.
/// </summary>
internal static partial class SharedStore
{
}

/// <summary>The transaction a shared operation runs in.</summary>
internal enum SharedTransaction
{
    /// <summary>One statement, or statements that need not agree with each other.</summary>
    None,

    /// <summary>Several reads that must see one state of the database (SQLite: deferred; PostgreSQL: repeatable read).</summary>
    ConsistentRead,

    /// <summary>Writes committed together when the operation returns (SQLite: immediate, holding the write lock from the start).</summary>
    Write,
}

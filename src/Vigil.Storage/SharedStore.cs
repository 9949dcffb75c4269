namespace Vigil.Storage;

/// <summary>
/// The SQL both stores run alike, over <c>System.Data.Common</c> and a connection the caller opened:
/// the two schemas share table and column names, and <see cref="StoreDialect"/> says what must be
/// said differently. <see cref="SqlArticleStore"/> runs most of it through each store's
/// <c>RunSharedAsync</c> (connection, transaction, error words); the stores call the rest inside an
/// article's own transaction. Reading rows back is <see cref="StoredRows"/>.
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

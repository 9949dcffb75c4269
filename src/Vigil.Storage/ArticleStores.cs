using System.Text.RegularExpressions;
using Vigil.Storage.Postgres;
using Vigil.Storage.Sqlite;

namespace Vigil.Storage;

/// <summary>
/// Turns the <c>--db</c> option into a store: a file path opens SQLite; a <c>postgres://</c> URL or
/// a <c>Host=...</c> connection string selects PostgreSQL.
/// </summary>
public static partial class ArticleStores
{
    /// <exception cref="StorageException">The database cannot be opened; <see cref="StorageException.Target"/> names it without any password.</exception>
    public static IArticleStore Open(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (string.IsNullOrWhiteSpace(db))
            throw new StorageException("--db", "no database given");
        return IsPostgres(db) ? PostgresArticleStore.Open(db) : SqliteArticleStore.Open(db);
    }

    public static bool IsPostgres(string db) =>
        PostgresUrl().IsMatch(db) || PostgresKeywordString().IsMatch(db);

    /// <summary>The database as it may be shown in messages and logs: any password is replaced.</summary>
    public static string Describe(string db)
    {
        var withoutUrlPassword = UrlPassword().Replace(db, "$1***@");
        return KeywordPassword().Replace(withoutUrlPassword, "$1***");
    }

    [GeneratedRegex(@"^\s*postgres(ql)?://", RegexOptions.IgnoreCase)]
    private static partial Regex PostgresUrl();

    // Npgsql also takes Server for Host; its other synonym, Data Source, names a SQLite file as well, so it selects nothing.
    [GeneratedRegex(@"(^|;)\s*(host|server)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex PostgresKeywordString();

    [GeneratedRegex(@"^(\s*[a-z]+://[^:/@]*:)[^@]*@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPassword();

    [GeneratedRegex(@"((^|;)\s*(password|pwd)\s*=)[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex KeywordPassword();
}

using System.Data;
using System.Data.Common;
using System.Globalization;

namespace Vigil.Storage;

/// <summary>
/// What the SQL written once for both stores (<see cref="StoredRows"/>, <see cref="SharedStore"/>)
/// must say differently to SQLite and to PostgreSQL. The two schemas share table and column names;
/// they differ in how an insert skips a row already there, how text is compared and sorted, and how
/// a time, a date or a flag is kept. Each member gives both answers side by side.
/// </summary>
internal sealed class StoreDialect
{
    public static readonly StoreDialect Sqlite = new(isSqlite: true);
    public static readonly StoreDialect Postgres = new(isSqlite: false);

    private readonly bool _isSqlite;

    private StoreDialect(bool isSqlite) => _isSqlite = isSqlite;

    /// <summary>
    /// Appended to a text column in ORDER BY (or a comparison), so that both stores order text by its
    /// bytes. SQLite does so by default (BINARY; a column declared NOCASE keeps its own order, as
    /// account names do); PostgreSQL would follow the database's locale, unless told "C".
    /// </summary>
    public string ByteOrder => _isSqlite ? "" : " COLLATE \"C\"";

    /// <summary>
    /// An insert that skips, without failing, a row that a unique key already holds:
    /// <c>INSERT OR IGNORE</c> in SQLite, <c>ON CONFLICT DO NOTHING</c> in PostgreSQL (where it
    /// also waits for another transaction inserting the same key, then skips).
    /// </summary>
    /// <param name="tableAndRows">What follows <c>INSERT INTO</c>: the table, its columns and the VALUES or SELECT.</param>
    public string InsertOrIgnore(string tableAndRows) =>
        _isSqlite ? $"INSERT OR IGNORE INTO {tableAndRows}" : $"INSERT INTO {tableAndRows}\nON CONFLICT DO NOTHING";

    /// <summary>
    /// A condition that a text column equals a parameter, case ignored: SQLite's NOCASE collation
    /// (which folds ASCII letters only, and lets an index on a NOCASE column serve), PostgreSQL's
    /// <c>lower()</c> on both sides (which its indexes on <c>lower(column)</c> serve).
    /// </summary>
    public string EqualsIgnoringCase(string column, string parameter) =>
        _isSqlite ? $"{column} = {parameter} COLLATE NOCASE" : $"lower({column}) = lower({parameter})";

    /// <summary>The day, in UTC, of a time column: the date part of SQLite's ISO text, or PostgreSQL's <c>date</c>.</summary>
    public string DayOf(string timeColumn) =>
        _isSqlite ? $"substr({timeColumn}, 1, 10)" : $"({timeColumn} AT TIME ZONE 'UTC')::date";

    /// <summary>
    /// Ends a SELECT whose rows the transaction will change: PostgreSQL locks them against
    /// concurrent writers; SQLite has none (its write transaction holds the whole file).
    /// </summary>
    public string ForUpdate => _isSqlite ? "" : " FOR UPDATE";

    /// <summary>A time as the store keeps it: ISO 8601 text in UTC to the tick (SQLite), or <c>timestamptz</c>.</summary>
    public object Time(DateTimeOffset time) =>
        _isSqlite ? time.ToUniversalTime().ToString(StoredRows.TextTimestampFormat, CultureInfo.InvariantCulture) : time.ToUniversalTime();

    /// <summary>A date as the store keeps it: <c>yyyy-MM-dd</c> text (SQLite), or <c>date</c>.</summary>
    public object Day(DateOnly day) => _isSqlite ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : day;

    /// <summary>A flag as the store keeps it: 0 or 1 (SQLite), or <c>boolean</c>.</summary>
    public object Flag(bool flag) => _isSqlite ? (flag ? 1 : 0) : flag;

    /// <summary>Adds a date parameter that may be null, typed (see <see cref="AddText"/>), as the store keeps a date.</summary>
    public DbParameter AddDay(DbCommand command, string name, DateOnly? day)
    {
        var parameter = StoredRows.Add(command, name, day is { } d ? Day(d) : null);
        parameter.DbType = _isSqlite ? DbType.String : DbType.Date;
        return parameter;
    }

    /// <summary>Adds the parameter of a LIMIT; null for none, which SQLite says as -1 and PostgreSQL as NULL.</summary>
    public DbParameter AddLimit(DbCommand command, string name, int? limit)
    {
        var parameter = StoredRows.Add(command, name, limit ?? (_isSqlite ? -1 : null));
        parameter.DbType = DbType.Int32;
        return parameter;
    }

    /// <summary>
    /// Adds a text parameter that may be null. Its type is given, so that PostgreSQL need not infer
    /// the type of a null from where it stands (which it cannot in <c>@p IS NULL</c>).
    /// </summary>
    public static DbParameter AddText(DbCommand command, string name, string? value)
    {
        var parameter = StoredRows.Add(command, name, value);
        parameter.DbType = DbType.String;
        return parameter;
    }
}

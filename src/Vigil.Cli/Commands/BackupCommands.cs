using System.CommandLine;
using Vigil.Storage;
using Vigil.Storage.Sqlite;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil backup DEST</c> and <c>vigil restore BACKUP</c>: a copy of a SQLite database taken while it is in use, and put back.</summary>
public static class BackupCommands
{
    public static Command CreateBackup()
    {
        var database = VigilOptions.Database();
        var destination = new Argument<string>("DEST") { Description = "The backup file to write; it must not exist yet." };
        var command = new Command("backup",
            "Copy the database to DEST with SQLite's online backup: serve and ingest may go on meanwhile. " +
            "The copy is checked before it takes its name, so DEST is never half written. Restore it with 'vigil restore DEST'.");
        command.Add(database);
        command.Add(destination);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var db = parse.GetValue(database)!;
            await using var store = OpenSqlite(db);
            var target = parse.GetValue(destination)!;
            store.BackupTo(target);
            var counts = await store.CountAsync(cancellationToken);
            Console.Error.WriteLine($"vigil: backed up {counts.Articles} articles from {db} to {target}");
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateRestore()
    {
        var database = VigilOptions.Database();
        var backup = new Argument<string>("BACKUP") { Description = "A file written by 'vigil backup'." };
        var command = new Command("restore",
            "Replace the database's content with BACKUP, after checking that it is a sound Vigil database. " +
            "The database holds either its old content or the whole backup, never a mixture. Stop 'vigil serve' and ingests on it first.");
        command.Add(database);
        command.Add(backup);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var db = parse.GetValue(database)!;
            if (ArticleStores.IsPostgres(db))
                throw new StorageException(ArticleStores.Describe(db), "restore is for SQLite files; restore PostgreSQL with its own tools (pg_restore)");
            await using var store = SqliteArticleStore.RestoreFrom(parse.GetValue(backup)!, db);
            var counts = await store.CountAsync(cancellationToken);
            Console.Error.WriteLine($"vigil: restored {counts.Articles} articles into {db}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static SqliteArticleStore OpenSqlite(string db)
    {
        if (ArticleStores.IsPostgres(db))
            throw new StorageException(ArticleStores.Describe(db), "backup is for SQLite files; back up PostgreSQL with its own tools (pg_dump)");
        if (!File.Exists(db))
            throw new StorageException(db, "no such database file");
        return SqliteArticleStore.Open(db);
    }
}

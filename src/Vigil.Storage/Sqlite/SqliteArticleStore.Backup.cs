using Microsoft.Data.Sqlite;

namespace Vigil.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    /// <summary>
    /// Copies the database as it stands to <paramref name="destination"/> with SQLite's online
    /// backup, so that readers and an ingest may go on meanwhile. The copy is written beside the
    /// destination under a temporary name, checked (<c>PRAGMA integrity_check</c>) and only then
    /// renamed into place: a full disk or a crash leaves no half-written backup under that name.
    /// </summary>
    /// <exception cref="StorageException">The destination exists, cannot be written, or the copy failed its check.</exception>
    public void BackupTo(string destination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        var target = Path.GetFullPath(destination);
        if (File.Exists(target) || Directory.Exists(target))
            throw new StorageException(destination, "already exists; a backup never overwrites a file");
        var partial = Path.Combine(Path.GetDirectoryName(target) ?? ".", $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            using (var source = OpenConnection())
            using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString()))
            {
                copy.Open();
                source.BackupDatabase(copy);
                // A backup is one file that can be copied on its own: no -wal beside it.
                Execute(copy, "PRAGMA journal_mode = DELETE");
                CheckIntegrity(copy, destination);
            }
            File.Move(partial, target);
        }
        catch (SqliteException e)
        {
            throw new StorageException(destination, $"cannot write the backup: {Explain(e, null).Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException(destination, $"cannot write the backup: {e.Message}", e);
        }
        finally
        {
            File.Delete(partial);
            File.Delete(partial + "-journal");
        }
    }

    /// <summary>
    /// Replaces the content of the database at <paramref name="database"/> with the backup at
    /// <paramref name="backup"/>, after checking that the backup is a sound Vigil database. The
    /// copy runs through SQLite's backup API in one transaction on the target, so the target holds
    /// either its old content or the whole backup, never a mixture; the schema is then brought up
    /// to this program's version. Other programs should not be writing to the target meanwhile.
    /// </summary>
    /// <exception cref="StorageException">The backup is missing, damaged, not Vigil's, or the target cannot be written.</exception>
    public static SqliteArticleStore RestoreFrom(string backup, string database, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(backup);
        if (!File.Exists(backup))
            throw new StorageException(backup, "no such backup file");
        try
        {
            using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(backup), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            source.Open();
            var applicationId = Convert.ToInt32(Scalar(source, "PRAGMA application_id"), System.Globalization.CultureInfo.InvariantCulture);
            if (applicationId != SqliteSchema.ApplicationId)
                throw new StorageException(backup, "is not a Vigil database");
            CheckIntegrity(source, backup);

            // Opening the target first creates and migrates it when new, and refuses another program's file.
            var target = Open(database, clock);
            try
            {
                using var connection = target.OpenConnection();
                source.BackupDatabase(connection);
            }
            finally
            {
                target.ReleaseFile();
            }
        }
        catch (SqliteException e)
        {
            throw new StorageException(backup, $"cannot restore from it: {e.Message}", e);
        }
        return Open(database, clock);
    }

    private static void CheckIntegrity(SqliteConnection connection, string name)
    {
        var result = Scalar(connection, "PRAGMA integrity_check") as string;
        if (result != "ok")
            throw new StorageException(name, $"failed SQLite's integrity check ({result})");
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = Command(connection, sql);
        return command.ExecuteScalar();
    }
}

using Microsoft.Data.Sqlite;
using Vigil.Documents;
using Vigil.Storage.Sqlite;
using static Vigil.Storage.Tests.TrackingDocuments;

namespace Vigil.Storage.Tests;

/// <summary>What only the SQLite file shows: a verdict cannot be rewritten even by SQL that bypasses the store.</summary>
public sealed class SqliteVerdictHistoryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_database_refuses_to_rewrite_a_verdict()
    {
        var path = _folder.File("vigil.db");
        await using (var store = SqliteArticleStore.Open(path))
        {
            var promise = Promise();
            await store.StoreAsync(promise, PromiseTracking(promise));
            await store.AddVerdictAsync("tc-promise", new CommitmentVerdict(CommitmentStatus.Kept, "flights left", "ana", DateTimeOffset.UnixEpoch));
        }

        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE commitment_verdicts SET status = 'broken'";
            var refused = Assert.Throws<SqliteException>(() => update.ExecuteNonQuery());
            Assert.Contains("appended, never changed", refused.Message);
        }

        await using var reopened = SqliteArticleStore.Open(path);
        Assert.Equal(CommitmentStatus.Kept, (await reopened.GetTrackedCommitmentAsync("tc-promise"))!.Status);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

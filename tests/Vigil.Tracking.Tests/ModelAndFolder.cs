using Vigil.Tracking.Embeddings;

namespace Vigil.Tracking.Tests;

/// <summary>The real sentence model, and a folder of its own for each test's SQLite files, removed after.</summary>
public abstract class ModelAndFolder : IAsyncLifetime
{
    protected string Folder { get; } = Path.Combine(Path.GetTempPath(), "vigil-tracking-" + Guid.NewGuid().ToString("N")[..12]);

    protected MiniLmEmbedder Model { get; } = new();

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Model.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}

using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigil.Storage;

namespace Vigil.Web.Uploads;

public enum UploadFileState
{
    Waiting,
    Ingesting,
    Done,
    Refused,
}

/// <summary>One file of an upload as its page shows it; updated by the ingesting thread, read by requests.</summary>
public sealed class UploadFileProgress(string name, long bytes)
{
    public const int MaxErrorsShown = 100;
    private readonly Lock _gate = new();
    private readonly List<string> _errors = [];

    public string Name { get; } = name;
    public long Bytes { get; } = bytes;
    public UploadFileState State { get; internal set; } = UploadFileState.Waiting;
    public int Articles { get; internal set; }
    public int Added { get; internal set; }
    public int AlreadyStored { get; internal set; }
    public int Failed { get; internal set; }
    public int MoreErrors { get; private set; }

    public IReadOnlyList<string> Errors
    {
        get { lock (_gate) return [.. _errors]; }
    }

    internal void AddError(string error)
    {
        lock (_gate)
        {
            if (_errors.Count < MaxErrorsShown)
                _errors.Add(error);
            else
                MoreErrors++;
        }
    }
}

/// <summary>An upload: its files and how far their ingestion has got.</summary>
public sealed class UploadJob(string id, string user, DateTimeOffset at, IReadOnlyList<UploadFileProgress> files)
{
    public string Id { get; } = id;
    public string User { get; } = user;
    public DateTimeOffset At { get; } = at;
    public IReadOnlyList<UploadFileProgress> Files { get; } = files;

    /// <summary>Why the whole upload stopped (the server stopping, a failure of the ingestion itself); null while it runs or when it ended well.</summary>
    public string? Problem { get; internal set; }

    public bool Finished => Problem is not null || Files.All(f => f.State is UploadFileState.Done or UploadFileState.Refused);
}

/// <summary>
/// Runs uploads in the background, one at a time (the store has one writer, and ingestion already
/// uses every core), so the request that uploads returns at once and its page follows the progress.
/// Uploads are kept in memory, the last <see cref="Kept"/>; the files are deleted once ingested.
/// </summary>
public sealed class UploadJobs(IArticleStore store, VigilWebOptions options, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<UploadJobs> logger)
{
    public const int Kept = 50;
    private readonly ConcurrentDictionary<string, UploadJob> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public bool Available => options.Ingester is not null;

    public UploadJob? Find(string id) => _jobs.GetValueOrDefault(id);

    /// <summary>Starts ingesting the saved files (those not refused) from <paramref name="folder"/>, which is deleted afterwards.</summary>
    public UploadJob Start(string user, IReadOnlyList<(UploadFileProgress Progress, UploadedFile? Saved)> files, string folder)
    {
        var ingester = options.Ingester ?? throw new InvalidOperationException("This program cannot ingest uploads.");
        var job = new UploadJob(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), user, clock.GetUtcNow(), [.. files.Select(f => f.Progress)]);
        _jobs[job.Id] = job;
        _order.Enqueue(job.Id);
        while (_order.Count > Kept && _order.TryDequeue(out var old))
            _jobs.TryRemove(old, out _);

        var toIngest = files.Select((f, i) => (Index: i, f.Saved)).Where(f => f.Saved is not null).ToList();
        _ = Task.Run(async () =>
        {
            var stopping = lifetime.ApplicationStopping;
            try
            {
                await _oneAtATime.WaitAsync(stopping);
                try
                {
                    await ingester.IngestAsync(store, [.. toIngest.Select(f => f.Saved!)], new Observer(job, [.. toIngest.Select(f => f.Index)]), stopping);
                }
                finally
                {
                    _oneAtATime.Release();
                }
                if (stopping.IsCancellationRequested && !job.Finished)
                    job.Problem = "The server stopped before every file was ingested; upload the rest again (stored articles are skipped).";
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                job.Problem = "The server stopped before every file was ingested; upload the rest again (stored articles are skipped).";
            }
            catch (Exception e)
            {
                logger.LogError(e, "upload {Id} failed", job.Id);
                job.Problem = $"The ingestion failed: {e.Message}";
            }
            finally
            {
                try { Directory.Delete(folder, recursive: true); }
                catch (IOException) { }
                catch (UnauthorizedAccessException) { }
            }
        }, CancellationToken.None);
        return job;
    }

    /// <summary>Maps the ingester's file numbers (saved files only) back to the upload's.</summary>
    private sealed class Observer(UploadJob job, int[] indexes) : IIngestObserver
    {
        private UploadFileProgress File(int file) => job.Files[indexes[file]];

        public void FileStarted(int file) => File(file).State = UploadFileState.Ingesting;

        public void ArticleDone(int file) => File(file).Articles++;

        public void ArticleFailed(int file, string what, string why) => File(file).AddError($"{what}: {why}");

        public void FileFinished(int file, int added, int alreadyStored, int failed)
        {
            var progress = File(file);
            (progress.Added, progress.AlreadyStored, progress.Failed) = (added, alreadyStored, failed);
            progress.State = UploadFileState.Done;
        }
    }
}

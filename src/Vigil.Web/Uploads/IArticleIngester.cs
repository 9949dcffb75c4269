using Vigil.Storage;

namespace Vigil.Web.Uploads;

/// <summary>
/// What the upload page asks of the program that hosts the web app: ingest files exactly as
/// <c>vigil ingest</c> does (read, analyse, link actors, track commitments, store). The command
/// line provides it, so the web app runs the same ingestion code without depending on the
/// command line; without one, the upload page says uploading is not available.
/// </summary>
public interface IArticleIngester
{
    /// <summary>Ingests the files in order, as one run, telling <paramref name="observer"/> about each.</summary>
    Task IngestAsync(IArticleStore store, IReadOnlyList<UploadedFile> files, IIngestObserver observer, CancellationToken cancellationToken);
}

/// <param name="Name">The name the user's file had, for messages.</param>
/// <param name="Path">Where it was saved for reading; its name keeps the extension, which tells the reader the format.</param>
public sealed record UploadedFile(string Name, string Path);

/// <summary>Hears how the ingestion of each file goes; called from the ingesting thread, one file at a time.</summary>
public interface IIngestObserver
{
    void FileStarted(int file);

    void ArticleDone(int file);

    /// <param name="what">The article that failed (the file, or a line of it), named by the user's file name.</param>
    void ArticleFailed(int file, string what, string why);

    void FileFinished(int file, int added, int alreadyStored, int failed);
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Web.Uploads;

namespace Vigil.Web.Pages.Upload;

/// <summary>
/// Analysts upload articles (txt, html, jsonl, any of them gzipped): each file is checked by name
/// and size, saved to a folder of its own, and ingested in the background as <c>vigil ingest</c>
/// would; the browser goes on to the upload's page, which follows the progress.
/// </summary>
/// <remarks>The request's size and rate are limited before it gets here (<see cref="WebLimits"/>, <c>RequestLimits</c>).</remarks>
public sealed class IndexModel(UploadJobs jobs, VigilWebOptions options) : PageModel
{
    public bool Available => jobs.Available;

    public long MaxRequestBytes => options.Limits.MaxUploadRequestBytes;

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile>? files, CancellationToken cancellationToken)
    {
        if (!jobs.Available)
            return Refuse("This program cannot ingest uploads; use ./vigil ingest.");
        files ??= [];
        if (files.Count == 0)
            return Refuse("Choose at least one file.");
        if (files.Count > UploadLimits.MaxFiles)
            return Refuse($"At most {UploadLimits.MaxFiles} files at a time.");

        // A folder of our own: the user's file names never become paths, only the ending that tells the format.
        var folder = Directory.CreateTempSubdirectory("vigil-upload-").FullName;
        var accepted = new List<(UploadFileProgress, UploadedFile?)>();
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                var name = Path.GetFileName(files[i].FileName.Replace('\\', '/'));
                if (name.Length == 0)
                    name = $"file {i + 1}";
                var progress = new UploadFileProgress(name, files[i].Length);
                if (UploadLimits.Refuse(name, files[i].Length) is { } why)
                {
                    progress.State = UploadFileState.Refused;
                    progress.AddError($"{name}: {why}");
                    accepted.Add((progress, null));
                    continue;
                }
                var path = Path.Combine(folder, $"{i + 1:000}{Ending(name)}");
                await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
                    await files[i].CopyToAsync(target, cancellationToken);
                accepted.Add((progress, new UploadedFile(name, path)));
            }
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
        var job = jobs.Start(User.Identity?.Name ?? "unknown", accepted, folder);
        return RedirectToPage("/Upload/Job", new { id = job.Id });
    }

    /// <summary>The endings the reader decides the format by: ".jsonl.gz" of "day 1.JSONL.gz".</summary>
    private static string Ending(string name)
    {
        var lower = name.ToLowerInvariant();
        var gz = lower.EndsWith(".gz", StringComparison.Ordinal) ? ".gz" : "";
        var inner = lower[..^gz.Length];
        return (UploadLimits.Extensions.FirstOrDefault(e => inner.EndsWith(e, StringComparison.Ordinal)) ?? "") + gz;
    }

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Web.Uploads;

namespace Vigil.Web.Pages.Upload;

/// <summary>An upload's progress, file by file, refreshed by the browser (a meta refresh, no script) until it is done.</summary>
public sealed class JobModel(UploadJobs jobs) : PageModel
{
    public const int RefreshSeconds = 2;

    public UploadJob Job { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (jobs.Find(id) is not { } job)
            return NotFound();
        Job = job;
        return Page();
    }
}

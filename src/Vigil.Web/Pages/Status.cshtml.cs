using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Storage;

namespace Vigil.Web.Pages;

/// <summary>The page shown for a missing page or article and for a failure, in place of the framework's bare status.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public IActionResult OnGet(int code) => Describe(code);

    // The exception handler re-executes the request with its original method.
    public IActionResult OnPost(int code) => Describe(code);

    private PageResult Describe(int code)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        (Heading, Explanation) = code switch
        {
            404 => ("Not found", "There is no page or article at this address. Articles are addressed by the id shown on the list."),
            403 => ("Not allowed", "Your account's role does not allow this. Viewers read; analysts also give verdicts, keep watch lists and upload; admins also manage accounts."),
            401 => ("Sign in first", "This needs a signed-in account."),
            400 => ("Bad request", "The request could not be understood. If you sent a form, reload the page and send it again: its security token may have expired."),
            _ when failure is StorageException storage => ("The database could not be read", $"{storage.Target}: {storage.Message}"),
            >= 500 => ("Something went wrong", "Vigil could not show this page. The server's log on standard error says why."),
            _ => ($"Error {code}", "Vigil could not answer this request."),
        };
        if (code is >= 400 and <= 599)
            Response.StatusCode = code;
        return Page();
    }
}

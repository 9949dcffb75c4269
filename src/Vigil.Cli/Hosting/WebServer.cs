using Vigil.Web;

namespace Vigil.Cli.Hosting;

/// <summary>Runs the web app for <c>serve</c> and <c>demo</c>: start, print where, serve until Ctrl-C.</summary>
public static class WebServer
{
    public static async Task ServeAsync(string database, int port, bool noAuth, CancellationToken cancellationToken)
    {
        try
        {
            await VigilWebApp.RunAsync(
                new VigilWebOptions { Database = database, Port = port, NoAuth = noAuth },
                // Printed only once the port is bound, so a script that waits for this line can connect at once.
                url => Console.Out.WriteLine($"Vigil is serving at {url}/ (Ctrl-C to stop)"),
                cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C is how a server is meant to end, not an error.
        }
    }
}

using System.Net;
using System.Net.Sockets;
using Vigil.Storage;
using Vigil.Web;

namespace Vigil.Cli.Hosting;

/// <summary>Runs the web app for <c>serve</c> and <c>demo</c>: start, print where, serve until Ctrl-C.</summary>
public static class WebServer
{
    public static async Task ServeAsync(string database, int port, bool noAuth, CancellationToken cancellationToken, WebLimits? limits = null, Microsoft.Extensions.Logging.LogLevel logLevel = Microsoft.Extensions.Logging.LogLevel.Warning)
    {
        EnsurePortIsFree(port);
        await using var store = ArticleStores.Open(database);
        var noAccounts = !noAuth && (await store.ListUsersAsync(cancellationToken)).Count == 0;
        try
        {
            await VigilWebApp.RunAsync(
                new VigilWebOptions { Store = store, Database = database, Port = port, NoAuth = noAuth, Ingester = new CliArticleIngester(), Limits = limits ?? new WebLimits(), LogLevel = logLevel },
                url =>
                {
                    // Printed only once the port is bound, so a script that waits for this line can connect at once.
                    Console.Out.WriteLine($"Vigil is serving at {url}/ (Ctrl-C to stop)");
                    if (noAccounts)
                        Console.Out.WriteLine($"No accounts yet: add the first with ./vigil users add NAME --role admin --db {database} " +
                                              "(the password is read from standard input), then sign in; or serve with --no-auth for local use.");
                },
                cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C is how a server is meant to end, not an error.
        }
    }

    /// <summary>
    /// A taken port is the usual reason a server cannot start. Checking first gives the one-line
    /// message before the web host starts, which would log the failure with its stack trace.
    /// </summary>
    private static void EnsurePortIsFree(int port)
    {
        if (port == 0)
            return;
        try
        {
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            probe.Bind(new IPEndPoint(IPAddress.Loopback, port));
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
        {
            var why = e.SocketErrorCode == SocketError.AccessDenied ? "may not be used by this user" : "is already in use";
            throw new IOException($"port {port} on 127.0.0.1 {why}; choose another with --port", e);
        }
    }
}

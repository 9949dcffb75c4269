using System.CommandLine;
using Vigil.Cli.Hosting;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil serve</c>: the web app over the database, on this machine only.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var database = VigilOptions.Database();
        var port = VigilOptions.Port();
        var noAuth = new Option<bool>("--no-auth")
        {
            Description = "Let anyone on this machine read and write without signing in (for local use). " +
                          "Without it, pages and the API need an account: see 'vigil users add'.",
        };

        var command = new Command("serve", "Serve the web app and its API over the database at http://127.0.0.1:PORT/ until stopped (Ctrl-C).");
        command.Add(database);
        command.Add(port);
        command.Add(noAuth);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await WebServer.ServeAsync(parse.GetValue(database)!, parse.GetValue(port), parse.GetValue(noAuth), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}

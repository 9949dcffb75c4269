using System.CommandLine;
using Vigil.Cli.Hosting;
using Vigil.Cli.Input;
using Microsoft.Extensions.Logging;
using Vigil.Web;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil serve</c>: the web app over the database, on this machine only.</summary>
public static class ServeCommand
{
    public const string Name = "serve";

    public static Command Create()
    {
        var database = VigilOptions.Database();
        var port = VigilOptions.Port();
        var noAuth = new Option<bool>("--no-auth")
        {
            Description = "Let anyone on this machine read and write without signing in (for local use). " +
                          "Without it, pages and the API need an account: see 'vigil users add'.",
        };

        var apiRate = VigilOptions.PerMinute("--api-rate-limit", "Requests to /api/v1 one client (an account, or an address) may make a minute; " +
                                             "a minute's worth may come at once, the rest are answered 429", WebLimits.DefaultApiRequestsPerMinute);
        var uploadRate = VigilOptions.PerMinute("--upload-rate-limit", "Uploads one client may post a minute", WebLimits.DefaultUploadsPerMinute);
        var maxUpload = VigilOptions.Size("--max-upload-size", $"Largest upload, all its files together; larger ones are answered 413 [default: {ByteSize.Format(WebLimits.DefaultMaxUploadRequestBytes)}].");
        var maxApiRequest = VigilOptions.Size("--max-api-request-size", $"Largest body of a request to /api/v1; larger ones are answered 413 [default: {ByteSize.Format(WebLimits.DefaultMaxApiRequestBytes)}].");

        var logLevel = new Option<LogLevel>("--log-level")
        {
            Description = "The least severe server log written to standard error: Trace or Debug show every request [default: Warning].",
            HelpName = "LEVEL",
            DefaultValueFactory = _ => LogLevel.Warning,
        };

        var command = new Command(Name, "Serve the web app and its API over the database at http://127.0.0.1:PORT/ until stopped (Ctrl-C).");
        command.Add(database);
        command.Add(port);
        command.Add(noAuth);
        command.Add(apiRate);
        command.Add(uploadRate);
        command.Add(maxUpload);
        command.Add(maxApiRequest);
        command.Add(logLevel);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var limits = new WebLimits
            {
                ApiRequestsPerMinute = parse.GetValue(apiRate),
                UploadsPerMinute = parse.GetValue(uploadRate),
                MaxUploadRequestBytes = parse.GetValue(maxUpload) ?? WebLimits.DefaultMaxUploadRequestBytes,
                MaxApiRequestBytes = parse.GetValue(maxApiRequest) ?? WebLimits.DefaultMaxApiRequestBytes,
            };
            await WebServer.ServeAsync(parse.GetValue(database)!, parse.GetValue(port), parse.GetValue(noAuth), cancellationToken, limits, parse.GetValue(logLevel));
            return ExitCodes.Success;
        });
        return command;
    }
}

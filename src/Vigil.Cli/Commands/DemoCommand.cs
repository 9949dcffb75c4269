using System.CommandLine;
using Vigil.Cli.Hosting;
using Vigil.Reading;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil demo</c>: the first thing a newcomer runs. It starts from an empty database every time,
/// so what it shows never depends on what an earlier run or an older version left behind.
/// </summary>
public static class DemoCommand
{
    public const string Name = "demo";
    public const string DemoFolder = ".vigil-demo";

    public static Command Create()
    {
        var port = VigilOptions.Port();
        var command = new Command(Name, $"Ingest the bundled samples/ into a fresh database (./{DemoFolder}/demo.db, replaced on each run) and serve it at http://127.0.0.1:PORT/.");
        command.Add(port);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var home = VigilHome.Find()
                ?? throw new DirectoryNotFoundException(
                    $"cannot find Vigil's samples/ folder; run ./vigil demo from the repository, or set {VigilHome.EnvironmentVariable}");
            var samples = Path.Combine(home, "samples");
            // In the current directory, like vigil.db: the repository root when run as ./vigil demo.
            var database = FreshDatabase(Path.GetFullPath(DemoFolder));

            // the watch list an analyst on the sample's desk keeps: canonical names for the names translation damaged
            var watchList = Path.Combine(samples, "actors.csv");
            if (!Commands.ActorsCommand.TryLoad(File.Exists(watchList) ? [watchList] : [], out var watched))
                return ExitCodes.Failed;
            var summary = await IngestCommand.RunAsync(database, [samples], new ReadOptions(), cancellationToken, watched);
            Console.Out.WriteLine(summary);
            if (summary.Interrupted)
                return ExitCodes.Interrupted;
            // The demo is for the person at this machine: no accounts to create first.
            await WebServer.ServeAsync(database, parse.GetValue(port), noAuth: true, cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string FreshDatabase(string folder)
    {
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "demo.db");
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(database + suffix);
        return database;
    }
}

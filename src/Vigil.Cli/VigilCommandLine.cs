using System.CommandLine;
using System.CommandLine.Invocation;
using System.Runtime.InteropServices;
using Vigil.Cli.Commands;

namespace Vigil.Cli;

/// <summary>
/// The whole command line: builds the commands, separates usage errors (exit 2) from failures
/// (exit 1), and makes sure that nothing reaches the user as a stack trace.
/// </summary>
public static class VigilCommandLine
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand(
            "Vigil turns news articles into a sourced record of who said what: quotes and their speakers, " +
            "the people, organisations and places named, and the page furniture around the story.");
        root.Add(AnalyzeCommand.Create());
        root.Add(IngestCommand.Create());
        root.Add(QueueCommands.CreateEnqueue());
        root.Add(QueueCommands.CreateWorker());
        root.Add(StatsCommand.Create());
        root.Add(BackupCommands.CreateBackup());
        root.Add(BackupCommands.CreateRestore());
        root.Add(ServeCommand.Create());
        root.Add(DemoCommand.Create());
        root.Add(ActorsCommand.Create());
        root.Add(CommitmentsCommand.Create());
        root.Add(EventsCommand.Create());
        root.Add(UsersCommand.Create());
        root.Add(TrainNerCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var root = CreateRoot();
        if (args.Length == 0)
        {
            // A bare `vigil` is a question rather than a mistake: answer it with the command list.
            await root.Parse(["--help"]).InvokeAsync();
            return ExitCodes.Usage;
        }
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
            return ReportUsageErrors(parse);
        if (!Hosting.WebHostRelaunch.CanHostWebApp && parse.CommandResult.Command.Name is ServeCommand.Name or DemoCommand.Name)
            return Hosting.WebHostRelaunch.Exec(args);

        using var interrupt = new CancellationTokenSource();
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, interrupt));
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, interrupt));
        try
        {
            // Signals are ours to handle (above), not System.CommandLine's: it would kill the process
            // after a fixed delay, in the middle of a write.
            var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await parse.InvokeAsync(configuration, interrupt.Token);
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            Console.Error.WriteLine("vigil: interrupted");
            return ExitCodes.Interrupted;
        }
        catch (Vigil.Storage.StorageException ex)
        {
            Console.Error.WriteLine($"vigil: {ErrorText.OneLine(ex.Target)}: {ErrorText.OneLine(ex.Message)}");
            if (ErrorText.Debug)
                Console.Error.WriteLine(ex);
            return ExitCodes.Failed;
        }
        catch (Exception ex)
        {
            var command = parse.CommandResult.Command.Name;
            Console.Error.WriteLine($"vigil: {command}: {ErrorText.Describe(ex)}");
            if (ErrorText.Debug)
                Console.Error.WriteLine(ex);
            return ExitCodes.Failed;
        }
    }

    /// <summary>The first Ctrl-C asks the command to stop cleanly; a second one kills the process as usual.</summary>
    private static void Stop(PosixSignalContext context, CancellationTokenSource interrupt)
    {
        if (interrupt.IsCancellationRequested)
            return;
        context.Cancel = true;
        interrupt.Cancel();
    }

    private static int ReportUsageErrors(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var name = command is RootCommand ? "vigil" : $"vigil {command.Name}";
        foreach (var error in parse.Errors)
            Console.Error.WriteLine($"vigil: {(command is RootCommand ? "usage" : command.Name)}: {ErrorText.OneLine(error.Message)}");
        Console.Error.WriteLine($"Run '{name} --help' for usage.");
        return ExitCodes.Usage;
    }
}

using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using Vigil.Cli.Actors;
using Vigil.Cli.Output;
using Vigil.Documents;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil actors add|list</c>: the watch list kept in the database, and every actor stored.</summary>
public static class ActorsCommand
{
    /// <summary>The <c>--actors</c> option of analyze and ingest (repeatable).</summary>
    public static Option<string[]> WatchListOption() => new("--actors")
    {
        Description = "A watch list of actors to resolve names to: CSV with the header name,type,aliases (aliases separated by |). May be repeated.",
        HelpName = "FILE.csv",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Command Create()
    {
        var command = new Command("actors", "Manage the actors names are resolved to: add a watch list to the database, or list the stored actors.");
        command.Add(CreateAdd());
        command.Add(CreateList());
        return command;
    }

    private static Command CreateAdd()
    {
        var database = VigilOptions.Database();
        var file = new Option<string>("--file")
        {
            Description = "The watch list: CSV with the header name,type,aliases (aliases separated by |); role, organisation and country columns may follow.",
            HelpName = "FILE.csv",
            Required = true,
        };
        var command = new Command("add", "Store a watch list of actors in the database, so that later ingests resolve names to them.");
        command.Add(file);
        command.Add(database);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!TryLoad([path], out var actors)) return ExitCodes.Failed;
            await using var store = ArticleStores.Open(parse.GetValue(database)!);
            // stored as the registry resolves them, so a listed "Taliban" is the bundled Taliban under the user's name
            var registry = await ActorRegistries.FromStoreAsync(store, actors, cancellationToken);
            var watched = registry.Actors.Where(a => a.Origin == ActorOrigin.WatchList).ToList();
            var added = await store.SaveActorsAsync(watched, cancellationToken);
            Console.Out.WriteLine($"{actors.Count} {(actors.Count == 1 ? "actor" : "actors")} from {path}: {added} new, {actors.Count - added} updated");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateList()
    {
        var database = VigilOptions.Database();
        var format = new Option<string>("--format")
        {
            Description = "'text' prints a table; 'json' prints one JSON object per actor per line.",
            HelpName = "text|json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("list", "List the actors stored in the database: the watch list and every actor named in an ingested article.");
        command.Add(database);
        command.Add(format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = ArticleStores.Open(parse.GetValue(database)!);
            var actors = await store.ListActorsAsync(cancellationToken);
            if (parse.GetValue(format) == "json")
                foreach (var actor in actors) Console.Out.WriteLine(ToJson(actor));
            else
                WriteTable(Consoles.ForOutput(), actors);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Loads the watch lists, printing <c>vigil: FILE: line N: why</c> for the first bad one.</summary>
    public static bool TryLoad(IReadOnlyList<string> files, out IReadOnlyList<Actor> actors)
    {
        try
        {
            actors = [.. files.SelectMany(WatchListFile.Load)];
            return true;
        }
        catch (WatchListFileException e)
        {
            new ErrorReporter(Console.Error).Report(e.Path, e.Message);
            actors = [];
            return false;
        }
    }

    private static string ToJson(StoredActor stored)
    {
        var a = stored.Actor;
        return JsonSerializer.Serialize(
            new ActorLine(a.Id, a.Name, StoredNames.Of(a.Type), StoredNames.Of(a.Origin), a.Aliases, a.Role, a.Country, a.Organisation, stored.Articles),
            ActorLineJson.Default.ActorLine);
    }

    private static void WriteTable(IAnsiConsole console, IReadOnlyList<StoredActor> actors)
    {
        var table = new Table().AddColumn("Name").AddColumn("Type").AddColumn("Origin").AddColumn("Aliases")
            .AddColumn(new TableColumn("Articles").RightAligned());
        foreach (var s in actors)
            table.AddRow(Markup.Escape(s.Actor.Name), StoredNames.Of(s.Actor.Type), StoredNames.Of(s.Actor.Origin),
                Markup.Escape(string.Join(", ", s.Actor.Aliases.Take(6)) + (s.Actor.Aliases.Length > 6 ? ", …" : "")),
                s.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);
        console.WriteLine($"{actors.Count} {(actors.Count == 1 ? "actor" : "actors")}");
    }
}

/// <summary>One line of <c>actors list --format json</c>.</summary>
internal sealed record ActorLine(
    string Id, string Name, string Type, string Origin, ImmutableArray<string> Aliases,
    string? Role, string? Country, string? Organisation, int Articles);

/// <summary>Generated at build time: the native build of vigil has no reflection-based JSON.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ActorLine))]
internal sealed partial class ActorLineJson : JsonSerializerContext;

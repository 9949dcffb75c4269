using System.CommandLine;
using System.Text;
using Vigil.Storage;
using Vigil.Web.Accounts;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil users add|list|token</c>: the web app's local accounts. Only someone who can write the
/// database file can create accounts, so the first administrator is made here, not on a web page.
/// </summary>
public static class UsersCommand
{
    public static Command Create()
    {
        var command = new Command("users", "Manage the web app's accounts: viewer (reads), analyst (also gives verdicts, keeps watch lists, uploads), admin (also manages accounts).");
        command.Add(Add());
        command.Add(List());
        command.Add(Token());
        return command;
    }

    private static Command Add()
    {
        var database = VigilOptions.Database();
        var name = new Argument<string>("NAME") { Description = "The account's name (case is ignored when signing in)." };
        var role = new Option<string>("--role")
        {
            Description = "viewer, analyst or admin.",
            HelpName = "ROLE",
            Required = true,
        };
        role.AcceptOnlyFromAmong("viewer", "analyst", "admin");
        var command = new Command("add", "Add an account. The password is read from standard input (one line; typed without echo on a terminal), never from the command line.");
        command.Add(name);
        command.Add(role);
        command.Add(database);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var userName = parse.GetValue(name)!.Trim();
            if (userName.Length == 0 || userName.Length > 100 || userName.Any(char.IsControl))
                return Fail("users", $"'{userName}' is not a usable account name (1 to 100 characters, no control characters)");
            StoredNames.TryParseUserRole(parse.GetValue(role)!, out var userRole);

            var password = ReadPassword($"Password for {userName}: ");
            if (password is null)
                return Fail("users", "no password on standard input");
            if (Passwords.FindProblem(password) is { } problem)
                return Fail("users", problem);

            await using var store = ArticleStores.Open(parse.GetValue(database)!);
            var added = await store.AddUserAsync(new UserAccount(userName, userRole, Passwords.Hash(password), DateTimeOffset.UtcNow), cancellationToken);
            if (!added)
                return Fail("users", $"an account named '{userName}' already exists");
            Console.Out.WriteLine($"added {StoredNames.Of(userRole)} {userName}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List()
    {
        var database = VigilOptions.Database();
        var command = new Command("list", "List the accounts with their roles.");
        command.Add(database);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = ArticleStores.Open(parse.GetValue(database)!);
            foreach (var user in await store.ListUsersAsync(cancellationToken))
                Console.Out.WriteLine($"{user.Name}\t{StoredNames.Of(user.Role)}\t{user.CreatedAt:yyyy-MM-dd}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Token()
    {
        var database = VigilOptions.Database();
        var name = new Argument<string>("NAME") { Description = "The account the token acts for, with its role." };
        var command = new Command("token", "Create an API token for scripts and print it; send it as 'Authorization: Bearer TOKEN'. Only its hash is stored: keep it, it cannot be shown again.");
        command.Add(name);
        command.Add(database);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var userName = parse.GetValue(name)!;
            await using var store = ArticleStores.Open(parse.GetValue(database)!);
            var token = ApiTokens.Create();
            if (!await store.AddApiTokenAsync(userName, ApiTokens.Hash(token), cancellationToken))
                return Fail("users", $"no account named '{userName}'");
            Console.Out.WriteLine(token);
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Fail(string command, string why)
    {
        Console.Error.WriteLine($"vigil: {command}: {why}");
        return ExitCodes.Failed;
    }

    /// <summary>One line from standard input; on a terminal, prompted and read without echo.</summary>
    private static string? ReadPassword(string prompt)
    {
        if (Console.IsInputRedirected)
            return Console.In.ReadLine();
        Console.Error.Write(prompt);
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
                break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0) password.Length--;
                continue;
            }
            if (!char.IsControl(key.KeyChar))
                password.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return password.ToString();
    }
}

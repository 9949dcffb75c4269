using System.Net;
using Vigil.Cli.Tests.Support;

namespace Vigil.Cli.Tests;

/// <summary>vigil users: accounts made from the command line, passwords from standard input.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private const string Password = "a long enough secret";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private VigilResult Users(string stdin, params string[] args) =>
        VigilProgram.Run(["users", .. args], workingDirectory: null, stdin: stdin);

    [Fact]
    public void An_account_is_added_with_its_role_and_only_a_hash_of_its_password_is_stored()
    {
        var db = _folder.File("vigil.db");

        var added = Users(Password + "\n", "add", "Ana", "--role", "admin", "--db", db);
        var listed = Users("", "list", "--db", db);

        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.Equal("added admin Ana", added.Stdout.Trim());
        Assert.DoesNotContain(Password, added.Stdout + added.Stderr);
        Assert.StartsWith("Ana\tadmin\t", listed.Stdout);
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(db)!, "vigil.db*"))
            Assert.DoesNotContain(Password, File.ReadAllText(file, System.Text.Encoding.Latin1));
    }

    [Theory]
    [InlineData("", "no password on standard input")]
    [InlineData("short\n", "shorter than 8 characters")]
    public void A_missing_or_short_password_is_refused(string stdin, string why)
    {
        var result = Users(stdin, "add", "ana", "--role", "viewer", "--db", _folder.File("vigil.db"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"vigil: users: {why}", result.Stderr.Trim().Split('\n')[0].Replace("the password is ", ""));
    }

    [Fact]
    public void A_taken_name_and_an_unknown_role_are_refused()
    {
        var db = _folder.File("vigil.db");
        Users(Password, "add", "ana", "--role", "viewer", "--db", db);

        var again = Users(Password, "add", "ANA", "--role", "admin", "--db", db);
        var badRole = Users(Password, "add", "bo", "--role", "owner", "--db", db);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("an account named 'ANA' already exists", again.Stderr);
        Assert.Equal(2, badRole.ExitCode);
    }

    [Fact]
    public void A_token_is_printed_for_a_known_account_only()
    {
        var db = _folder.File("vigil.db");
        Users(Password, "add", "ana", "--role", "viewer", "--db", db);

        var token = Users("", "token", "ana", "--db", db);
        var unknown = Users("", "token", "nobody", "--db", db);

        Assert.True(token.ExitCode == 0, token.ToString());
        Assert.Matches("^vigil_[A-Za-z0-9_-]{43}$", token.Stdout.Trim());
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no account named 'nobody'", unknown.Stderr);
    }

    [Fact]
    public async Task Serve_starts_before_any_account_exists_and_says_how_to_add_one()
    {
        var db = _folder.File("vigil.db");
        using var serve = VigilProgram.Start(["serve", "--db", db, "--port", "0"]);
        try
        {
            var first = await serve.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
            var second = await serve.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));

            Assert.StartsWith("Vigil is serving at http://127.0.0.1:", first);
            Assert.Contains("./vigil users add NAME --role admin", second);
            var url = first!.Split(' ')[4];
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };
            var home = await http.GetAsync("/");
            Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
            Assert.Contains("No accounts exist yet", await http.GetStringAsync("/login"));
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }
}

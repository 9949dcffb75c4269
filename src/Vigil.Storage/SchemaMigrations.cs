using System.Globalization;
using System.Text.RegularExpressions;

namespace Vigil.Storage;

/// <summary>One schema change of a store's database: the version it brings it to, its name and its SQL.</summary>
public sealed record SchemaMigration(int Version, string Name, string Sql);

/// <summary>
/// The migrations of one store, embedded in this assembly as <c>{folder}/Migrations/NNN-name.sql</c>
/// (see the project file) and read in number order. Each store numbers its own.
/// </summary>
internal static partial class SchemaMigrations
{
    /// <param name="store">The store's folder and resource name: <c>Sqlite</c> or <c>Postgres</c>.</param>
    /// <param name="storeName">How errors name it: "SQLite", "PostgreSQL".</param>
    public static IReadOnlyList<SchemaMigration> Load(string store, string storeName)
    {
        var prefix = $"Vigil.Storage.{store}.Migrations.";
        var assembly = typeof(SchemaMigrations).Assembly;
        var migrations = new List<SchemaMigration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal))
                continue;
            var fileName = resource[prefix.Length..];
            var match = MigrationFileName().Match(fileName);
            if (!match.Success)
                throw new InvalidOperationException($"{storeName} migration '{fileName}' must be named NNN-description.sql.");
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new SchemaMigration(
                int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture),
                match.Groups["name"].Value,
                reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        // A gap or a repeated number means a migration was lost or renumbered in a merge.
        for (var i = 0; i < migrations.Count; i++)
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException($"{storeName} migrations must be numbered 1, 2, 3... without gaps; found {migrations[i].Version} at position {i + 1}.");
        if (migrations.Count == 0)
            throw new InvalidOperationException($"No {storeName} schema migrations are embedded in Vigil.Storage.");
        return migrations;
    }

    [GeneratedRegex(@"^(?<version>\d{3})-(?<name>[a-z0-9-]+)\.sql$")]
    private static partial Regex MigrationFileName();
}

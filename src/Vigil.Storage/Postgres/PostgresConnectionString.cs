using Npgsql;

namespace Vigil.Storage.Postgres;

/// <summary>
/// The <c>--db</c> value as Npgsql takes it. Npgsql reads keyword strings (<c>Host=...;Database=...</c>);
/// the URL form that libpq and most hosting services print
/// (<c>postgres://user:password@host:port/database?sslmode=require</c>) is translated here.
/// </summary>
public static class PostgresConnectionString
{
    private static readonly Dictionary<string, string> UrlParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["host"] = "Host",
        ["port"] = "Port",
        ["user"] = "Username",
        ["password"] = "Password",
        ["dbname"] = "Database",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["options"] = "Options",
    };

    /// <exception cref="FormatException">The URL or keyword string cannot be read; the message says why.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string db)
    {
        var value = db.Trim();
        if (!value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(value);
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"not a valid connection string ({e.Message})", e);
            }
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
            throw new FormatException("not a valid postgres:// URL");
        var builder = new NpgsqlConnectionStringBuilder();
        if (uri.Host.Length > 0)
            builder.Host = uri.Host.Trim('[', ']');
        if (uri.Port > 0)
            builder.Port = uri.Port;
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':');
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
            builder.Database = database;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var parameter = Uri.UnescapeDataString(equals < 0 ? "" : pair[(equals + 1)..].Replace('+', ' '));
            if (!UrlParameters.TryGetValue(name, out var keyword))
                throw new FormatException($"the URL parameter '{name}' is not supported (supported: {string.Join(", ", UrlParameters.Keys)})");
            try
            {
                builder[keyword] = parameter;
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"the URL parameter {name}={parameter} is not valid ({e.Message})", e);
            }
        }
        return builder;
    }
}

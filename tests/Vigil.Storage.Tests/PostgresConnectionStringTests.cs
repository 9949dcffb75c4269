using Vigil.Storage.Postgres;

namespace Vigil.Storage.Tests;

public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void A_url_becomes_the_keywords_Npgsql_reads()
    {
        var builder = PostgresConnectionString.Parse("postgres://news%40desk:p%3Ass@db.internal:6543/vigil%20prod?sslmode=require&application_name=worker");

        Assert.Equal(("db.internal", 6543, "news@desk", "p:ss", "vigil prod", "worker"),
            (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database, builder.ApplicationName));
        Assert.Equal(Npgsql.SslMode.Require, builder.SslMode);
    }

    [Fact]
    public void A_url_may_name_a_unix_socket_folder_as_its_host_parameter()
    {
        var builder = PostgresConnectionString.Parse("postgresql:///vigil?host=/var/run/postgresql");

        Assert.Equal(("/var/run/postgresql", "vigil"), (builder.Host, builder.Database));
    }

    [Fact]
    public void A_keyword_string_is_taken_as_it_is()
    {
        var builder = PostgresConnectionString.Parse("Host=localhost;Port=5433;Database=vigil;Username=ana");

        Assert.Equal(("localhost", 5433, "vigil", "ana"), (builder.Host, builder.Port, builder.Database, builder.Username));
    }

    [Theory]
    [InlineData("postgres://h/d?frobnicate=1", "frobnicate")]
    [InlineData("Host=h;Frobnicate=1", "not a valid connection string")]
    [InlineData("postgres://h/d?port=abc", "port=abc")]
    public void What_cannot_be_read_is_named(string db, string named)
    {
        var error = Assert.Throws<FormatException>(() => PostgresConnectionString.Parse(db));

        Assert.Contains(named, error.Message);
    }
}

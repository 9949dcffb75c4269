using Vigil.Storage.Sqlite;

namespace Vigil.Storage.Tests;

public sealed class ArticleStoresTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_file_path_opens_SQLite()
    {
        var path = _folder.File("data/vigil.db");

        await using var store = ArticleStores.Open(path);

        Assert.IsType<SqliteArticleStore>(store);
        Assert.True(File.Exists(path));
    }

    [Theory]
    [InlineData("postgres://vigil:s3cret@db.example:5432/vigil")]
    [InlineData("postgresql://vigil:s3cret@localhost/vigil")]
    [InlineData("Host=localhost;Username=vigil;Password=s3cret;Database=vigil")]
    [InlineData("Server=localhost; Port=5432; PWD=s3cret")]
    public void PostgreSQL_is_named_as_not_yet_supported_without_showing_the_password(string db)
    {
        var error = Assert.Throws<StorageException>(() => ArticleStores.Open(db));

        Assert.Contains("PostgreSQL is not supported yet", error.Message);
        Assert.Contains("issue 6", error.Message);
        Assert.DoesNotContain("s3cret", error.Target);
        Assert.DoesNotContain("s3cret", error.Message);
        Assert.Contains("***", error.Target);
    }

    [Fact]
    public void An_empty_database_name_is_refused()
    {
        var error = Assert.Throws<StorageException>(() => ArticleStores.Open(" "));

        Assert.Contains("no database", error.Message);
    }

    [Theory]
    [InlineData("vigil.db", false)]
    [InlineData("./data/host=1.db", false)]
    [InlineData("Data Source=vigil.db", false)]
    [InlineData("POSTGRES://u@h/d", true)]
    [InlineData("Database=v;Host=h", true)]
    public void PostgreSQL_is_told_from_a_file_path(string db, bool isPostgres) =>
        Assert.Equal(isPostgres, ArticleStores.IsPostgres(db));
}

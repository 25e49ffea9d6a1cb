using Jixiao.Data.Setup;

namespace Jixiao.Data.Tests;

public class DatabaseConnectionTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void Resolve_WithNothingGiven_IsTheEmbeddedSqliteFile()
    {
        var connection = DatabaseConnection.Resolve(environment: NoEnvironment);

        Assert.Equal(DatabaseProvider.Sqlite, connection.Provider);
        Assert.Equal("Data Source=data/jixiao.db", connection.ConnectionString);
    }

    [Fact]
    public void Resolve_PrefersTheOptionThenJIXIAO_DBThenConfiguration()
    {
        Func<string, string?> environment = name => name == "JIXIAO_DB" ? "Host=db;Database=env" : null;

        Assert.Equal("Data Source=opt.db", DatabaseConnection.Resolve("Data Source=opt.db", "Data Source=cfg.db", environment).ConnectionString);
        Assert.Equal("Host=db;Database=env", DatabaseConnection.Resolve(null, "Data Source=cfg.db", environment).ConnectionString);
        Assert.Equal("Data Source=cfg.db", DatabaseConnection.Resolve(" ", "Data Source=cfg.db", NoEnvironment).ConnectionString);
    }

    [Theory]
    [InlineData("Host=localhost;Database=jixiao", DatabaseProvider.Postgres)]
    [InlineData("host=10.0.0.5;Database=jixiao", DatabaseProvider.Postgres)]
    [InlineData("Data Source=/var/lib/jixiao/jixiao.db", DatabaseProvider.Sqlite)]
    public void Parse_HostMeansPostgreSql(string text, DatabaseProvider expected) =>
        Assert.Equal(expected, DatabaseConnection.Parse(text).Provider);

    [Fact]
    public void Display_HidesThePassword()
    {
        var display = DatabaseConnection.Parse("Host=localhost;Username=jixiao;Password=secret;Database=jixiao").Display;

        Assert.DoesNotContain("secret", display, StringComparison.Ordinal);
        Assert.Contains("Database=jixiao", display, StringComparison.Ordinal);
    }
}

using Jixiao.Data.Setup;
using Npgsql;

namespace Jixiao.Data.Tests;

public class PostgresConnectionDefaultsTests
{
    [Fact]
    public void Apply_AddsNoResetAndAutoPrepare_KeepingEverythingElse()
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db.example;Username=jixiao;Password=s3cret;Database=jixiao"));

        Assert.True(result.NoResetOnClose);
        Assert.Equal(64, result.MaxAutoPrepare);
        Assert.Equal(2, result.AutoPrepareMinUsages);
        Assert.Equal("db.example", result.Host);
        Assert.Equal("jixiao", result.Username);
        Assert.Equal("s3cret", result.Password);
        Assert.Equal("jixiao", result.Database);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;MaxAutoPrepare=0;NoResetOnClose=false")]
    [InlineData("Host=db;max auto prepare=0;NO RESET ON CLOSE=false")]
    public void Apply_KeepsWhatTheConnectionStringSets_InAnySpelling(string connectionString)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(connectionString));

        Assert.False(result.NoResetOnClose);
        Assert.Equal(0, result.MaxAutoPrepare);
        Assert.Equal(2, result.AutoPrepareMinUsages);
    }
}

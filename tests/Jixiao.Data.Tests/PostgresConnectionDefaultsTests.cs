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

    [Theory]
    [InlineData("Host=localhost;Username=jixiao", true)]
    [InlineData("Host=127.0.0.1:5432;Username=jixiao", true)]
    [InlineData("Host=[::1]:5432;Username=jixiao", true)]
    [InlineData("Host=/var/run/postgresql;Username=jixiao", true)]
    [InlineData("Host=db.example;Username=jixiao", false)]
    [InlineData("Host=localhost,db.example;Username=jixiao", false)]
    [InlineData("Host=10.0.0.5;Username=jixiao", false)]
    public void Apply_SkipsTlsOnTheSameMachineOnly_AndWritesInLargeBuffers(string connectionString, bool local)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(connectionString));

        // Allow: without TLS unless the server demands it; Prefer (Npgsql's default): TLS when the server offers it.
        Assert.Equal(local ? SslMode.Allow : SslMode.Prefer, result.SslMode);
        Assert.Equal(64 * 1024, result.WriteBufferSize);
    }

    [Theory]
    [InlineData("Host=localhost;SSL Mode=Require;Write Buffer Size=8192")]
    [InlineData("Host=localhost;SslMode=Require;WriteBufferSize=8192")]
    public void Apply_KeepsTheTlsModeAndBufferTheConnectionStringSets(string connectionString)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(connectionString));

        Assert.Equal(SslMode.Require, result.SslMode);
        Assert.Equal(8192, result.WriteBufferSize);
    }
}

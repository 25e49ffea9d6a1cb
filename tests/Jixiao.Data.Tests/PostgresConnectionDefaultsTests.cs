using Jixiao.Data.Setup;
using Jixiao.Testing;
using Microsoft.EntityFrameworkCore;
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
        // A PGSSLMODE in the environment is the user's choice and wins, so the default is then left as it is.
        var chosen = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PGSSLMODE"));
        Assert.Equal(local && !chosen ? SslMode.Allow : SslMode.Prefer, result.SslMode);
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

    [Theory]
    [InlineData("Host=db", "-c jit=off")]
    [InlineData("Host=db;Options=-c search_path=jixiao", "-c search_path=jixiao -c jit=off")]
    [InlineData("Host=db;Options=-c jit=on", "-c jit=on")]
    public void Apply_TurnsTheServersJitOff_UnlessTheOptionsSetIt(string connectionString, string options)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(connectionString));

        Assert.Equal(options, result.Options);
    }

    [Fact]
    public async Task TheAppsSessions_RunWithoutTheServersJit()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var db = JixiaoDatabase.CreateContext(database.Connection);

        var jit = await db.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync();

        Assert.Equal("off", jit);
    }
}

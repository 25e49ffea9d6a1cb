namespace Jixiao.Web.Tests;

public sealed class SqliteWebTests : WebTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());

    protected override Task<ITestDatabase> CreateDemoDatabaseAsync() => DemoDatabase.SqliteAsync();
}

namespace Jixiao.Web.Tests;

public sealed class PostgresWebTests : WebTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();

    protected override Task<ITestDatabase> CreateDemoDatabaseAsync() => DemoDatabase.PostgresAsync();
}

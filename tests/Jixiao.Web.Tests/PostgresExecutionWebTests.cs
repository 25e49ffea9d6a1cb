namespace Jixiao.Web.Tests;

public sealed class PostgresExecutionWebTests : ExecutionWebTests
{
    protected override Task<ITestDatabase> CreateDemoDatabaseAsync() => DemoDatabase.PostgresAsync();
}

namespace Jixiao.Web.Tests;

public sealed class SqliteExecutionWebTests : ExecutionWebTests
{
    protected override Task<ITestDatabase> CreateDemoDatabaseAsync() => DemoDatabase.SqliteAsync();
}

using Jixiao.Data.Tests;

namespace Jixiao.Web.Tests;

public sealed class SqliteExecutionWebTests : ExecutionWebTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

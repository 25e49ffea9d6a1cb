using Jixiao.Data.Tests;

namespace Jixiao.Web.Tests;

public sealed class PostgresExecutionWebTests : ExecutionWebTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}

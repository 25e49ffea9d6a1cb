namespace Jixiao.Data.Tests;

public sealed class SqliteWritePipelineTests : WritePipelineTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

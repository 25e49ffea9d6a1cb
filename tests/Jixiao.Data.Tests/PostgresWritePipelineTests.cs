namespace Jixiao.Data.Tests;

public sealed class PostgresWritePipelineTests : WritePipelineTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}

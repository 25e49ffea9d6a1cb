namespace Jixiao.Data.Tests;

public sealed class SqliteBulkRowsTests : BulkRowsTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

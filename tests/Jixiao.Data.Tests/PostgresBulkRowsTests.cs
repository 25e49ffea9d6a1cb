namespace Jixiao.Data.Tests;

public sealed class PostgresBulkRowsTests : BulkRowsTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}

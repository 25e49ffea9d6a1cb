namespace Jixiao.Data.Tests;

public sealed class PostgresStorageTests : StorageTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}

namespace Jixiao.Data.Tests;

public sealed class SqliteStorageTests : StorageTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

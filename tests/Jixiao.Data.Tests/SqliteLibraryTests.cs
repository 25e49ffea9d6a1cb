namespace Jixiao.Data.Tests;

public sealed class SqliteLibraryTests : LibraryTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

namespace Jixiao.Data.Tests;

public sealed class PostgresLibraryTests : LibraryTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}

namespace Jixiao.Data.Tests;

public sealed class SqliteFormLacksStorageTests : FormLacksStorageTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

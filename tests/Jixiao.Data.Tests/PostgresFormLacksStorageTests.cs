namespace Jixiao.Data.Tests;

public sealed class PostgresFormLacksStorageTests : FormLacksStorageTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}

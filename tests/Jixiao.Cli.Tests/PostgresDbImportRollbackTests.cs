namespace Jixiao.Cli.Tests;

public sealed class PostgresDbImportRollbackTests : DbImportRollbackTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}

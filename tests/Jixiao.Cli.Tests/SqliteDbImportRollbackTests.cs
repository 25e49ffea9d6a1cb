namespace Jixiao.Cli.Tests;

public sealed class SqliteDbImportRollbackTests : DbImportRollbackTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

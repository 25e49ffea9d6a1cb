namespace Jixiao.Data.Tests;

public sealed class SqliteStoredReviewTests : StoredReviewTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

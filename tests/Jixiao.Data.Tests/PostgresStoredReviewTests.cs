namespace Jixiao.Data.Tests;

public sealed class PostgresStoredReviewTests : StoredReviewTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}

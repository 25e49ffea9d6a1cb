using Jixiao.Data.Setup;
using Jixiao.Tests;
using Microsoft.Data.Sqlite;

namespace Jixiao.Data.Tests;

/// <summary>A real SQLite file in a temporary folder.</summary>
public sealed class SqliteTestDatabase : ITestDatabase
{
    private readonly string _directory = TestFiles.TempDirectory();

    public SqliteTestDatabase() =>
        Connection = new DatabaseConnection(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_directory, "data", "jixiao.db")}");

    public DatabaseConnection Connection { get; }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}

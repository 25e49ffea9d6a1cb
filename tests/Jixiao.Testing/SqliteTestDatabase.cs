using Jixiao.Data.Setup;
using Jixiao.Tests;
using Microsoft.Data.Sqlite;

namespace Jixiao.Testing;

/// <summary>A real SQLite file in a temporary folder.</summary>
public sealed class SqliteTestDatabase : ITestDatabase
{
    private readonly string _directory = TestFiles.TempDirectory();

    public SqliteTestDatabase()
    {
        FilePath = Path.Combine(_directory, "data", "jixiao.db");
        Connection = new DatabaseConnection(DatabaseProvider.Sqlite, $"Data Source={FilePath}");
    }

    public DatabaseConnection Connection { get; }

    public string FilePath { get; }

    /// <summary>Starts this database as a copy of the SQLite file <paramref name="template"/>.</summary>
    public void CopyFrom(string template)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        File.Copy(template, FilePath);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}

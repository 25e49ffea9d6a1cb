using Jixiao.Data.Setup;
using Jixiao.Tests;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao db import` of a file with an error, on a real SQLite file (<see cref="SqliteDbImportRollbackTests"/>)
/// and on PostgreSQL (<see cref="PostgresDbImportRollbackTests"/>): the database is left exactly as it was.</summary>
public abstract class DbImportRollbackTests
{
    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    [SkippableFact]
    public async Task UnreadableFile_LeavesTheDatabaseExactlyAsItWas()
    {
        await using var database = await CreateDatabaseAsync();
        var db = database.Connection.ConnectionString;
        var directory = TestFiles.TempDirectory();
        var broken = Path.Combine(directory, "broken.txt");
        var text = await File.ReadAllTextAsync(TestFiles.DepartmentTextPath);
        var firstBudget = text.IndexOf("\t18.40", StringComparison.Ordinal);
        await File.WriteAllTextAsync(broken, text[..firstBudget] + "\t十八点四" + text[(firstBudget + 6)..]);
        Assert.Equal(0, CliApp.Run(["db", "import", TestFiles.DepartmentTextPath, "--db", db], TextWriter.Null, TextWriter.Null));
        await using var check = JixiaoDatabase.CreateContext(database.Connection);
        var before = await DatabaseSnapshot.TakeAsync(check);

        using var stderr = new StringWriter();
        var code = CliApp.Run(["db", "import", broken, "--db", db, "--user", "测试"], TextWriter.Null, stderr);

        Assert.Equal(1, code);
        Assert.Contains("预算数", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("数据库未作任何修改", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(check));
    }
}

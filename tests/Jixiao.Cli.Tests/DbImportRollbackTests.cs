using System.Text.Json.Nodes;
using Jixiao.Data.Setup;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>The next file is read and checked while the current one is stored: a refused file in the middle of a
    /// folder is still reported in its place, leaves nothing of itself, and the files before and after it are stored.</summary>
    [SkippableFact]
    public async Task RefusedFileInTheMiddle_LeavesNothingOfIt_AndTheOthersStored()
    {
        await using var database = await CreateDatabaseAsync();
        var db = database.Connection.ConnectionString;
        var directory = TestFiles.TempDirectory();
        Assert.Equal(0, CliApp.Run(["generate", "--projects", "6", "--per-document", "2", "--out", directory], TextWriter.Null, TextWriter.Null));
        var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, files.Count);
        var middle = JsonNode.Parse(await File.ReadAllTextAsync(files[1]))!;
        var refusedDepartment = (string)middle["departmentCode"]!;
        middle["projects"]![1]!["projectName"] = "会议\u0007经费";
        await File.WriteAllTextAsync(files[1], middle.ToJsonString());

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(["db", "import", directory, "--db", db], stdout, stderr);

        Assert.Equal(1, code);
        var errors = stderr.ToString();
        Assert.Contains($"{files[1]}：", errors, StringComparison.Ordinal);
        Assert.Contains("第 2 张项目表", errors, StringComparison.Ordinal);
        Assert.Contains($"“{files[1]}”未导入，数据库未作任何修改。", errors, StringComparison.Ordinal);
        Assert.Contains("导入 2 个，失败 1 个", stdout.ToString(), StringComparison.Ordinal);
        await using var check = JixiaoDatabase.CreateContext(database.Connection);
        var departments = await check.Documents.Select(d => d.DepartmentCode).OrderBy(d => d).ToListAsync();
        Assert.Equal(2, departments.Count);
        Assert.DoesNotContain(refusedDepartment, departments);
        Assert.Equal(4, await check.Projects.CountAsync());
        Assert.Equal(4 * 18, await check.ProjectIndicators.CountAsync());
        Assert.False(await check.Units.AnyAsync(u => u.DepartmentCode == refusedDepartment));
        Assert.Equal(2, await check.ReviewRuns.CountAsync());
    }
}

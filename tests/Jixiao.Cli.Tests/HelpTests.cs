namespace Jixiao.Cli.Tests;

/// <summary>`--help` and `-h` after any command or `db` verb print its usage and run nothing. The cases come from the
/// CLI's own command list, so a command added later is covered without touching this file.</summary>
public class HelpTests
{
    public static TheoryData<string, string> Requests()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in CliApp.CommandPaths)
        {
            data.Add(string.Join(' ', path), "--help");
            data.Add(string.Join(' ', path), "-h");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Help_PrintsTheUsageAndExits0(string command, string option)
    {
        var (code, stdout, stderr) = CliRunner.Run([.. command.Split(' '), option]);

        Assert.Equal((ExitCodes.Success, string.Empty), (code, stderr));
        Assert.StartsWith($"用法：jixiao {command}", stdout, StringComparison.Ordinal);
        Assert.True(stdout.Split('\n').Length >= 3, stdout);
    }

    [Fact]
    public void CommandPaths_NameEveryCommandAndEveryDbVerb()
    {
        var paths = CliApp.CommandPaths.Select(p => string.Join(' ', p)).ToList();

        string[] documented = ["import", "show", "export", "review", "score", "monitor", "template", "carry-over", "generate", "db",
            "db migrate", "db import", "db units", "db project", "db search", "db review"];
        Assert.Empty(documented.Except(paths));
        Assert.Equal(paths.Count, paths.Distinct().Count());
    }

    [Fact]
    public void Help_AfterOtherArguments_StillOnlyPrintsTheUsage()
    {
        var output = Path.Combine(Jixiao.Tests.TestFiles.TempDirectory(), "out.json");

        var (code, stdout, _) = CliRunner.Run("score", "不存在.json", "--profile", "national", "--help");
        var import = CliRunner.Run("db", "import", "不存在.txt", "-h", "--db", $"Data Source={output}");

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (code, import.ExitCode));
        Assert.StartsWith("用法：jixiao score FILE.json", stdout, StringComparison.Ordinal);
        Assert.StartsWith("用法：jixiao db import FILE", import.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Version_PrintsTheProductVersion()
    {
        var (code, stdout, _) = CliRunner.Run("--version");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Matches(@"^jixiao \d+\.\d+\.\d+", stdout);
        Assert.Equal($"jixiao {CliApp.Version}\n", stdout.ReplaceLineEndings("\n"));
    }
}

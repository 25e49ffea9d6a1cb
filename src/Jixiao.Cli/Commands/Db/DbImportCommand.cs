using System.Diagnostics;
using System.Threading.Channels;
using Jixiao.Application.Documents;
using Jixiao.Application.Users;
using Jixiao.Documents;

namespace Jixiao.Cli.Commands.Db;

/// <summary>
/// `jixiao db import FILE|FOLDER…`: stores and reviews documents as the web app's import does (the same use case,
/// <see cref="DocumentImport"/>; the region's 审核规则配置), one write each. `--no-review` stores without reviewing,
/// for a bulk load reviewed later by `jixiao db review`. An import that would remove projects or empty Part 1 is refused
/// unless `--allow-removal` is given. A file that cannot be read, or cannot be stored, leaves the
/// database as it was and the other files still go in; the exit code is then 1.
/// </summary>
internal sealed class DbImportCommand : ICommand
{
    public string Name => "import";

    public string Usage => $"jixiao db import FILE|目录… {DbSession.OptionUsage} [--user 姓名] [--no-review] [--allow-removal] [--quiet] {DocumentInput.OptionsUsage}";

    public string Summary => "把文档导入数据库并按所在区划的审核规则配置审核；再次导入相同文档不改变任何数据，导入修改后的文档为有变化的项目新增版本。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, flags: ["--quiet", "--no-review", "--allow-removal"]);
        var connection = DbSession.Connection(a);
        var options = DocumentInput.Options(a);
        var user = a.Option("--user") is { Length: > 0 } u ? u : Environment.UserName;
        var quiet = a.Flag("--quiet");
        var review = !a.Flag("--no-review");
        // Removing projects or emptying Part 1 is what a truncated or wrongly decoded file does: asked for explicitly.
        var allowRemoval = a.Flag("--allow-removal");
        a.RejectUnknown();
        if (a.Positional.Count == 0)
        {
            throw new UsageException("缺少要导入的文件或目录。");
        }

        var files = Expand(a.Positional, stderr);
        return DbSession.Run(connection, stderr, async () =>
        {
            await using var app = await DbSession.OpenAsync(connection, stderr).ConfigureAwait(false);
            var imports = app.Get<DocumentImport>();
            var operatorAccess = UserAccess.System(user);
            var totals = new ImportTotals();
            var clock = Stopwatch.StartNew();
            using var stop = new CancellationTokenSource();
            var queue = Channel.CreateBounded<ReadFile>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
            var reading = Task.Run(() => ReadAllAsync(files, options, queue.Writer, stop.Token), stop.Token);
            try
            {
                await foreach (var (file, read, messages) in queue.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
                {
                    await ImportOneAsync(imports, operatorAccess, file, read, messages, new ImportRequest(user, Path.GetFileName(file)) { Review = review, AllowRemoval = allowRemoval }, quiet, totals, stdout, stderr).ConfigureAwait(false);
                }

                await reading.ConfigureAwait(false);
            }
            finally
            {
                await stop.CancelAsync().ConfigureAwait(false);
            }

            stdout.WriteLine(totals.Summary(files.Count, clock.Elapsed));
            return totals.Failed == 0 ? ExitCodes.Success : ExitCodes.UnreadableInput;
        });
    }

    private sealed record ReadFile(string File, ReadResult? Read, string Messages);

    /// <summary>Reads and checks the next files while the current one is being stored, so parsing, the content checks
    /// and database work use both cores; the bounded queue keeps at most two documents in memory.</summary>
    private static async Task ReadAllAsync(List<string> files, ReadOptions options, ChannelWriter<ReadFile> queue, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var file in files)
            {
                using var messages = new StringWriter();
                var read = DocumentInput.Read(file, options, messages);
                if (read is not null)
                {
                    DocumentImport.CheckAhead(read);
                }

                await queue.WriteAsync(new ReadFile(file, read, messages.ToString()), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            queue.Complete();
        }
    }

    private static async Task ImportOneAsync(DocumentImport imports, UserAccess user, string file, ReadResult? read, string messages, ImportRequest request, bool quiet,
        ImportTotals totals, TextWriter stdout, TextWriter stderr)
    {
        if (!quiet)
        {
            stderr.Write(messages);
        }

        if (read is null)
        {
            if (quiet)
            {
                stderr.WriteLine($"无法读取“{file}”：文件有错误，请用 jixiao show 查看详情。");
            }

            stderr.WriteLine($"“{file}”未导入，数据库未作任何修改。");
            totals.Failed++;
            return;
        }

        try
        {
            var result = (await imports.ImportAsync(read, user, request).ConfigureAwait(false)).Result!;
            totals.Add(read.Document, result);
            if (!quiet)
            {
                Print(file, result, stdout);
            }
        }
        catch (ImportException ex)
        {
            stderr.WriteLine($"{file}：{DocumentInput.ForTerminal(ex.Explanation)}");
            stderr.WriteLine($"“{file}”未导入，数据库未作任何修改。");
            totals.Failed++;
        }
    }

    private static void Print(string file, ImportResult result, TextWriter stdout)
    {
        stdout.WriteLine($"{Path.GetFileName(file)}：{(result.DocumentCreated ? "新文档" : "已有文档")}，新增 {result.Added} 个项目，更新 {result.Changed} 个，未变 {result.Unchanged} 个，移除 {result.Removed} 个"
            + (result.Review is { } review ? $"；审核：{review.Describe()}" : string.Empty));
        foreach (var line in result.Kept.Concat(result.Part1Changes))
        {
            stdout.WriteLine($"  {line}");
        }

        foreach (var change in result.Projects.Where(p => p.Kind is ProjectChangeKind.Changed or ProjectChangeKind.Removed))
        {
            stdout.WriteLine(change.Kind == ProjectChangeKind.Removed
                ? $"  移除 {change.ProjectCode}《{change.ProjectName}》"
                : $"  {change.ProjectCode}《{change.ProjectName}》第 {change.Version} 版：");
            foreach (var line in change.Changes)
            {
                stdout.WriteLine($"    {line}");
            }
        }
    }

    /// <summary>Folders stand for the readable files directly inside them, in name order.</summary>
    private static List<string> Expand(IEnumerable<string> paths, TextWriter stderr)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var inside = Directory.EnumerateFiles(path)
                    .Where(f => DocumentFiles.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal).ToList();
                if (inside.Count == 0)
                {
                    stderr.WriteLine($"目录“{path}”中没有可导入的文件（{string.Join("、", DocumentFiles.Extensions)}）。");
                }

                files.AddRange(inside);
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }
}

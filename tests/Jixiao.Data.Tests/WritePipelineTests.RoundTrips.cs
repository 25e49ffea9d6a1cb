using System.Diagnostics;
using Jixiao.Application;
using Jixiao.Application.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jixiao.Data.Tests;

// A province's import is 400 documents of departments stored for the first time: every statement the importer sends
// for such a document is paid 400 times, on PostgreSQL as a round trip to the server.
public abstract partial class WritePipelineTests
{
    [SkippableFact]
    public async Task ANewDepartmentsDocument_ReadsNoStoredVersions_AndDeletesNoEarlierFindings()
    {
        await using var database = await CreateDatabaseAsync();
        await using var app = await StartAsync(database);
        var store = app.Get<DocumentStore>();
        await store.ImportAsync(PipelineDocuments.Create(2022), new ImportRequest("测试", "a.txt"));

        // Another department of the same region and year: none of its projects is stored, so the importer has no
        // current version to compare with, and none of its new projects has a 监控表 — neither the versions, goals,
        // checkpoints nor indicator rows are asked for.
        var other = OtherDepartment(PipelineDocuments.Create(2022));
        var commands = await CommandsOfAsync(database, next => next.Get<DocumentStore>().ImportAsync(other, new ImportRequest("测试", "b.txt")));

        Assert.Equal(2, await app.Db.Documents.CountAsync());
        Assert.Equal(2, await app.Db.ExecutionSummaries.CountAsync());
        Assert.Contains(commands, c => c.Contains("\"Projects\"", StringComparison.Ordinal));
        Assert.DoesNotContain(commands, c => c.Contains("\"ProjectGoals\"", StringComparison.Ordinal) || c.Contains("\"ProjectIndicators\"", StringComparison.Ordinal)
            || c.Contains("\"PlanCheckpoints\"", StringComparison.Ordinal));
        // Never reviewed before: no earlier findings or count lines to delete.
        Assert.DoesNotContain(commands, c => c.StartsWith("DELETE FROM \"Review", StringComparison.Ordinal));
        Assert.Equal(1, await app.Db.ReviewRuns.CountAsync(r => r.Document!.DepartmentCode == "333"));
    }

    /// <summary>The same document as department 333's, its project under a code of its own.</summary>
    private static Domain.Goals.PerformanceDocument OtherDepartment(Domain.Goals.PerformanceDocument document) => document with
    {
        DepartmentCode = "333",
        DepartmentName = "审计局",
        Title = "审计局2022年部门预算绩效文本",
        Projects = [.. document.Projects.Select(p => p with { UnitCode = "333001", UnitName = "审计局本级", ProjectCode = "13068233P006780100010" })],
    };

    /// <summary>The text of every command a new application scope's context executes in <paramref name="write"/>. The
    /// scope is made after subscribing: EF Core asks whether anyone listens when a context's logger first logs a
    /// command and keeps the answer for a while, so a context that ran commands before would not be heard.</summary>
    private static async Task<List<string>> CommandsOfAsync(ITestDatabase database, Func<ApplicationScope, Task> write)
    {
        var commands = new List<string>();
        var listeners = new Listeners(commands);
        using (DiagnosticListener.AllListeners.Subscribe(listeners))
        {
            await using var scope = new ApplicationScope(database.Connection);
            listeners.Context = scope.Db;
            await write(scope);
        }

        listeners.Dispose();
        return commands;
    }

    private sealed class Listeners(List<string> commands) : IObserver<DiagnosticListener>, IDisposable
    {
        private readonly List<IDisposable> _subscriptions = [];

        public DbContext? Context { get; set; }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Add(value.Subscribe(new Commands(this, commands)));
            }
        }

        public void Dispose() => _subscriptions.ForEach(s => s.Dispose());

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private sealed class Commands(Listeners listeners, List<string> commands) : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && data.Context is not null && data.Context == listeners.Context)
            {
                lock (commands)
                {
                    commands.Add(data.Command.CommandText);
                }
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}

using System.Globalization;
using Jixiao.Application.Audit;
using Jixiao.Data;
using Jixiao.Domain.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Audit;

/// <summary>
/// What the two audit views share: the filter an auditor sets (person, action, field, record, dates in Beijing time),
/// read from the query string as text so a malformed value is named and ignored instead of failing the page; keyset
/// paging on the sequence number (上一页/下一页, <see cref="PageSize"/> per page, newest first); and the links that keep
/// the filter — the CSV export included, so it holds exactly what the filter shows.
/// </summary>
public abstract class AuditListModel(JixiaoDbContext db) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Field { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public AuditPage Results { get; private set; } = new([], false, false);

    public IReadOnlyList<string> Types { get; private set; } = [];

    public IReadOnlyList<string> Actions { get; private set; } = [];

    /// <summary>Filter values that could not be read, each saying what to enter instead.</summary>
    public IReadOnlyList<string> FilterProblems { get; private set; } = [];

    public bool IsFiltered => new[] { Type, UserName, ActionName, Field, Key, From, To }.Any(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>The path of this view, without query.</summary>
    protected abstract string BasePath { get; }

    /// <summary>This view without any filter.</summary>
    public string ListPath => BasePath;

    /// <summary>This view's own limits (e.g. one document), before the user's filter.</summary>
    protected virtual Task<AuditFilter> ScopeAsync(CancellationToken ct) => Task.FromResult(new AuditFilter());

    protected JixiaoDbContext Db { get; } = db;

    protected async Task LoadPageAsync(CancellationToken ct)
    {
        var scope = await ScopeAsync(ct);
        var filter = WithUserFilter(scope);
        (Types, Actions) = await AuditQueries.ChoicesAsync(Db, scope, ct);
        Results = await AuditQueries.PageAsync(Db, filter, Cursor(Before), Cursor(After), PageSize, ct);
        Names = await AuditObjectNames.OfAsync(Db, [.. Results.Entries], ct);
    }

    /// <summary>The names of the objects on this page (<see cref="AuditObjectNames"/>).</summary>
    public IReadOnlyDictionary<(string Type, string Key), string> Names { get; private set; } = new Dictionary<(string, string), string>();

    /// <summary>The 对象 of an entry as a reader knows it: its name where there is one, else its key.</summary>
    public string ObjectName(Domain.Workflow.Audit.AuditLogEntry entry) =>
        Names.TryGetValue((entry.EntityType, entry.EntityId), out var name) ? name : entry.EntityId;

    protected async Task<IReadOnlyList<Domain.Workflow.Audit.AuditLogEntry>> LoadAllAsync(CancellationToken ct) =>
        await AuditQueries.AllAsync(Db, WithUserFilter(await ScopeAsync(ct)), ct);

    /// <summary>This view with the current filter and the given cursor or handler.</summary>
    public string Link(long? before = null, long? after = null, string? handler = null)
    {
        var query = new List<KeyValuePair<string, string?>>
        {
            new("type", Type), new("user", UserName), new("action", ActionName), new("field", Field), new("key", Key), new("from", From), new("to", To),
            new("before", before?.ToString(CultureInfo.InvariantCulture)), new("after", after?.ToString(CultureInfo.InvariantCulture)), new("handler", handler),
        };
        return BasePath + Microsoft.AspNetCore.Http.QueryString.Create(query.Where(p => !string.IsNullOrWhiteSpace(p.Value)));
    }

    /// <summary>The view's <paramref name="scope"/> narrowed by what the user entered.</summary>
    private AuditFilter WithUserFilter(AuditFilter scope)
    {
        var problems = new List<string>();
        var from = Date(From, "开始日期", problems);
        var to = Date(To, "结束日期", problems);
        if (from is { } f && to is { } t && t < f)
        {
            problems.Add($"结束日期 {To} 早于开始日期 {From}，没有记录可显示；请调换两个日期。");
        }

        FilterProblems = problems;
        return scope with
        {
            EntityType = Type, User = UserName, Action = ActionName, Field = Field, EntityKey = Key,
            // Dates are Beijing calendar days; storage is UTC. The end day is included.
            FromUtc = from is { } start ? new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).UtcDateTime : null,
            ToUtc = to is { } end ? new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).UtcDateTime : null,
        };
    }

    private static DateOnly? Date(string? text, string label, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"{label}“{text}”无法识别，已忽略；请按 2024-06-30 的格式填写。");
        return null;
    }

    /// <summary>A cursor comes from this page's own links; anything else starts from the newest entries.</summary>
    private static long? Cursor(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : null;
}

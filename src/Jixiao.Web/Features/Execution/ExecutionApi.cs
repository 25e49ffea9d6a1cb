using System.Text.Json;
using Jixiao.Application.Execution;
using Jixiao.Application.Users;
using Jixiao.Documents.Evaluation;
using Jixiao.Documents.Monitoring;
using Jixiao.Domain.Monitoring;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Features.Execution;

/// <summary>
/// Execution data, monitoring and self-evaluation of a project, with the permissions of the
/// pages: a unit editor reads and writes its own unit's projects, a reviewer reads its region, an administrator
/// everything. Bad input is answered with ProblemDetails naming every problem in Chinese.
/// </summary>
public static class ExecutionApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var projects = api.MapGroup("/projects/{id:int}").WithTags("执行监控与自评");
        projects.MapGet("/execution", GetExecutionAsync).WithSummary("项目的预算数、执行数和逐月执行进度");
        projects.MapPut("/execution", PutExecutionAsync).WithSummary("保存年初预算数、调整后预算数和累计执行数");
        projects.MapGet("/monitoring/{month:int}", GetMonitoringAsync).WithSummary("1–N月监控表（已填报的或按执行数据预填的）、预警和审核问题");
        projects.MapPut("/monitoring/{month:int}", PutMonitoringAsync).WithSummary("保存 1–N月监控表");
        projects.MapGet("/monitoring/{month:int}/export", ExportMonitoringAsync).WithSummary("下载监控表（format=docx|xlsx）");
        projects.MapGet("/self-evaluation", GetSelfEvaluationAsync).WithSummary("自评表、得分（含计算过程）、等级和审核问题");
        projects.MapPut("/self-evaluation", PutSelfEvaluationAsync).WithSummary("保存自评表并重新计算得分");
        projects.MapGet("/self-evaluation/export", ExportSelfEvaluationAsync).WithSummary("下载自评表（format=docx|xlsx）");
        api.MapPost("/forms/recheck", RecheckFormAsync).WithTags("执行监控与自评")
            .WithSummary("复核（mode=recheck，默认）或打分（mode=score）一份自评表或监控表文件（.xlsx/.docx/.html，请求体为文件内容）；表头未注明金额单位时须给出 moneyUnit=元|万元；不保存任何内容").DisableAntiforgery();
    }

    public static async Task<Results<Ok<ExecutionView>, NotFound, ForbidHttpResult>> GetExecutionAsync(ExecutionService service, HttpContext http, int id, CancellationToken ct)
    {
        var (scope, found) = await AuthorizeAsync(service, http, id, edit: false, ct);
        if (scope is null)
        {
            return found ? TypedResults.Forbid() : TypedResults.NotFound();
        }

        return TypedResults.Ok(await ExecutionViewAsync(service, scope, ct));
    }

    public static async Task<Results<Ok<ExecutionView>, NotFound, ForbidHttpResult, ProblemHttpResult>> PutExecutionAsync(
        ExecutionService service, HttpContext http, int id, ExecutionInput input, CancellationToken ct)
    {
        var (scope, found) = await AuthorizeAsync(service, http, id, edit: true, ct);
        if (scope is null)
        {
            return found ? TypedResults.Forbid() : TypedResults.NotFound();
        }

        var errors = await service.SaveExecutionAsync(scope, input, AuditRequests.ActorOf(http), ct);
        return errors.Count > 0 ? Invalid(errors) : TypedResults.Ok(await ExecutionViewAsync(service, scope, ct));
    }

    public static async Task<Results<ContentHttpResult, NotFound, ForbidHttpResult, ProblemHttpResult>> GetMonitoringAsync(ExecutionService service, HttpContext http, int id, int month, CancellationToken ct)
    {
        if (month is < 1 or > 12)
        {
            return TypedResults.Problem(detail: $"监控月份 {month} 应在 1–12 之间。", statusCode: StatusCodes.Status400BadRequest, title: "请求无效");
        }

        var (scope, found) = await AuthorizeAsync(service, http, id, edit: false, ct);
        if (scope is null)
        {
            return found ? TypedResults.Forbid() : TypedResults.NotFound();
        }

        var view = await service.GetMonitoringAsync(scope, month, ct);
        return Json(new
        {
            projectId = id,
            month,
            checkpointMonth = scope.MonitoringProfile.CheckpointMonth,
            stored = view.Stored,
            recordedBy = view.RecordedBy,
            recordedAt = view.RecordedAt,
            report = JsonDocument.Parse(MonitoringJson.Write(view.Monitored.Assessment.Report)).RootElement,
            assessment = JsonDocument.Parse(MonitoredProjectJson.Write(view.Monitored)).RootElement,
        });
    }

    public static async Task<Results<ContentHttpResult, NotFound, ForbidHttpResult, ProblemHttpResult>> PutMonitoringAsync(
        ExecutionService service, HttpContext http, int id, int month, MonitoringInput input, CancellationToken ct)
    {
        var (scope, found) = await AuthorizeAsync(service, http, id, edit: true, ct);
        if (scope is null)
        {
            return found ? TypedResults.Forbid() : TypedResults.NotFound();
        }

        var errors = await service.SaveMonitoringAsync(scope, month, input, AuditRequests.ActorOf(http), ct);
        return errors.Count > 0 ? Invalid(errors) : await GetMonitoringAsync(service, http, id, month, ct);
    }

    public static async Task<Results<FileContentHttpResult, NotFound, ForbidHttpResult, ProblemHttpResult>> ExportMonitoringAsync(
        ExecutionService service, HttpContext http, int id, int month, string? format, CancellationToken ct)
    {
        // Access first: who may not read the project gets the same answer whatever the parameters.
        var (scope, found) = await AuthorizeAsync(service, http, id, edit: false, ct);
        if (scope is null)
        {
            return found ? TypedResults.Forbid() : TypedResults.NotFound();
        }

        if (format is not ("docx" or "xlsx") || month is < 1 or > 12)
        {
            return TypedResults.Problem(detail: "format 应为 docx 或 xlsx，月份应在 1–12 之间。", statusCode: StatusCodes.Status400BadRequest, title: "请求无效");
        }

        var monitored = (await service.GetMonitoringAsync(scope, month, ct)).Monitored;
        var name = $"{scope.Details.Content.ProjectName}{scope.FiscalYear}年1-{month}月绩效监控表.{format}";
        return format == "docx"
            ? TypedResults.File(MonitoringForms.WriteDocx(monitored), OfficeTypes.Docx, name)
            : TypedResults.File(MonitoringForms.WriteXlsx(monitored), OfficeTypes.Xlsx, name);
    }

    public static async Task<Results<ContentHttpResult, NotFound, ForbidHttpResult>> GetSelfEvaluationAsync(ExecutionService service, HttpContext http, int id, CancellationToken ct)
    {
        var (scope, found) = await AuthorizeAsync(service, http, id, edit: false, ct);
        if (scope is null)
        {
            return found ? TypedResults.Forbid() : TypedResults.NotFound();
        }

        var view = await service.GetSelfEvaluationAsync(scope, ct);
        return Json(new
        {
            projectId = id,
            stored = view.Stored,
            evaluatedBy = view.EvaluatedBy,
            evaluatedAt = view.EvaluatedAt,
            evaluation = JsonDocument.Parse(SelfEvaluationJson.Write(view.Scored.Result.Evaluation)).RootElement,
            score = JsonDocument.Parse(ScoredEvaluationJson.Write(view.Scored)).RootElement,
        });
    }

    public static async Task<Results<ContentHttpResult, NotFound, ForbidHttpResult, ProblemHttpResult>> PutSelfEvaluationAsync(
        ExecutionService service, HttpContext http, int id, SelfEvaluationInput input, CancellationToken ct)
    {
        var (scope, found) = await AuthorizeAsync(service, http, id, edit: true, ct);
        if (scope is null)
        {
            return found ? TypedResults.Forbid() : TypedResults.NotFound();
        }

        var errors = await service.SaveSelfEvaluationAsync(scope, input, AuditRequests.ActorOf(http), ct);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var result = await GetSelfEvaluationAsync(service, http, id, ct);
        return result.Result is ContentHttpResult content ? content : TypedResults.NotFound();
    }

    public static async Task<Results<FileContentHttpResult, NotFound, ForbidHttpResult, ProblemHttpResult>> ExportSelfEvaluationAsync(
        ExecutionService service, HttpContext http, int id, string? format, CancellationToken ct)
    {
        // Access first: who may not read the project gets the same answer whatever the parameters.
        var (scope, found) = await AuthorizeAsync(service, http, id, edit: false, ct);
        if (scope is null)
        {
            return found ? TypedResults.Forbid() : TypedResults.NotFound();
        }

        if (format is not ("docx" or "xlsx"))
        {
            return TypedResults.Problem(detail: "format 应为 docx 或 xlsx。", statusCode: StatusCodes.Status400BadRequest, title: "请求无效");
        }

        var scored = (await service.GetSelfEvaluationAsync(scope, ct)).Scored;
        var name = $"{scope.Details.Content.ProjectName}{scope.FiscalYear}年绩效自评表.{format}";
        return format == "docx"
            ? TypedResults.File(SelfEvaluationForms.WriteDocx(scored), OfficeTypes.Docx, name)
            : TypedResults.File(SelfEvaluationForms.WriteXlsx(scored), OfficeTypes.Xlsx, name);
    }

    /// <summary>Reads a 自评表 or 监控表 file by its labels and re-checks (or scores) every form in it; nothing is stored,
    /// so any signed-in user may use it. A file whose money unit cannot be told is answered 400 with
    /// <c>askMoneyUnit: true</c>: the unit is never guessed.</summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> RecheckFormAsync(HttpContext http, [FromQuery] string? fileName,
        [FromQuery] string? mode, [FromQuery] string? moneyUnit, [FromQuery] string? profile, [FromQuery] string? monitoringProfile, CancellationToken ct)
    {
        var contentType = http.Request.ContentType ?? string.Empty;
        if (!contentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(detail: "请以 application/octet-stream 发送文件内容。", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "不支持的内容类型");
        }

        var options = FormRecheckOptions.Parse(mode, moneyUnit, profile, monitoringProfile, out var errors);
        if (string.IsNullOrWhiteSpace(fileName))
        {
            errors = [.. errors, "请在 fileName 中给出文件名（如 自评表.xlsx），按扩展名识别文件格式。"];
        }

        if (options is null || errors.Count > 0)
        {
            return TypedResults.Problem(detail: string.Join("\n", errors), statusCode: StatusCodes.Status400BadRequest, title: "请求无效");
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        var result = FormRecheck.Run(buffer.ToArray(), fileName!, options);
        var problems = result.Problems.Select(p => new { severity = p.Severity.ToString().ToLowerInvariant(), message = p.ToString() }).ToList();
        if (!result.HasForms)
        {
            return TypedResults.Problem(detail: string.Join("\n", result.Problems.Select(p => p.ToString())), statusCode: StatusCodes.Status400BadRequest,
                title: result.AsksForMoneyUnit ? "请指定金额单位" : "无法读取表格",
                extensions: new Dictionary<string, object?> { ["askMoneyUnit"] = result.AsksForMoneyUnit, ["problems"] = problems });
        }

        return Json(new
        {
            fileName,
            mode = options.Mode == Domain.Evaluation.EvaluationMode.Recheck ? "recheck" : "score",
            problems,
            selfEvaluations = result.SelfEvaluations.Select(x => JsonDocument.Parse(ScoredEvaluationJson.Write(x.Scored, x.Source)).RootElement),
            monitoring = result.Monitoring.Select(x => JsonDocument.Parse(MonitoredProjectJson.Write(x.Monitored, x.Source)).RootElement),
            pointsSheets = result.PointsSheets.Select(x => JsonDocument.Parse(PointsSheetCheckJson.Write(x)).RootElement),
        });
    }

    /// <summary>The project when the user may read it (or, with <paramref name="edit"/>, change it); otherwise null
    /// and whether the project exists (403) or not (404).</summary>
    private static async Task<(ProjectScope? Scope, bool Found)> AuthorizeAsync(ExecutionService service, HttpContext http, int id, bool edit, CancellationToken ct)
    {
        var scope = await service.LoadAsync(id, await http.RequestServices.GetRequiredService<CurrentUser>().GetAsync(ct), ct);
        return scope is null ? (null, false) : scope.CanRead && (!edit || scope.CanEdit) ? (scope, true) : (null, true);
    }

    private static async Task<ExecutionView> ExecutionViewAsync(ExecutionService service, ProjectScope scope, CancellationToken ct)
    {
        var e = await service.GetExecutionAsync(scope, ct);
        var approved = scope.Details.Content;
        var curve = ExecutionCurve.For(e.Ledger, approved, scope.FiscalYear, 12, e.Budget);
        return new ExecutionView(scope.ProjectId, scope.FiscalYear, approved.ProjectCode, e.InitialBudget.ToWanYuanString(), e.AdjustedBudget?.ToWanYuanString(),
            e.Budget.ToWanYuanString(), [.. e.Entries.Select(x => new SpendingEntryView(x.AsOf, x.Spent.ToWanYuanString()))], e.PaymentCount, e.PaymentTotal.ToWanYuanString(),
            e.SourceText, [.. curve.Select(p => new ExecutionMonthView(p.Month, p.Spent.ToWanYuanString(), Math.Round(p.ActualPercent, 4), p.PlannedPercent, Math.Round(p.TimePercent, 4)))]);
    }

    private static ProblemHttpResult Invalid(IReadOnlyList<InputError> errors) =>
        TypedResults.Problem(detail: string.Join("\n", errors.Select(e => e.Message)), statusCode: StatusCodes.Status400BadRequest, title: "输入有误，未保存",
            extensions: new Dictionary<string, object?> { ["errors"] = errors.Select(e => new { field = e.Field, message = e.Message }).ToList() });

    private static ContentHttpResult Json(object value) =>
        TypedResults.Content(JsonSerializer.Serialize(value, JsonOptions), "application/json; charset=utf-8");

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}

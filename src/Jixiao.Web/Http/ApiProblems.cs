using System.Reflection;
using System.Text.RegularExpressions;
using Jixiao.Application.Documents;
using Jixiao.Data.Setup;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Http;

/// <summary>
/// The API's error texts in one place: what an exception that escaped an endpoint means for the user (import problems
/// with file, table, row and cell; stale saves; two requests writing the same record; bad parameters and bodies; a
/// busy database), and Chinese titles for the answers the framework writes itself (404, 405, 415 …).
/// </summary>
public static partial class ApiProblems
{
    public const string RetryLater = "请稍后重试；如果问题一直存在，请联系系统管理员。";

    /// <summary>The answer for <paramref name="exception"/> thrown by <paramref name="endpoint"/>'s handler.</summary>
    public static ApiProblem For(Exception exception, Endpoint? endpoint) => exception switch
    {
        ImportException e => Import(e),
        ProjectConcurrencyException e => new(StatusCodes.Status409Conflict, "项目已被他人修改",
            $"{e.Message}本次修改未保存。请重新读取项目（GET /api/v1/projects/{e.ProjectId}），在最新版本上修改后再保存。"),
        DbUpdateConcurrencyException => new(StatusCodes.Status409Conflict, "数据已被他人修改",
            "要保存的数据在读取后已被他人修改，本次修改未保存。请重新读取最新数据，在其基础上修改后再保存。"),
        _ when DatabaseErrors.IsUniqueViolation(exception) => new(StatusCodes.Status409Conflict, "同一数据正被同时写入",
            "另一请求刚刚写入了同样的数据（例如同一文件被同时导入两次），本次请求未写入任何内容。请先查看已导入的结果；如仍缺少数据，再重试一次即可（重复的记录不会重复计入）。"),
        _ when DatabaseErrors.IsBusy(exception) => new(StatusCodes.Status503ServiceUnavailable, "数据库正忙",
            "数据库正在处理其他写入，本次请求未保存。" + RetryLater),
        BadHttpRequestException e => BadRequest(e, endpoint),
        System.Text.Json.JsonException e => new(StatusCodes.Status400BadRequest, "请求无效",
            $"请求正文不是有效的 JSON（第 {(e.LineNumber ?? 0) + 1} 行附近）。请检查格式后重新发送。"),
        _ => new(StatusCodes.Status500InternalServerError, "服务器内部错误", "处理请求时出错。" + RetryLater),
    };

    /// <summary>A Chinese title for a status the framework answers by itself, with what the client can do.</summary>
    public static (string Title, string Detail) ForStatus(int status) => status switch
    {
        400 => ("请求无效", "请求的格式或内容不正确。请按接口说明（/openapi/v1.json）检查参数和请求正文后重试。"),
        401 => ("未登录", "请先登录（POST /Account/Login 获得 Cookie）后再调用接口。"),
        403 => ("无权访问", "您的账号无权查看或修改此内容。如需权限，请联系系统管理员。"),
        404 => ("找不到", "请求的数据不存在，可能已被删除或编号有误。请检查地址中的编号。"),
        405 => ("请求方式不支持", "该地址不支持此请求方式（GET/POST/PUT）。请按接口说明（/openapi/v1.json）使用正确的方式。"),
        406 => ("无法提供该格式", "请在 Accept 中接受 application/json。"),
        409 => ("数据冲突", "数据已被他人修改。请重新读取后再保存。"),
        413 => ("请求过大", "请求正文超过了允许的大小。请把文件拆分后分批导入。"),
        415 => ("不支持的内容类型", "请按接口说明设置 Content-Type（JSON 用 application/json，文件用 application/octet-stream）。"),
        422 => ("无法处理", "请求的内容不符合要求。请按提示修改后重试。"),
        429 => ("请求过于频繁", RetryLater),
        >= 500 => ("服务器内部错误", "处理请求时出错。" + RetryLater),
        _ => ("请求未完成", "请检查请求后重试。"),
    };

    private static ApiProblem Import(ImportException e)
    {
        var (status, title) = e.IsLocked ? (StatusCodes.Status403Forbidden, "文档已锁定（审核流程中）")
            : e.IsRefused ? (StatusCodes.Status403Forbidden, "无权导入")
            : e.IsRemoval ? (StatusCodes.Status409Conflict, "导入将移除已有内容")
            : (StatusCodes.Status400BadRequest, "无法导入");
        var where = new List<string>();
        var extensions = new Dictionary<string, object?>();
        if (e.FileName.Length > 0)
        {
            where.Add($"文件“{e.FileName}”");
            extensions["file"] = e.FileName;
        }

        if (e.Table is { } table)
        {
            where.Add(e.TableName.Length > 0 ? $"第 {table} 张项目表《{e.TableName}》" : $"第 {table} 张项目表");
            extensions["table"] = table;
        }

        if (e.Row is { } row)
        {
            where.Add($"第 {row} 行指标");
            extensions["row"] = row;
        }

        if (e.Cell.Length > 0)
        {
            where.Add($"“{e.Cell}”");
            extensions["cell"] = e.Cell;
        }

        if (e.Advice.Length > 0)
        {
            extensions["advice"] = e.Advice;
        }

        var place = where.Count > 0 ? $"位置：{string.Join("，", where)}。" : string.Empty;
        return new ApiProblem(status, title, $"{e.Explanation}{place}未导入任何内容。") { Extensions = extensions };
    }

    private static ApiProblem BadRequest(BadHttpRequestException e, Endpoint? endpoint)
    {
        if (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new(e.StatusCode, "请求过大", RequestSize.TooLarge(RequestSize.LimitOf(e.Message)));
        }

        var match = ParameterPattern().Match(e.Message);
        if (!match.Success)
        {
            return e.StatusCode == StatusCodes.Status415UnsupportedMediaType
                ? new(e.StatusCode, ForStatus(e.StatusCode).Title, ForStatus(e.StatusCode).Detail)
                : new(e.StatusCode, "请求无效", ForStatus(StatusCodes.Status400BadRequest).Detail);
        }

        var name = match.Groups["name"].Value;
        var parameter = ParameterOf(endpoint, name);
        var expected = Expected(parameter?.ParameterType, match.Groups["type"].Value);
        var extensions = new Dictionary<string, object?> { ["parameter"] = name };
        if (e.Message.Contains("request body", StringComparison.Ordinal))
        {
            return new(e.StatusCode, "请求无效", $"请求正文无法读取为参数 {name} 所需的 JSON：格式有误或字段类型不符（金额写作万元字符串，例如 \"19.56\"）。请按接口说明（/openapi/v1.json）修改后重新发送。") { Extensions = extensions };
        }

        if (match.Groups["value"].Success)
        {
            return new(e.StatusCode, "参数无效", $"参数 {name} 的值“{match.Groups["value"].Value}”无效：{expected}。请改正后重试。") { Extensions = extensions };
        }

        return new(e.StatusCode, "缺少参数", $"缺少参数 {name}（{expected}）。请补上后重试。") { Extensions = extensions };
    }

    private static ParameterInfo? ParameterOf(Endpoint? endpoint, string name) =>
        endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters().FirstOrDefault(p => p.Name == name);

    private static string Expected(Type? type, string typeName)
    {
        var t = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (t is { IsEnum: true })
        {
            return $"应为 {string.Join("、", Enum.GetNames(t))} 之一";
        }

        var name = t?.Name ?? typeName;
        return name switch
        {
            _ when name.StartsWith("Int", StringComparison.Ordinal) || name.StartsWith("int", StringComparison.Ordinal) || name.StartsWith("long", StringComparison.Ordinal) => "应为整数",
            _ when name.StartsWith("Decimal", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Double", StringComparison.OrdinalIgnoreCase) => "应为数字",
            _ when name.StartsWith("Date", StringComparison.Ordinal) => "应为日期，例如 2024-06-30",
            _ when name.StartsWith("Bool", StringComparison.OrdinalIgnoreCase) => "应为 true 或 false",
            _ => "请按接口说明填写",
        };
    }

    /// <summary>The parameter named in ASP.NET Core's binding messages: Failed to bind parameter "int? year" from
    /// "abc". / Required parameter "string fileName" was not provided from query string. / Failed to read parameter
    /// "X input" from the request body as JSON.</summary>
    [GeneratedRegex("parameter \"(?<type>[^\"]*) (?<name>[A-Za-z_][A-Za-z0-9_]*)\"(?: from \"(?<value>.*)\")?", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterPattern();
}

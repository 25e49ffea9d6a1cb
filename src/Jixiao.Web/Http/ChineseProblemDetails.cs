namespace Jixiao.Web.Http;

/// <summary>Gives the ProblemDetails the framework writes by itself (a 404 from <c>TypedResults.NotFound()</c>, a 405,
/// a validation problem) a Chinese title and a detail that says what to do, instead of "Not Found".</summary>
public static class ChineseProblemDetails
{
    public static void Apply(ProblemDetailsContext context)
    {
        var details = context.ProblemDetails;
        var status = details.Status ?? context.HttpContext.Response.StatusCode;
        var (title, detail) = ApiProblems.ForStatus(status);
        if (status == StatusCodes.Status413PayloadTooLarge && context.HttpContext.RequestServices.GetService<Startup.UploadLimit>() is { } limit)
        {
            detail = limit.Message;
        }

        if (!HasChinese(details.Title))
        {
            details.Title = details.Extensions.ContainsKey("errors") ? "输入有误" : title;
        }

        if (!HasChinese(details.Detail))
        {
            details.Detail = details.Extensions.ContainsKey("errors") ? "请求有错误，未保存；请按各字段的说明修改后再提交。" : detail;
        }
    }

    private static bool HasChinese(string? text) =>
        text is not null && text.EnumerateRunes().Any(r => r.Value is >= 0x4E00 and <= 0x9FFF);
}

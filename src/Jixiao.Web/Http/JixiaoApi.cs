using Jixiao.Web.Auth;
using Jixiao.Web.Features.Documents;
using Jixiao.Web.Features.Execution;
using Jixiao.Web.Features.Import;
using Jixiao.Web.Features.Payments;
using Jixiao.Web.Features.Projects;
using Jixiao.Web.Features.Review;

namespace Jixiao.Web.Http;

/// <summary>Maps <c>/api/v1</c>: one static class per feature area, all behind the same cookie sign-in and
/// permissions as the pages.</summary>
public static class JixiaoApi
{
    public static void MapJixiaoApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policies.SignedIn);
        DocumentsApi.Map(api.MapGroup("/documents").WithTags("文档"));
        WorkflowApi.Map(api.MapGroup("/documents").WithTags("流程"));
        ProjectsApi.Map(api.MapGroup("/projects").WithTags("项目"));
        FindingsApi.Map(api.MapGroup("/findings").WithTags("审核问题"));
        ImportApi.Map(api.MapGroup("/import").WithTags("导入").RequireAuthorization(Policies.Import));
        Features.Library.IndicatorsApi.Map(api.MapGroup("/indicators").WithTags("指标库"));
        ExecutionApi.Map(api);
        PaymentsApi.Map(api);
    }
}

using Jixiao.Application;

namespace Jixiao.Web.Http;

/// <summary>The HTTP status of a use case's outcome.</summary>
public static class OutcomeStatus
{
    public static int HttpStatus(this OutcomeKind kind) => kind switch
    {
        OutcomeKind.Done => StatusCodes.Status200OK,
        OutcomeKind.Invalid => StatusCodes.Status400BadRequest,
        OutcomeKind.NotFound => StatusCodes.Status404NotFound,
        OutcomeKind.Forbidden => StatusCodes.Status403Forbidden,
        OutcomeKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };
}

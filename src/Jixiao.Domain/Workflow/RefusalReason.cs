namespace Jixiao.Domain.Workflow;

/// <summary>Why a transition or an edit was refused. The web layer answers 403 for the first three (the user may
/// not do this here and now) and 422 for the rest (the request lacks something the user can supply).</summary>
public enum RefusalReason
{
    RoleNotAllowed,
    OutOfScope,
    NotAllowedInState,
    CommentRequired,
    GradeRequired,
    GradeForbidsApproval,
    BlockingFindings,
    OpenComments,
    NotFound,
}

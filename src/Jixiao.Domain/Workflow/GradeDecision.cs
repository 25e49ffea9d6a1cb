namespace Jixiao.Domain.Workflow;

/// <summary>
/// What a 88号 review grade allows (DOMAIN.md §4.1, 财预〔2015〕88号): 优 proceeds to the budget, 良 is settled
/// after consultation, 中 must be revised and resubmitted, 差 may not enter the next budget step. So only 优 and
/// 良 can be approved; 中 and 差 are recorded with a return (差 additionally tells the finance bureau not to
/// fund the project until a new submission is graded better).
/// </summary>
public static class GradeDecision
{
    public static bool AllowsApproval(this Grade grade) => grade is Grade.Excellent or Grade.Good;

    /// <summary>The action the grade leads to: 批复 for 优/良, 退回 for 中/差.</summary>
    public static WorkflowAction RequiredAction(this Grade grade) =>
        grade.AllowsApproval() ? WorkflowAction.Approve : WorkflowAction.Return;

    /// <summary>The consequence shown beside the grade: 88号's wording plus what happens in the workflow.</summary>
    public static string Consequence(this Grade grade) => grade switch
    {
        Grade.Excellent => grade.ReviewConsequence() + "可以批复。",
        Grade.Good => grade.ReviewConsequence() + "可在协商修改后批复，或退回单位修改。",
        Grade.Fair => grade.ReviewConsequence() + "不能批复，须退回并写明修改意见。",
        _ => grade.ReviewConsequence() + "不能批复，须退回；重新报送并审核为良或优之前不安排预算。",
    };
}

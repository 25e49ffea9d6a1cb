using Jixiao.Documents.Excel;
using Jixiao.Documents.Forms;
using Jixiao.Domain.Evaluation;

namespace Jixiao.Documents.Evaluation;

/// <summary>The 项目支出绩效自评表 as .docx and .xlsx (layout: <see cref="SelfEvaluationLayout"/>).</summary>
public static class SelfEvaluationForms
{
    public const string SheetName = "自评表";

    /// <summary>The scored form: computed 分值, 得分, 执行率, 总分 and 等级, then 计算说明 and 审核问题.</summary>
    public static byte[] WriteDocx(ScoredEvaluation scored) => FormGridWord.Write(SelfEvaluationLayout.Scored(scored), landscape: false);

    /// <summary>The scored form on sheet 自评表, and the 计算说明 under it.</summary>
    public static byte[] WriteXlsx(ScoredEvaluation scored) =>
        ExcelWorkbook.Write([FormGridExcel.Sheet(SelfEvaluationLayout.Scored(scored), SheetName)], title: SelfEvaluationLayout.Title);

    /// <summary>The form as the unit filled it in (declared 得分, 总分, 等级): what a unit fills and `jixiao score` reads.</summary>
    public static byte[] WriteXlsx(SelfEvaluation evaluation) =>
        ExcelWorkbook.Write([FormGridExcel.Sheet(SelfEvaluationLayout.Declared(evaluation), SheetName)], title: SelfEvaluationLayout.Title);
}

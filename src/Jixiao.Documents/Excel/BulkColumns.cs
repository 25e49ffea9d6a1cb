namespace Jixiao.Documents.Excel;

/// <summary>
/// Sheet names and column headers of the bulk workbook (批量填报模板). The reader finds columns by these headers,
/// so users may reorder or add columns; the notes are shown as input prompts in the template.
/// </summary>
internal static class BulkColumns
{
    public const string ProjectsSheet = "项目";
    public const string IndicatorsSheet = "指标";
    public const string DepartmentSheet = "部门整体目标";
    public const string TaxonomySheet = "指标体系";
    public const string GuideSheet = "填写说明";

    public const string Sequence = "序号";
    public const string UnitCode = "单位代码";
    public const string UnitName = "单位名称";
    public const string ProjectCode = TableLabels.ProjectCode;
    public const string ProjectName = TableLabels.ProjectName;
    public const string Budget = "预算数（万元）";
    public const string FiscalFunds = "其中：财政资金（万元）";
    public const string OtherFunds = "其他资金（万元）";
    public const string FundUse = "资金用途";
    public const string Goals = TableLabels.Goals;
    public const string MoneyUnit = "金额单位";

    public const string Level1 = TableLabels.Level1;
    public const string Level2 = TableLabels.Level2;
    public const string Name = TableLabels.Name;
    public const string Description = TableLabels.Description;
    public const string Target = TableLabels.Target;
    public const string TargetBasis = TableLabels.TargetBasis;

    public const string Kind = "类别";
    public const string Title = "标题";
    public const string Text = "内容";
    public const string IndicatorText = "绩效指标";

    public const string KindDocumentTitle = "文本标题";
    public const string KindOverall = "总体绩效目标";
    public const string KindSubGoal = "分项绩效目标";
    public const string KindSafeguard = "工作保障措施";

    /// <summary>"3月底（%）": one column per month of the spending plan.</summary>
    public static string Month(int month) => $"{month}月底（%）";

    public static IReadOnlyList<(string Header, double Width, string Note)> ProjectColumns { get; } =
    [
        (Sequence, 6, "项目在第二部分中的序号（1、2、3……），决定表格顺序。"),
        (UnitCode, 10, "预算单位代码，如 222001。"),
        (UnitName, 22, "预算单位名称，如 纪律检查委员会本级。"),
        (ProjectCode, 26, "21 位项目编码，如 13068222P00675410002L（前 6 位区划、7–8 位年度）。指标表按此列对应项目。"),
        (ProjectName, 24, "项目名称，如 安保经费。"),
        (Budget, 12, "预算数，以万元为单位，最多 6 位小数，如 19.56。"),
        (FiscalFunds, 12, "其中财政资金（万元）；没有可留空。"),
        (OtherFunds, 12, "其他资金（万元）；没有可留空。"),
        (FundUse, 30, "资金用途的文字说明。"),
        .. Enumerable.Range(1, 12).Select(m => (Month(m), 8d, $"截至 {m} 月底累计支出进度（填 25 表示 25%）；只填有计划的月份，如 3、6、10、12 月底。")),
        (Goals, 40, "年度绩效目标，每条一行，按“1.……”“2.……”编号（单元格内换行：Alt+Enter）。"),
        (MoneyUnit, 8, "金额单位，只接受 万元；留空即为万元。"),
    ];

    public static IReadOnlyList<(string Header, double Width, string Note)> IndicatorColumns { get; } =
    [
        (ProjectCode, 26, "所属项目的 21 位项目编码，须与“项目”表中的一致。"),
        (ProjectName, 20, "所属项目名称（仅供核对，导入时以项目编码为准）。"),
        (Level1, 12, "一级指标：从下拉列表选择（产出指标、效益指标、满意度指标……）。"),
        (Level2, 16, "二级指标：从下拉列表选择，须属于所选一级指标。"),
        (Name, 22, "三级指标名称，具体、可衡量。"),
        (Description, 26, "绩效指标描述。"),
        (Target, 14, "指标值，如 ≥95%、100百分比、≤19.56万元、12月底前完成。"),
        (TargetBasis, 20, "指标值确定依据，如 计划标准、历史标准、行业标准。"),
    ];

    public static IReadOnlyList<(string Header, double Width, string Note)> DepartmentColumns { get; } =
    [
        (Kind, 14, "文本标题、总体绩效目标、分项绩效目标 或 工作保障措施。"),
        (Sequence, 6, "分项绩效目标、工作保障措施的序号（1 对应（一））。"),
        (Title, 20, "分项名称，如 办案问责（工作保障措施写同一名称，不含“完成保障措施”）。"),
        (Text, 60, "总体绩效目标、分项的“绩效目标：”或保障措施的内容；标题行写文本标题。"),
        (IndicatorText, 40, "分项的“绩效指标：”内容。"),
    ];
}

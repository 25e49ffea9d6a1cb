namespace Jixiao.Documents.GoalTables;

/// <summary>What reading one project's head reports: labels read (for the mapping report), notes, problems with their
/// place, and the 主管部门 named.</summary>
internal sealed class HeadContext(ReadOptions options, Action<ProblemSeverity, string, int, string, string?> problem)
{
    public ReadOptions Options { get; } = options;

    /// <remarks>Room for a head's usual labels from the start: grown from four, three arrays were made for every project.</remarks>
    public List<LabelMapping> Labels { get; } = new(16);

    public List<string> Notes { get; } = [];

    public string DepartmentCode { get; private set; } = string.Empty;

    public string DepartmentName { get; private set; } = string.Empty;

    public bool BudgetFound { get; set; }

    /// <summary>The head states two different money units: that error is the one to show, not one "no unit" per amount.</summary>
    public bool UnitConflict { get; set; }

    /// <summary>The kinds of label the head has (filled or not): what its form asks for.</summary>
    /// <remarks>Bits, not a set: a set's arrays for every project read were 2–3 % of a read's bytes.</remarks>
    public LabelKinds Kinds { get; private set; }

    public void Report(string label, GoalLabel kind, string value, string place, double confidence)
    {
        Kinds = Kinds.With(kind);
        Labels.Add(new LabelMapping(label, Chinese(kind), Domain.Text.ChineseText.Shorten(value.Replace('\n', ' '), 40), place, confidence));
    }

    public void Note(string note)
    {
        if (!Notes.Contains(note))
        {
            Notes.Add(note);
        }
    }

    public void Department(string code, string name)
    {
        if (code.Length > 0)
        {
            DepartmentCode = code;
        }

        if (name.Length > 0)
        {
            DepartmentName = name;
        }
    }

    public void Error(string place, int line, string message, string? field = null) => problem(ProblemSeverity.Error, place, line, message, field);

    public void Warn(string place, int line, string message) => problem(ProblemSeverity.Warning, place, line, message, null);

    private static string Chinese(GoalLabel kind) => kind switch
    {
        GoalLabel.ProjectCode => "项目编码",
        GoalLabel.ProjectName => "项目名称",
        GoalLabel.DepartmentCode => "主管部门代码",
        GoalLabel.Department => "主管部门",
        GoalLabel.UnitCode => "单位代码",
        GoalLabel.Unit => "实施单位",
        GoalLabel.BudgetAndUse => "资金用途（下方）",
        GoalLabel.MoneyBlock or GoalLabel.AmountHeading => "金额栏（单位）",
        GoalLabel.LongTermBudget => "中期资金（保留）",
        GoalLabel.Budget => "预算数",
        GoalLabel.FiscalFunds => "财政资金",
        GoalLabel.FiscalPart => "财政资金（分项）",
        GoalLabel.OtherFunds => "其他资金",
        GoalLabel.FundUse => "资金用途",
        GoalLabel.SpendingPlan => "资金支出计划",
        GoalLabel.GoalsBlock => "总体目标",
        GoalLabel.LongTermGoal => "中期/长期目标（保留）",
        GoalLabel.Goals => "绩效目标（年度）",
        GoalLabel.Attribute or GoalLabel.Period or GoalLabel.Contact or GoalLabel.Overview => "其他（保留）",
        GoalLabel.End => "表尾（不读取）",
        _ => "标题",
    };
}

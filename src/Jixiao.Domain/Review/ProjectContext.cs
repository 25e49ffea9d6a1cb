using Jixiao.Domain.Text;
using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Review;

/// <summary>One project table under review, with its rows precomputed and the document around it.</summary>
public sealed class ProjectContext
{
    private string? _textKey;
    private string? _benefitTextKey;
    private string? _label;
    private string? _nameCore;
    private string[]? _goalCores;

    internal ProjectContext(DocumentContext document, BudgetProject project, int index)
        : this(document, project, index, null)
    {
    }

    /// <summary>A project table, or (<paramref name="departmentText"/> given) the 部门整体支出绩效目标表 seen as one
    /// table so the project rules judge its indicator rows: its findings belong to the document (Part 1).</summary>
    private ProjectContext(DocumentContext document, BudgetProject project, int index, string? departmentText)
    {
        Document = document;
        Project = project;
        Index = index;
        NameKey = ChineseText.Key(project.ProjectName);
        FormLacks = project.StillLacking();
        IsDepartmentTable = departmentText is not null;
        if (departmentText is not null)
        {
            _textKey = ChineseText.Key(departmentText);
            _label = DepartmentTableLabel;
        }

        var rows = new RowContext[project.Indicators.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new RowContext(document, i + 1, project.Indicators[i], IsDepartmentTable);
        }

        RowArray = rows;
    }

    /// <summary>How findings name the department's table: "部门整体绩效目标表第2行“…”".</summary>
    public const string DepartmentTableLabel = "部门整体绩效目标表";

    public DocumentContext Document { get; }

    /// <summary>True for the department's table (<see cref="ForDepartment"/>), whose findings are the document's.</summary>
    public bool IsDepartmentTable { get; }

    public BudgetProject Project { get; }

    /// <summary>0-based position in the document.</summary>
    public int Index { get; }

    public IReadOnlyList<RowContext> Rows => RowArray;

    /// <summary>The rows as an array: rules loop over them millions of times, and an array loop allocates nothing.</summary>
    internal RowContext[] RowArray { get; }

    public string NameKey { get; }

    /// <summary>The fields the table's form lacks and that are still empty: not checked, one note instead.</summary>
    public FormFields FormLacks { get; }

    /// <summary>"第3张表《纪委全会经费》" — how findings name the table.</summary>
    public string Label => _label ??= $"第{Project.Sequence}张表《{Project.ProjectName}》";

    /// <summary>What the project is about in its own words (name, 资金用途, 绩效目标, unit), as one key: used to decide
    /// whether e.g. enterprises or the environment concern it at all.</summary>
    public string TextKey => _textKey ??= ChineseText.Key(string.Concat(
        Project.ProjectName, "|", Project.FundUse, "|", Project.UnitName, "|", string.Join("|", Project.Goals.Select(g => g.Text))));

    /// <summary><see cref="TextKey"/> without the phrases in which an ecology or economy word means something else
    /// (营商环境, 安全生产): what TAX-07 reads.</summary>
    public string BenefitTextKey => _benefitTextKey ??= ReviewText.Without(TextKey, Profile.Words.BenefitFalseFriends);

    public ReviewProfile Profile => Document.Profile;

    /// <summary>The project name without years, punctuation and filler words (see Rules/GoalText).</summary>
    internal string NameCore => _nameCore ??= Rules.GoalText.Core(Project.ProjectName, Profile.Words);

    /// <summary><see cref="Rules.GoalText.Core"/> of each 绩效目标, in order (several rules need it).</summary>
    internal IReadOnlyList<string> GoalCores => _goalCores ??= [.. Project.Goals.Select(g => Rules.GoalText.Core(g.Text, Profile.Words))];

    /// <summary>The department's 部门整体支出绩效目标表 as a table the indicator rules can judge, or null when it has no
    /// indicators. Its text (职能, 年度总体目标, 任务) is what TAX-07/TAX-08 ask "does this concern enterprises / the
    /// environment" of; its 预算数 is the 金额合计 (what FIN-04 compares a cost ceiling with). A column no row fills
    /// (绩效指标描述, 指标值确定依据: the 财预〔2015〕88号 form has neither) is taken as one the form lacks.</summary>
    internal static ProjectContext? ForDepartment(DocumentContext document)
    {
        var goals = document.Document.DepartmentGoals;
        if (goals.Indicators.Count == 0)
        {
            return null;
        }

        var lacks = FormFields.None;
        if (goals.Indicators.All(i => i.Description.Trim().Length == 0))
        {
            lacks |= FormFields.Description;
        }

        if (goals.Indicators.All(i => i.TargetBasis.Trim().Length == 0))
        {
            lacks |= FormFields.TargetBasis;
        }

        var table = new BudgetProject
        {
            ProjectName = DepartmentTableLabel,
            UnitName = document.Document.DepartmentName,
            Budget = DepartmentFigures.Total(goals) ?? default,
            Indicators = goals.Indicators,
            FormLacks = lacks,
        };
        var text = string.Join("|", [goals.Duties, goals.OverallGoal, document.Document.DepartmentName, .. goals.Tasks.Select(t => t.Name + t.Content)]);
        return new ProjectContext(document, table, -1, text);
    }
}

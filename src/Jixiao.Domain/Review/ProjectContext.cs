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
    {
        Document = document;
        Project = project;
        Index = index;
        NameKey = ChineseText.Key(project.ProjectName);
        FormLacks = project.StillLacking();
        var rows = new RowContext[project.Indicators.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new RowContext(document, i + 1, project.Indicators[i]);
        }

        RowArray = rows;
    }

    public DocumentContext Document { get; }

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
}

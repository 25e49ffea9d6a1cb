using Jixiao.Domain.Text;
using System.Collections.Concurrent;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Taxonomy;

namespace Jixiao.Domain.Review;

/// <summary>The document under review: its taxonomy and review profiles, optional extra data, and the projects.</summary>
public sealed class DocumentContext
{
    // 一级/二级 names repeat on almost every row; canonicalising each distinct spelling once keeps big reviews fast.
    private readonly ConcurrentDictionary<string, string?> _level1 = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _level2 = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, NameFacts> _names = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, BasisFacts> _bases = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HashSet<string>> _level2Allowed = new(StringComparer.Ordinal);
    private Dictionary<(string, string), decimal>? _weights;
    private Dictionary<(string, string), decimal>? _priorActuals;

    internal DocumentContext(PerformanceDocument document, ReviewProfile profile, ReviewSupplement supplement)
    {
        Document = document;
        Profile = profile;
        Supplement = supplement;
        FormLacks = document.StillLacking();
        Taxonomy = TaxonomyProfile.Find(document.TaxonomyProfile) ?? TaxonomyProfile.A;
        var projects = new ProjectContext[document.Projects.Count];
        ReviewEngine.ForEachProject(projects.Length, i => projects[i] = new ProjectContext(this, document.Projects[i], i));

        Projects = projects;
        DepartmentTable = ProjectContext.ForDepartment(this);
    }

    public PerformanceDocument Document { get; }

    /// <summary><see cref="FormFields.Part1"/> when the file has no Part 1 and none was written in since.</summary>
    public FormFields FormLacks { get; }

    public ReviewProfile Profile { get; }

    public ReviewSupplement Supplement { get; }

    public TaxonomyProfile Taxonomy { get; }

    public IReadOnlyList<ProjectContext> Projects { get; }

    /// <summary>The 部门整体支出绩效目标表's indicator rows as a table the indicator rules judge, or null.</summary>
    public ProjectContext? DepartmentTable { get; }

    /// <summary>The 分值 of an indicator row: the one its table gives (分值/权重 column), else the supplement's, or null.</summary>
    public decimal? WeightOf(ProjectContext project, RowContext row) =>
        row.Indicator.Weight ?? (Supplement.IndicatorWeights.Count > 0 && Weights.TryGetValue((project.Project.ProjectCode, row.NameKey), out var w) ? w : null);

    /// <summary>Last year's actual value of an indicator from the supplement, or null.</summary>
    public decimal? PriorYearActualOf(ProjectContext project, RowContext row) =>
        Supplement.PriorYearActuals.Count > 0 && PriorActuals.TryGetValue((project.Project.ProjectCode, row.NameKey), out var v) ? v : null;

    private Dictionary<(string, string), decimal> Weights => _weights ??= Supplement.IndicatorWeights
        .GroupBy(w => (w.ProjectCode, ChineseText.Key(w.IndicatorName))).ToDictionary(g => g.Key, g => g.Last().Points);

    private Dictionary<(string, string), decimal> PriorActuals => _priorActuals ??= Supplement.PriorYearActuals
        .GroupBy(a => (a.ProjectCode, ChineseText.Key(a.IndicatorName))).ToDictionary(g => g.Key, g => g.Last().Value);

    internal NameFacts NameFactsOf(string nameKey) => _names.GetOrAdd(nameKey, static (k, w) => new NameFacts(k, w), Profile.Words);

    internal BasisFacts BasisFactsOf(string basisKey) => _bases.GetOrAdd(basisKey, static (k, w) => new BasisFacts(k, w), Profile.Words);

    internal string? CanonicalLevel1(string name) =>
        _level1.GetOrAdd(name, static (n, t) => t.CanonicalLevel1(n), Taxonomy);

    /// <summary>The 二级指标 allowed under a canonical 一级指标 (TAX-02 asks on every row; the taxonomy lookup
    /// re-normalises the name and searches a list each time).</summary>
    internal HashSet<string> Level2Allowed(string canonicalLevel1) =>
        _level2Allowed.GetOrAdd(canonicalLevel1, static (n, t) => new HashSet<string>(t.FindLevel1(n)!.Level2, StringComparer.Ordinal), Taxonomy);

    internal string? CanonicalLevel2(string name) =>
        _level2.GetOrAdd(name, static (n, t) => t.CanonicalLevel2(n), Taxonomy);
}

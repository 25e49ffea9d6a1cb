using Jixiao.Domain.Text;
using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Review;

/// <summary>One indicator row with what every rule needs precomputed once: canonical 一级/二级指标 names and the
/// comparison keys (half-width, no spaces) of its text cells.</summary>
public sealed class RowContext
{
    private string? _label;

    private readonly bool _ofDepartment;

    internal RowContext(DocumentContext document, int row, Indicator indicator, bool ofDepartment = false)
    {
        _ofDepartment = ofDepartment;
        Row = row;
        Indicator = indicator;
        Level1 = document.CanonicalLevel1(indicator.Level1);
        Level2 = document.CanonicalLevel2(indicator.Level2);
        NameKey = ChineseText.Key(indicator.Name);
        DescriptionKey = ChineseText.Key(indicator.Description);
        BasisKey = ChineseText.Key(indicator.TargetBasis);
        Name = document.NameFactsOf(NameKey);
        Basis = document.BasisFactsOf(BasisKey);
        IsSatisfaction = Level1 == "满意度指标" || NameKey.Contains("满意", StringComparison.Ordinal);
        var target = indicator.Target;
        if (target.IsQuantitative)
        {
            Unit = target.NormalizedUnit;
            IsPercent = target.UnitInfo.IsPercent;
        }
        else
        {
            TargetKey = ChineseText.Key(target.Text);
        }
    }

    /// <summary>1-based row number within the project's indicator table.</summary>
    public int Row { get; }

    public Indicator Indicator { get; }

    /// <summary>Canonical 一级指标 of the document's taxonomy, or null when the profile does not know it.</summary>
    public string? Level1 { get; }

    /// <summary>Canonical 二级指标, or null when unknown.</summary>
    public string? Level2 { get; }

    public string NameKey { get; }

    internal NameFacts Name { get; }

    internal BasisFacts Basis { get; }

    public string DescriptionKey { get; }

    public string BasisKey { get; }

    public TargetValue Target => Indicator.Target;

    /// <summary>Unit of a quantitative target in canonical form (百分比 → %, 元/人*月 → 元/人·月), else empty.</summary>
    public string Unit { get; } = string.Empty;

    /// <summary>A quantitative target in percent.</summary>
    public bool IsPercent { get; }

    /// <summary>Key of a target that is not quantitative (qualitative, placeholder, unreadable), else empty.</summary>
    public string TargetKey { get; } = string.Empty;

    /// <summary>A satisfaction row: under 满意度指标, or named …满意….</summary>
    public bool IsSatisfaction { get; }

    /// <summary>A cost row: 成本指标 as 二级 (profile A) or 一级 (profile B).</summary>
    public bool IsCost => Level2 == "成本指标" || Level1 == "成本指标";

    /// <summary>A cost row measured in money by nature: 成本指标 of profile A, 经济成本指标 of profile B. 社会成本 and
    /// 生态环境成本 (days of road closure, 亩 of land taken) measure effects that are not money.</summary>
    public bool IsMoneyCost => Level2 is "成本指标" or "经济成本指标" || (Level1 == "成本指标" && Level2 is null);

    /// <summary>"指标第2行“工作质量考核优良率”" — how findings name the row; "第2行“…”" on the department's table,
    /// whose label (部门整体绩效目标表) says already that the row is an indicator's.</summary>
    public string Label => _label ??= _ofDepartment ? $"第{Row}行“{Indicator.Name}”" : $"指标第{Row}行“{Indicator.Name}”";
}

namespace Jixiao.Domain.Goals;

/// <summary>One row of the three-level indicator table (一级/二级/三级指标, 绩效指标描述, 指标值, 指标值确定依据), with
/// the 分值 and the scoring standards when the table gives them and every other column kept under its heading.</summary>
public sealed record Indicator
{
    public string Level1 { get; init; } = string.Empty;

    public string Level2 { get; init; } = string.Empty;

    /// <summary>三级指标.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>绩效指标描述.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>指标值.</summary>
    public TargetValue Target { get; init; } = TargetValue.Empty;

    /// <summary>指标值确定依据.</summary>
    public string TargetBasis { get; init; } = string.Empty;

    /// <summary>分值/权重 of the row, when the table gives one.</summary>
    public decimal? Weight { get; init; }

    /// <summary>评分标准 of the row (评(扣)分标准, 评价标准, or one text per grade 优/良/中/差), by heading.</summary>
    public IReadOnlyList<LabeledText> Standards { get; init; } = [];

    /// <summary>Other columns of the row (备注, 长期指标值, 指标性质 …), by heading.</summary>
    public IReadOnlyList<LabeledText> Extras { get; init; } = [];

    public bool Equals(Indicator? other) =>
        other is not null && Level1 == other.Level1 && Level2 == other.Level2 && Name == other.Name
        && Description == other.Description && Target == other.Target && TargetBasis == other.TargetBasis
        && Weight == other.Weight && Standards.SequenceEqual(other.Standards) && Extras.SequenceEqual(other.Extras);

    public override int GetHashCode() => HashCode.Combine(Level1, Level2, Name, Target.Text);
}

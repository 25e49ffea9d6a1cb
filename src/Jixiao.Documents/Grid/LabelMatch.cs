namespace Jixiao.Documents.Grid;

/// <summary>How sure a <see cref="LabelSet"/> is that a text names a field.</summary>
public enum LabelMatchKind
{
    /// <summary>The text is one of the field's labels (after normalisation).</summary>
    Exact,

    /// <summary>The text is a label with a parenthesised addition ("指标值(包含数字及文字描述)", "二级指标(长期)").</summary>
    Qualified,

    /// <summary>One character differs from a label (OCR noise, a typo): 指标直, 三级指表.</summary>
    Fuzzy,
}

/// <summary>A text recognised as a label: the field it names, how, the addition in parentheses (a unit, 长期/年度)
/// and a confidence between 0 and 1 for the mapping report.</summary>
public sealed record LabelMatch(string Field, LabelMatchKind Kind, string Label, string Qualifier)
{
    public double Confidence => Kind switch
    {
        LabelMatchKind.Exact => 1.0,
        LabelMatchKind.Qualified => 0.9,
        _ => 0.6,
    };
}

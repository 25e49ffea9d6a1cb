namespace Jixiao.Domain.Values;

/// <summary>What a value cell says, as read by <see cref="ValueGrammar"/>.</summary>
public enum ValueShape
{
    /// <summary>Nothing written.</summary>
    Empty,

    /// <summary>An operator (written or implied "="), a number and a unit: "≥95%", "不少于三个", "100余人".</summary>
    Number,

    /// <summary>Two bounds: "80%-90%", "30-45分钟", "≥80%且≤90%".</summary>
    Range,

    /// <summary>A date or deadline: "2024年10月底前", "10月31日前", "第三季度", "≤12月底".</summary>
    Date,

    /// <summary>Words: "效果明显", "较上年提高5%", "≥上年水平".</summary>
    Text,

    /// <summary>A template blank or a non-value: "XX", "××人", "（≧**%）", "待定", "——", "/".</summary>
    Placeholder,

    /// <summary>Starts like a number or an operator but cannot be read: "≥", "≥百分比", "1.2.3%".</summary>
    Invalid,
}

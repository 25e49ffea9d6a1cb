namespace Jixiao.Domain.Goals;

/// <summary>A value a table gives under its own heading that the model has no field for (备注, 长期指标值, 项目属性,
/// an 优/良/中/差 standard), kept with the heading exactly as the table prints it.</summary>
public sealed record LabeledText(string Label, string Text);

namespace Jixiao.Documents.FormReading;

/// <summary>A row of a form that was deliberately not read as an indicator: a template placeholder ("指标2", "……"),
/// an empty 二级 row, a blank row with a label. Shown in every preview so nothing disappears silently.</summary>
public sealed record SkippedRow(string Place, string Text, string Reason)
{
    /// <summary>The reading problem that reports the skip ("“指标2”：模板占位行，…。").</summary>
    public string Message => $"“{Text}”：{Reason}。";

    public override string ToString() => $"{Place}“{Text}”：{Reason}";
}

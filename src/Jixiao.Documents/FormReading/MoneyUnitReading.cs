namespace Jixiao.Documents.FormReading;

/// <summary>The money unit of a form and where it was read ("“项目资金 (元)”，A5"; "指定"); shown in every preview.</summary>
public sealed record MoneyUnitReading(MoneyUnit Unit, string Source)
{
    /// <summary>"金额单位：元（取自“项目资金 (元)”，A5）".</summary>
    public override string ToString() => $"金额单位：{Unit.Name}（{Source}）";
}

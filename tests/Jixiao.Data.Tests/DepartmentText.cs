using Jixiao.Documents;
using Jixiao.Domain.Goals;
using Jixiao.Tests;

namespace Jixiao.Data.Tests;

/// <summary>The repository's department text (tests/Shared/Fixtures: 县文化广电局 2023, 10 projects, 173.67 万元, 90
/// indicator rows) and variations of it.</summary>
internal static class DepartmentText
{
    public const string Region = "139102";
    public const string UnitCode = "317001";
    public const string DepartmentCode = "317";
    public const int Year = 2023;

    private static readonly Lazy<PerformanceDocument> Document = new(() =>
    {
        var result = DocumentFiles.Read(TestFiles.DepartmentTextPath);
        Assert.False(result.HasErrors, string.Join('\n', result.Errors));
        return result.Document;
    });

    public static PerformanceDocument Read() => Document.Value;

    /// <summary>The text with the budget (and fiscal funds) of table <paramref name="index"/> changed by
    /// <paramref name="delta"/>.</summary>
    public static PerformanceDocument WithBudgetChanged(int index, Money delta)
    {
        var d = Read();
        var p = d.Projects[index];
        var changed = p with { Budget = p.Budget + delta, FiscalFunds = p.FiscalFunds is { } f ? f + delta : null };
        return d with { Projects = [.. d.Projects.Select((x, i) => i == index ? changed : x)] };
    }
}

using Jixiao.Documents;
using Jixiao.Domain.Goals;
using Jixiao.Tests;

namespace Jixiao.Data.Tests;

/// <summary>The seed document (定州 2022 纪委: 10 projects, 176.42 万元, 90 indicator rows) and variations of it.</summary>
internal static class Seed
{
    public const string Region = "130682";
    public const string UnitCode = "222001";
    public const int Year = 2022;

    private static readonly Lazy<PerformanceDocument> Document = new(() =>
    {
        var result = DocumentFiles.Read(TestFiles.SeedPath);
        Assert.False(result.HasErrors, string.Join('\n', result.Errors));
        return result.Document;
    });

    public static PerformanceDocument Read() => Document.Value;

    /// <summary>The seed with the budget (and fiscal funds) of table <paramref name="index"/> changed by
    /// <paramref name="delta"/>.</summary>
    public static PerformanceDocument WithBudgetChanged(int index, Money delta)
    {
        var d = Read();
        var p = d.Projects[index];
        var changed = p with { Budget = p.Budget + delta, FiscalFunds = p.FiscalFunds is { } f ? f + delta : null };
        return d with { Projects = [.. d.Projects.Select((x, i) => i == index ? changed : x)] };
    }
}

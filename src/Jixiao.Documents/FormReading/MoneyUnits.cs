namespace Jixiao.Documents.FormReading;

/// <summary>The money units a user may name for a form, and whether a read stopped to ask for one.</summary>
public static class MoneyUnits
{
    public static IReadOnlyList<MoneyUnit> All => FormCellRules.BuiltIn.MoneyUnits;

    /// <summary>True when <paramref name="problem"/> is the reader stopping because the form does not say its money
    /// unit: the page then asks for it instead of only showing the error.</summary>
    public static bool AsksForUnit(ReadProblem problem) =>
        problem.Severity == ProblemSeverity.Error && problem.Message.StartsWith(MoneyUnitDetector.UnknownUnit, StringComparison.Ordinal);
}

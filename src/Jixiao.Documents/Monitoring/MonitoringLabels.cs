using Jixiao.Documents.FormReading;

namespace Jixiao.Documents.Monitoring;

/// <summary>The field names of the 监控表 label data (Monitoring/Data/monitoring-labels.json and the period labels).</summary>
internal static class MonitoringLabels
{
    public const string ProjectName = "ProjectName";
    public const string ProjectCode = "ProjectCode";
    public const string Department = "Department";
    public const string Unit = "Unit";
    public const string FundsTotal = "FundsTotal";
    public const string Breakdown = "Breakdown";
    public const string InitialBudget = "InitialBudget";
    public const string AdjustedBudget = "AdjustedBudget";
    public const string Spent = "Spent";
    public const string ExpectedSpending = "ExpectedSpending";
    public const string Rate = "Rate";
    public const string Light = "Light";
    public const string Expected = "Expected";
    public const string GoalProgress = "GoalProgress";
    public const string Section = "IndicatorsSection";
    public const string Level1 = "Level1";
    public const string Level2 = "Level2";
    public const string Name = "Name";
    public const string Target = "Target";
    public const string Actual = "Actual";
    public const string ExpectedAnnual = "ExpectedAnnual";
    public const string Possibility = "Possibility";
    public const string DeviationCategory = "DeviationCategory";
    public const string DeviationReason = "DeviationReason";
    public const string Measures = "Measures";
    public const string CorrectiveAction = "CorrectiveAction";
    public const string Remark = "Remark";

    private static readonly Lazy<FormLabels> Set = new(() => FormLabels.FromResource("Jixiao.Monitoring.monitoring-labels.json", "Jixiao.Monitoring.monitoring-period-labels.json"));

    public static FormLabels Labels => Set.Value;

    public static readonly string[] MoneyFields = ["Funds", FundsTotal, InitialBudget, AdjustedBudget, Spent, ExpectedSpending];

    public static readonly string[] MoneyColumns = [InitialBudget, AdjustedBudget, Spent, ExpectedSpending, Rate, Light];

    public static readonly string[] IndicatorColumns = [Level1, Level2, Name, Target, Actual, ExpectedAnnual, Possibility, DeviationCategory, DeviationReason, Measures, Remark, Light];
}

using Jixiao.Documents.FormReading;

namespace Jixiao.Documents.Evaluation;

/// <summary>The field names of the 自评表 label data (Evaluation/Data/self-evaluation-labels.json).</summary>
internal static class SelfEvaluationLabels
{
    public const string ProjectName = "ProjectName";
    public const string ProjectCode = "ProjectCode";
    public const string Department = "Department";
    public const string Unit = "Unit";
    public const string Contact = "Contact";
    public const string Funds = "Funds";
    public const string FundsTotal = "FundsTotal";
    public const string Breakdown = "Breakdown";
    public const string InitialBudget = "InitialBudget";
    public const string AdjustedBudget = "AdjustedBudget";
    public const string Spent = "Spent";
    public const string Rate = "Rate";
    public const string BudgetReason = "BudgetReason";
    public const string Goal = "Goal";
    public const string Expected = "Expected";
    public const string Outcome = "Outcome";
    public const string Section = "IndicatorsSection";
    public const string Level1 = "Level1";
    public const string Level2 = "Level2";
    public const string Name = "Name";
    public const string Target = "Target";
    public const string Nature = "Nature";
    public const string MeasureUnit = "MeasureUnit";
    public const string Actual = "Actual";
    public const string Points = "Points";
    public const string Score = "Score";
    public const string ReviewScore = "ReviewScore";
    public const string Coefficient = "Coefficient";
    public const string ReviewTotal = "ReviewTotal";
    public const string DeviationReason = "DeviationReason";
    public const string Total = "Total";
    public const string Grade = "Grade";
    public const string Notes = "Notes";
    public const string DepartmentWide = "DepartmentWide";
    public const string ScoringSheet = "ScoringSheet";

    private static readonly Lazy<FormLabels> Set = new(() => FormLabels.FromResource("Jixiao.Evaluation.self-evaluation-labels.json"));

    public static FormLabels Labels => Set.Value;

    /// <summary>Labels whose parenthesis may declare the money unit.</summary>
    public static readonly string[] MoneyFields = [Funds, FundsTotal, InitialBudget, AdjustedBudget, Spent];

    public static readonly string[] MoneyColumns = [InitialBudget, AdjustedBudget, Spent, Points, Rate, Score, ReviewScore, BudgetReason];

    public static readonly string[] IndicatorColumns = [Level1, Level2, Name, Target, Nature, MeasureUnit, Actual, Points, Score, ReviewScore, DeviationReason];
}

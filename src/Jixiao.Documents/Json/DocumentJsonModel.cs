using System.Text.Json.Serialization;

namespace Jixiao.Documents.Json;

// The stable JSON form of a document (docs/jixiao-document.schema.json). Plain classes, separate from the domain
// records, so the file format changes only on purpose. Money is a string of 万元 so no digit is ever lost.

internal sealed class DocumentDto
{
    public string Format { get; set; } = DocumentJson.FormatId;

    public string Title { get; set; } = string.Empty;

    public int FiscalYear { get; set; }

    public string FiscalYearSource { get; set; } = "unknown";

    public string RegionCode { get; set; } = string.Empty;

    public string RegionSource { get; set; } = "unknown";

    public string DepartmentCode { get; set; } = string.Empty;

    public string DepartmentName { get; set; } = string.Empty;

    public string MoneyUnit { get; set; } = "万元";

    public string TaxonomyProfile { get; set; } = "A";

    public string? TotalBudget { get; set; }

    public DepartmentGoalsDto DepartmentGoals { get; set; } = new();

    public List<ProjectDto> Projects { get; set; } = [];

    /// <summary>The document parts its source form lacks ("part1", "subGoals", "safeguards", "part2"); left out for
    /// none, so files of the full form keep their JSON as it was, and files written before it read as the full form.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? FormLacks { get; set; }
}

internal sealed class DepartmentGoalsDto
{
    public string OverallGoal { get; set; } = string.Empty;

    public List<SubGoalDto> SubGoals { get; set; } = [];

    public List<SafeguardDto> Safeguards { get; set; } = [];

    // A 部门整体支出绩效目标表's parts; left out when Part 1 came as text.

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Duties { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<DepartmentTaskDto>? Tasks { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<DepartmentFundDto>? Funds { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<IndicatorDto>? Indicators { get; set; }
}

internal sealed class DepartmentTaskDto
{
    public string Name { get; set; } = string.Empty;

    public string Content { get; set; } = string.Empty;

    public string? Budget { get; set; }

    public string? FiscalFunds { get; set; }

    public string? OtherFunds { get; set; }
}

internal sealed class DepartmentFundDto
{
    public string Group { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public string? Amount { get; set; }

    public string Share { get; set; } = string.Empty;
}

internal sealed class SubGoalDto
{
    public int Number { get; set; }

    public string Title { get; set; } = string.Empty;

    public string GoalText { get; set; } = string.Empty;

    public string IndicatorText { get; set; } = string.Empty;
}

internal sealed class SafeguardDto
{
    public int Number { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}

internal sealed class ProjectDto
{
    public int Sequence { get; set; }

    public string UnitCode { get; set; } = string.Empty;

    public string UnitName { get; set; } = string.Empty;

    public string MoneyUnit { get; set; } = "万元";

    public string ProjectCode { get; set; } = string.Empty;

    public string ProjectName { get; set; } = string.Empty;

    public string Budget { get; set; } = "0.00";

    public string? FiscalFunds { get; set; }

    public string? OtherFunds { get; set; }

    public string FundUse { get; set; } = string.Empty;

    public List<CheckpointDto> SpendingPlan { get; set; } = [];

    public List<GoalDto> Goals { get; set; } = [];

    public List<IndicatorDto> Indicators { get; set; } = [];

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<LabeledTextDto>? Extras { get; set; }

    /// <summary>The fields the table's form lacks ("unitCode", "fundUse" …); left out for none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? FormLacks { get; set; }
}

internal sealed class LabeledTextDto
{
    public string Label { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}

internal sealed class CheckpointDto
{
    public int Month { get; set; }

    public decimal CumulativePercent { get; set; }
}

internal sealed class GoalDto
{
    public int Number { get; set; }

    public string Text { get; set; } = string.Empty;
}

internal sealed class IndicatorDto
{
    public string Level1 { get; set; } = string.Empty;

    public string Level2 { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public TargetDto Target { get; set; } = new();

    public string TargetBasis { get; set; } = string.Empty;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Weight { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<LabeledTextDto>? Standards { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<LabeledTextDto>? Extras { get; set; }
}

/// <summary>The target as written (<see cref="Text"/>, authoritative) and as parsed (output only, recomputed on read).</summary>
internal sealed class TargetDto
{
    public string Text { get; set; } = string.Empty;

    public string? Kind { get; set; }

    public string? Comparator { get; set; }

    public decimal? Number { get; set; }

    /// <summary>The upper bound of a range ("80%-90%"); left out for other values, so existing files do not change.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Upper { get; set; }

    public string? Unit { get; set; }

    public string? Problem { get; set; }
}

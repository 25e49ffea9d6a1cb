using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Json;

/// <summary>
/// The documented JSON form of a <see cref="PerformanceDocument"/> (schema: docs/jixiao-document.schema.json):
/// camelCase, money as strings of 万元 ("19.56"), percentages as exact JSON numbers, and each target as its text
/// plus the parsed parts. Reading takes the target text as the truth and parses it again.
/// </summary>
public static class DocumentJson
{
    public const string FormatId = "jixiao.document/1";

    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static string Write(PerformanceDocument document) => JsonSerializer.Serialize(ToDto(document), Options);

    /// <summary>The same JSON form as <see cref="Write"/>, as UTF-8 into <paramref name="utf8"/> (no string in between).</summary>
    public static void Write(PerformanceDocument document, IBufferWriter<byte> utf8)
    {
        using var writer = new Utf8JsonWriter(utf8, new JsonWriterOptions { Indented = Options.WriteIndented, Encoder = Options.Encoder });
        JsonSerializer.Serialize(writer, ToDto(document), Options);
    }

    /// <summary>Reads the JSON form; problems (bad money, unknown format) are reported like any other reader's.</summary>
    public static ReadResult Read(string json, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        return Read(() => JsonSerializer.Deserialize<DocumentDto>(json, Options), options);
    }

    /// <summary>As <see cref="Read(string, ReadOptions?)"/> from the file's UTF-8 bytes (without a byte-order mark),
    /// which the parser reads as they are: no string of the whole file, nor its bytes made again from it.</summary>
    public static ReadResult Read(ReadOnlyMemory<byte> utf8Json, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        return Read(() => JsonSerializer.Deserialize<DocumentDto>(utf8Json.Span, Options), options);
    }

    private static ReadResult Read(Func<DocumentDto?> deserialize, ReadOptions options)
    {
        var problems = new List<ReadProblem>();
        DocumentDto? dto;
        try
        {
            dto = deserialize();
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"第 {line + 1} 行" : "未知位置";
            problems.Add(new ReadProblem(ProblemSeverity.Error, $"JSON 格式错误（{where}）：{ex.Message}") { File = options.FileName, Line = (int?)ex.LineNumber + 1 });
            return new ReadResult(new PerformanceDocument(), problems);
        }

        if (dto is null)
        {
            problems.Add(new ReadProblem(ProblemSeverity.Error, "JSON 文件为空。") { File = options.FileName });
            return new ReadResult(new PerformanceDocument(), problems);
        }

        if (dto.Format != FormatId)
        {
            problems.Add(new ReadProblem(ProblemSeverity.Error, $"不支持的 JSON 格式“{dto.Format}”，应为“{FormatId}”。") { File = options.FileName });
            return new ReadResult(new PerformanceDocument(), problems);
        }

        var document = FromDto(dto, options, problems);
        if (options.FiscalYear is not null || options.RegionCode is not null)
        {
            document = DocumentFacts.Complete(document, options with { TaxonomyProfile = document.TaxonomyProfile }, problems);
        }

        return new ReadResult(document, problems);
    }

    private static DocumentDto ToDto(PerformanceDocument d) => new()
    {
        Title = d.Title,
        FiscalYear = d.FiscalYear,
        FiscalYearSource = SourceName(d.FiscalYearSource),
        RegionCode = d.RegionCode,
        RegionSource = SourceName(d.RegionSource),
        DepartmentCode = d.DepartmentCode,
        DepartmentName = d.DepartmentName,
        MoneyUnit = d.MoneyUnit,
        TaxonomyProfile = d.TaxonomyProfile,
        TotalBudget = d.TotalBudget.ToWanYuanString(),
        DepartmentGoals = new DepartmentGoalsDto
        {
            OverallGoal = d.DepartmentGoals.OverallGoal,
            SubGoals = [.. d.DepartmentGoals.SubGoals.Select(s => new SubGoalDto { Number = s.Number, Title = s.Title, GoalText = s.GoalText, IndicatorText = s.IndicatorText })],
            Safeguards = [.. d.DepartmentGoals.Safeguards.Select(s => new SafeguardDto { Number = s.Number, Title = s.Title, Text = s.Text })],
        }.WithTable(d.DepartmentGoals),
        Projects = [.. d.Projects.Select(ToDto)],
        FormLacks = FormLacksJson.Write(d.FormLacks),
    };

    private static ProjectDto ToDto(BudgetProject p) => new()
    {
        Sequence = p.Sequence,
        UnitCode = p.UnitCode,
        UnitName = p.UnitName,
        MoneyUnit = p.MoneyUnit,
        ProjectCode = p.ProjectCode,
        ProjectName = p.ProjectName,
        Budget = p.Budget.ToWanYuanString(),
        FiscalFunds = p.FiscalFunds?.ToWanYuanString(),
        OtherFunds = p.OtherFunds?.ToWanYuanString(),
        FundUse = p.FundUse,
        SpendingPlan = [.. p.SpendingPlan.Checkpoints.Select(c => new CheckpointDto { Month = c.Month, CumulativePercent = c.CumulativePercent })],
        Goals = [.. p.Goals.Select(g => new GoalDto { Number = g.Number, Text = g.Text })],
        Indicators = [.. p.Indicators.Select(ToDto)],
        Extras = ToDto(p.Extras),
        FormLacks = FormLacksJson.Write(p.FormLacks),
    };

    internal static IndicatorDto ToDto(Indicator i) => new()
    {
        Level1 = i.Level1,
        Level2 = i.Level2,
        Name = i.Name,
        Description = i.Description,
        Target = ToDto(i.Target),
        TargetBasis = i.TargetBasis,
        Weight = i.Weight,
        Standards = ToDto(i.Standards),
        Extras = ToDto(i.Extras),
    };

    internal static Indicator FromDto(IndicatorDto i) => new()
    {
        Level1 = i.Level1 ?? "",
        Level2 = i.Level2 ?? "",
        Name = i.Name ?? "",
        Description = i.Description ?? "",
        Target = TargetValue.Parse(i.Target?.Text),
        TargetBasis = i.TargetBasis ?? "",
        Weight = i.Weight,
        Standards = FromDto(i.Standards),
        Extras = FromDto(i.Extras),
    };

    /// <summary>Null for none, so documents without such columns keep their JSON as it was.</summary>
    private static List<LabeledTextDto>? ToDto(IReadOnlyList<LabeledText> values) =>
        values.Count == 0 ? null : [.. values.Select(v => new LabeledTextDto { Label = v.Label, Text = v.Text })];

    private static List<LabeledText> FromDto(List<LabeledTextDto>? values) =>
        [.. (values ?? []).Select(v => new LabeledText(v.Label ?? string.Empty, v.Text ?? string.Empty))];

    private static TargetDto ToDto(TargetValue t) => new()
    {
        Text = t.Text,
        Kind = t.Kind.ToString().ToLowerInvariant(),
        Comparator = t.IsQuantitative ? t.Comparator.Symbol() : null,
        Number = t.Number,
        Upper = t.Upper,
        Unit = t.IsQuantitative ? t.Unit : null,
        Problem = t.Problem,
    };

    private static PerformanceDocument FromDto(DocumentDto d, ReadOptions options, List<ReadProblem> problems) => new()
    {
        Title = d.Title ?? string.Empty,
        FiscalYear = d.FiscalYear,
        FiscalYearSource = ParseSource(d.FiscalYearSource),
        RegionCode = d.RegionCode ?? string.Empty,
        RegionSource = ParseSource(d.RegionSource),
        DepartmentCode = d.DepartmentCode ?? string.Empty,
        DepartmentName = d.DepartmentName ?? string.Empty,
        MoneyUnit = d.MoneyUnit ?? "万元",
        TaxonomyProfile = d.TaxonomyProfile ?? "A",
        DepartmentGoals = new DepartmentGoals
        {
            OverallGoal = d.DepartmentGoals?.OverallGoal ?? string.Empty,
            SubGoals = [.. (d.DepartmentGoals?.SubGoals ?? []).Select(s => new SubGoal { Number = s.Number, Title = s.Title ?? "", GoalText = s.GoalText ?? "", IndicatorText = s.IndicatorText ?? "" })],
            Safeguards = [.. (d.DepartmentGoals?.Safeguards ?? []).Select(s => new Safeguard { Number = s.Number, Title = s.Title ?? "", Text = s.Text ?? "" })],
        }.WithTable(d.DepartmentGoals, options, problems),
        Projects = [.. (d.Projects ?? []).Select((p, i) => FromDto(p, i, options, problems))],
        FormLacks = FormLacksJson.Read(d.FormLacks, "文档", options, problems),
    };

    private static BudgetProject FromDto(ProjectDto p, int index, ReadOptions options, List<ReadProblem> problems)
    {
        Money? ReadMoney(string? text, string field, bool required)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                if (required)
                {
                    problems.Add(Problem(p, index, options, field, $"{field}为空。"));
                }

                return null;
            }

            if (Money.TryParseWanYuan(text, out var money, out var problem))
            {
                return money;
            }

            problems.Add(Problem(p, index, options, field, $"{field}：{problem}。"));
            return null;
        }

        return new BudgetProject
        {
            Sequence = p.Sequence,
            UnitCode = p.UnitCode ?? "",
            UnitName = p.UnitName ?? "",
            MoneyUnit = p.MoneyUnit ?? "万元",
            ProjectCode = p.ProjectCode ?? "",
            ProjectName = p.ProjectName ?? "",
            Budget = ReadMoney(p.Budget, "预算数", required: true) ?? Money.Zero,
            FiscalFunds = ReadMoney(p.FiscalFunds, "财政资金", required: false),
            OtherFunds = ReadMoney(p.OtherFunds, "其他资金", required: false),
            FundUse = p.FundUse ?? "",
            SpendingPlan = new SpendingPlan((p.SpendingPlan ?? []).Select(c => new SpendingCheckpoint(c.Month, c.CumulativePercent))),
            Goals = [.. (p.Goals ?? []).Select(g => new Goal(g.Number, g.Text ?? ""))],
            Indicators = [.. (p.Indicators ?? []).Select(FromDto)],
            Extras = FromDto(p.Extras),
            FormLacks = FormLacksJson.Read(p.FormLacks, $"第 {(p.Sequence > 0 ? p.Sequence : index + 1)} 张项目表", options, problems),
        };
    }

    private static ReadProblem Problem(ProjectDto p, int index, ReadOptions options, string field, string message) =>
        new(ProblemSeverity.Error, message) { File = options.FileName, TableNumber = p.Sequence > 0 ? p.Sequence : index + 1, TableName = p.ProjectName, Cell = field };

    private static string SourceName(ValueSource source) => source switch
    {
        ValueSource.Title => "title",
        ValueSource.ProjectCode => "projectCode",
        ValueSource.Option => "option",
        _ => "unknown",
    };

    private static ValueSource ParseSource(string? name) => name switch
    {
        "title" => ValueSource.Title,
        "projectCode" => ValueSource.ProjectCode,
        "option" => ValueSource.Option,
        _ => ValueSource.Unknown,
    };
}

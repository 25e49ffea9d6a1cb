using System.Text.Json;
using Jixiao.Domain.Goals;

namespace Jixiao.Data.Mapping;

/// <summary>What a 部门整体支出绩效目标表 adds to Part 1 — 部门职能, 年度主要任务, the department's funds and its
/// indicator rows — stored as one JSON text column of the document, or empty for none. Part 1 is read and written
/// whole with its document, never queried by row, so one column keeps a document's load at its one statement.
/// Amounts are whole fen (exact); a target is kept as written and read again by the value grammar.</summary>
public static class DepartmentTableJson
{
    private static JsonSerializerOptions Options => LabeledTextJson.Options;

    public static string Write(DepartmentGoals goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        if (!goals.HasTable)
        {
            return string.Empty;
        }

        var table = new Table(
            goals.Duties,
            [.. goals.Tasks.Select(t => new TaskRow(t.Name, t.Content, t.Budget?.Fen, t.FiscalFunds?.Fen, t.OtherFunds?.Fen))],
            [.. goals.Funds.Select(f => new Fund(f.Group, f.Label, f.Amount?.Fen, f.Share))],
            [.. goals.Indicators.Select(i => new Row(i.Level1, i.Level2, i.Name, i.Description, i.Target.Text, i.TargetBasis, i.Weight,
                Labeled(i.Standards), Labeled(i.Extras)))]);
        return JsonSerializer.Serialize(table, Options);
    }

    /// <summary>Fills in <paramref name="goals"/> (the overall goal, sub-goals and safeguards as stored in their own
    /// columns) with the table's parts.</summary>
    public static DepartmentGoals Read(string json, DepartmentGoals goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        if (string.IsNullOrEmpty(json) || JsonSerializer.Deserialize<Table>(json, Options) is not { } table)
        {
            return goals;
        }

        return goals with
        {
            Duties = table.Duties ?? string.Empty,
            Tasks = [.. (table.Tasks ?? []).Select(t => new DepartmentTask
            {
                Name = t.Name ?? string.Empty,
                Content = t.Content ?? string.Empty,
                Budget = Fen(t.BudgetFen),
                FiscalFunds = Fen(t.FiscalFen),
                OtherFunds = Fen(t.OtherFen),
            })],
            Funds = [.. (table.Funds ?? []).Select(f => new DepartmentFund
            {
                Group = f.Group ?? string.Empty,
                Label = f.Label ?? string.Empty,
                Amount = Fen(f.AmountFen),
                Share = f.Share ?? string.Empty,
            })],
            Indicators = [.. (table.Indicators ?? []).Select(r => new Indicator
            {
                Level1 = r.Level1 ?? string.Empty,
                Level2 = r.Level2 ?? string.Empty,
                Name = r.Name ?? string.Empty,
                Description = r.Description ?? string.Empty,
                Target = TargetValue.Parse(r.Target),
                TargetBasis = r.TargetBasis ?? string.Empty,
                Weight = r.Weight,
                Standards = Texts(r.Standards),
                Extras = Texts(r.Extras),
            })],
        };
    }

    private static Money? Fen(long? fen) => fen is { } f ? new Money(f) : null;

    private static List<Item>? Labeled(IReadOnlyList<LabeledText> values) => values.Count == 0 ? null : [.. values.Select(v => new Item(v.Label, v.Text))];

    private static IReadOnlyList<LabeledText> Texts(List<Item>? items) =>
        items is null ? [] : [.. items.Select(i => new LabeledText(i.Label ?? string.Empty, i.Text ?? string.Empty))];

    private sealed record Table(string? Duties, List<TaskRow>? Tasks, List<Fund>? Funds, List<Row>? Indicators);

    private sealed record TaskRow(string? Name, string? Content, long? BudgetFen, long? FiscalFen, long? OtherFen);

    private sealed record Fund(string? Group, string? Label, long? AmountFen, string? Share);

    private sealed record Row(string? Level1, string? Level2, string? Name, string? Description, string? Target, string? TargetBasis,
        decimal? Weight, List<Item>? Standards, List<Item>? Extras);

    private sealed record Item(string? Label, string? Text);
}

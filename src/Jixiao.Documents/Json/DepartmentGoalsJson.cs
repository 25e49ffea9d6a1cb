using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Json;

/// <summary>The parts of a 部门整体支出绩效目标表 in the JSON form of Part 1 — 部门职能, 年度主要任务, the department's
/// funds and its indicator rows — left out when Part 1 came as text (files written before them read as text).
/// Amounts are strings of 万元 as everywhere in the format, so every fen is kept.</summary>
internal static class DepartmentGoalsJson
{
    public static DepartmentGoalsDto WithTable(this DepartmentGoalsDto dto, DepartmentGoals goals)
    {
        if (!goals.HasTable)
        {
            return dto;
        }

        dto.Duties = goals.Duties;
        dto.Tasks = [.. goals.Tasks.Select(t => new DepartmentTaskDto
        {
            Name = t.Name, Content = t.Content, Budget = t.Budget?.ToWanYuanString(), FiscalFunds = t.FiscalFunds?.ToWanYuanString(),
            OtherFunds = t.OtherFunds?.ToWanYuanString(),
        })];
        dto.Funds = [.. goals.Funds.Select(f => new DepartmentFundDto { Group = f.Group, Label = f.Label, Amount = f.Amount?.ToWanYuanString(), Share = f.Share })];
        dto.Indicators = [.. goals.Indicators.Select(DocumentJson.ToDto)];
        return dto;
    }

    public static DepartmentGoals WithTable(this DepartmentGoals goals, DepartmentGoalsDto? dto, ReadOptions options, List<ReadProblem> problems)
    {
        if (dto is null)
        {
            return goals;
        }

        Money? Amount(string? text, string where, string field)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (Money.TryParseWanYuan(text, out var money, out var problem))
            {
                return money;
            }

            problems.Add(new ReadProblem(ProblemSeverity.Error, $"部门整体支出绩效目标表{where}的{field}：{problem}。请改正该金额（万元）后重新导入。")
            {
                File = options.FileName, Cell = field,
            });
            return null;
        }

        return goals with
        {
            Duties = dto.Duties ?? string.Empty,
            Tasks = [.. (dto.Tasks ?? []).Select((t, i) => new DepartmentTask
            {
                Name = t.Name ?? string.Empty,
                Content = t.Content ?? string.Empty,
                Budget = Amount(t.Budget, $"年度主要任务第 {i + 1} 项", "预算金额"),
                FiscalFunds = Amount(t.FiscalFunds, $"年度主要任务第 {i + 1} 项", "财政拨款"),
                OtherFunds = Amount(t.OtherFunds, $"年度主要任务第 {i + 1} 项", "其他资金"),
            })],
            Funds = [.. (dto.Funds ?? []).Select((f, i) => new DepartmentFund
            {
                Group = f.Group ?? string.Empty,
                Label = f.Label ?? string.Empty,
                Amount = Amount(f.Amount, $"资金第 {i + 1} 项（{f.Label}）", "金额"),
                Share = f.Share ?? string.Empty,
            })],
            Indicators = [.. (dto.Indicators ?? []).Select(DocumentJson.FromDto)],
        };
    }
}

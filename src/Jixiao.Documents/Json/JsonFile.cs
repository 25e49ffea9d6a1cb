using System.Text.Json;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Json;

/// <summary>Reading a Jixiao JSON file into its DTO: syntax errors and a wrong "format" become located problems, and
/// money and target cells are read with their field named.</summary>
internal static class JsonFile
{
    public static TDto? Read<TDto>(string json, string? fileName, string formatId, Func<TDto, string?> format, List<ReadProblem> problems)
        where TDto : class
    {
        TDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<TDto>(json, DocumentJson.Options);
        }
        catch (JsonException ex)
        {
            var line = (int?)ex.LineNumber + 1;
            problems.Add(new ReadProblem(ProblemSeverity.Error, $"JSON 格式错误（{(line is null ? "未知位置" : $"第 {line} 行")}）：{ex.Message}") { File = fileName, Line = line });
            return null;
        }

        if (dto is null)
        {
            problems.Add(new ReadProblem(ProblemSeverity.Error, "JSON 文件为空。") { File = fileName });
            return null;
        }

        if (format(dto) != formatId)
        {
            problems.Add(new ReadProblem(ProblemSeverity.Error, $"不支持的 JSON 格式“{format(dto)}”，应为“{formatId}”。") { File = fileName, Cell = "format" });
            return null;
        }

        return dto;
    }

    /// <summary>An amount in 万元 written as a string ("19.56"); a problem naming <paramref name="field"/> when it is
    /// missing (and required) or not an amount.</summary>
    public static Money? Money(string? text, string field, bool required, string? fileName, List<ReadProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                problems.Add(new ReadProblem(ProblemSeverity.Error, $"{field}为空。") { File = fileName, Cell = field });
            }

            return null;
        }

        if (Domain.Goals.Money.TryParseWanYuan(text, out var money, out var problem))
        {
            return money;
        }

        problems.Add(new ReadProblem(ProblemSeverity.Error, $"{field}：{problem}。") { File = fileName, Cell = field });
        return null;
    }

    public static string? OptionalMoney(Money? money) => money?.ToWanYuanString();
}

using System.Text.Json;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Json;

/// <summary>What a form lacks (<see cref="FormFields"/>) in the JSON form: the flags' names in camelCase
/// ("part1", "fundUse"), left out for none. A name this version does not know is an error, not ignored: the review
/// would otherwise count as a defect what the form never asked for.</summary>
internal static class FormLacksJson
{
    private static readonly FormFields[] Flags = [.. Enum.GetValues<FormFields>().Where(f => f != FormFields.None)];

    public static List<string>? Write(FormFields lacks) =>
        lacks == FormFields.None ? null : [.. Flags.Where(f => (lacks & f) != 0).Select(Name)];

    public static FormFields Read(List<string>? names, string where, ReadOptions options, List<ReadProblem> problems)
    {
        var lacks = FormFields.None;
        foreach (var name in names ?? [])
        {
            var flag = Flags.FirstOrDefault(f => Name(f) == name);
            if (flag == FormFields.None)
            {
                problems.Add(new ReadProblem(ProblemSeverity.Error,
                    $"{where}的 formLacks 中有无法识别的值“{name}”，可用的值：{string.Join("、", Flags.Select(Name))}。请改正或删去该值后重新导入。")
                { File = options.FileName });
                continue;
            }

            lacks |= flag;
        }

        return lacks;
    }

    private static string Name(FormFields flag) => JsonNamingPolicy.CamelCase.ConvertName(flag.ToString());
}

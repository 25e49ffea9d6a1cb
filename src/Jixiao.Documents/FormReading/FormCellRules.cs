using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Documents.Grid;

namespace Jixiao.Documents.FormReading;

/// <summary>The conventions of filled-in forms kept as data (FormReading/Data/form-cells.json): what counts as an
/// empty cell, a template prompt, a placeholder row, and the money units.</summary>
internal sealed class FormCellRules
{
    private static readonly Lazy<FormCellRules> BuiltInRules = new(() => Load("Jixiao.FormReading.form-cells.json"));

    private readonly HashSet<string> _placeholders;
    private readonly HashSet<string> _emptyTexts;
    private readonly Regex[] _prompts;
    private readonly Regex[] _placeholderNames;
    private readonly Regex[] _namePrefixes;
    private readonly Dictionary<string, Domain.Grade> _grades;

    private FormCellRules(JsonElement root)
    {
        _placeholders = Set(root, "placeholders");
        _emptyTexts = Set(root, "emptyTexts");
        _prompts = Patterns(root, "prompts");
        _placeholderNames = Patterns(root, "placeholderNames");
        _namePrefixes = Patterns(root, "namePrefixes");
        MoneyUnits = root.GetProperty("moneyUnits").EnumerateObject().Select(p => new MoneyUnit(p.Name, p.Value.GetInt64())).ToList();
        _grades = [];
        foreach (var grade in root.GetProperty("grades").EnumerateObject())
        {
            var value = Domain.GradeExtensions.FromChinese(grade.Name) ?? throw new FormatException($"等级“{grade.Name}”无效");
            foreach (var word in grade.Value.EnumerateArray())
            {
                _grades[GridText.Key(word.GetString() ?? string.Empty)] = value;
            }
        }
    }

    public static FormCellRules BuiltIn => BuiltInRules.Value;

    public IReadOnlyList<MoneyUnit> MoneyUnits { get; }

    public bool IsPlaceholder(string text) => _placeholders.Contains(GridText.Key(text));

    /// <summary>A template's own instruction left in a text cell ("……(100字以内)").</summary>
    public bool IsPrompt(string text) => _prompts.Any(p => p.IsMatch(text));

    /// <summary>Text of an explanation cell (偏差原因, 改进措施) that says nothing: a placeholder, "0", a prompt.</summary>
    public bool IsEmptyText(string text) => text.Length == 0 || IsPlaceholder(text) || _emptyTexts.Contains(GridText.Key(text)) || IsPrompt(text);

    /// <summary>A template's placeholder row name: "指标2", "……".</summary>
    public bool IsPlaceholderName(string name) => _placeholderNames.Any(p => p.IsMatch(GridText.Key(name)));

    /// <summary>"指标1工程资金金额" → "工程资金金额".</summary>
    public string WithoutNumbering(string name)
    {
        foreach (var prefix in _namePrefixes)
        {
            var stripped = prefix.Replace(name, string.Empty, 1);
            if (!ReferenceEquals(stripped, name) && stripped.Length > 0 && stripped != name)
            {
                return stripped;
            }
        }

        return name;
    }

    public Domain.Grade? GradeOf(string text) => _grades.TryGetValue(GridText.Key(text), out var grade) ? grade : null;

    private static FormCellRules Load(string resource)
    {
        using var stream = typeof(FormCellRules).Assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"{resource} is not embedded");
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return new FormCellRules(document.RootElement.Clone());
    }

    private static HashSet<string> Set(JsonElement root, string name) =>
        [.. root.GetProperty(name).EnumerateArray().Select(e => GridText.Key(e.GetString() ?? string.Empty))];

    private static Regex[] Patterns(JsonElement root, string name) =>
        [.. root.GetProperty(name).EnumerateArray().Select(e => new Regex(e.GetString() ?? "$^", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))];
}

using System.Text.Json.Serialization;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Evaluation;

/// <summary>
/// The words units write as a 定性 actual value (达成 / 已完成 / 是 / 有效 / 基本达成 / 未达成 …) and the grade each
/// names, kept as data (Evaluation/Profiles/qualitative-words.json). Only whole-cell matches count: a reading that
/// needs a guess is no reading, so the row stays unscored rather than misread.
/// </summary>
public sealed class QualitativeWords
{
    private static readonly Lazy<QualitativeWords> BuiltInWords = new(() => FromJson(ProfileJson.ReadResource("Jixiao.Scoring.qualitative-words.json")));

    private readonly Dictionary<string, QualitativeGrade> _grades = new(StringComparer.Ordinal);

    private QualitativeWords()
    {
    }

    public static QualitativeWords BuiltIn => BuiltInWords.Value;

    /// <summary>The grade <paramref name="actual"/> names, or null. An actual written exactly as a qualitative
    /// <paramref name="target"/> (指标值“显著提升”, 实际“显著提升”) states that the target was reached.</summary>
    public QualitativeGrade? GradeOf(string actual, string? target = null)
    {
        var key = Key(actual);
        if (key.Length == 0)
        {
            return null;
        }

        if (_grades.TryGetValue(key, out var grade))
        {
            return grade;
        }

        return target is not null && Key(target) == key ? QualitativeGrade.Achieved : null;
    }

    /// <summary>Every word of <paramref name="grade"/>, as written in the data file.</summary>
    public IReadOnlyList<string> WordsOf(QualitativeGrade grade) => [.. _grades.Where(g => g.Value == grade).Select(g => g.Key)];

    public static QualitativeWords FromJson(string json)
    {
        var dto = ProfileJson.Deserialize<WordsDto>(json, "定性说法");
        var words = new QualitativeWords();
        foreach (var (grade, list) in new[] { (QualitativeGrade.NotAchieved, dto.NotAchieved), (QualitativeGrade.Partial, dto.Partial), (QualitativeGrade.Achieved, dto.Achieved) })
        {
            foreach (var word in list ?? [])
            {
                // A word listed under two grades would make the reading depend on file order: refuse it.
                if (!words._grades.TryAdd(Key(word), grade) && words._grades[Key(word)] != grade)
                {
                    throw new FormatException($"定性说法“{word}”同时列在两个等级中。");
                }
            }
        }

        return words;
    }

    /// <summary>Half-width, no spaces, without sentence-final punctuation ("已完成。" is "已完成").</summary>
    private static string Key(string text) => ChineseText.Key(text).TrimEnd('。', '.', '，', ',', '；', ';', '！', '!');

    private sealed class WordsDto
    {
        [JsonPropertyName("achieved")]
        public List<string>? Achieved { get; set; }

        [JsonPropertyName("partial")]
        public List<string>? Partial { get; set; }

        [JsonPropertyName("notAchieved")]
        public List<string>? NotAchieved { get; set; }
    }
}

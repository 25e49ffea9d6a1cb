using System.Globalization;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Values;

namespace Jixiao.Domain.Tests.Values;

/// <summary>The value table (Fixtures/Values/real-values.tsv): value strings copied from published goal tables,
/// self-evaluation tables and notices, each with the reading the grammar must give. Sources: README.md beside it.</summary>
public class RealValueTableTests
{
    private static readonly Lazy<List<ValueRow>> Rows = new(Load);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Grammar_ReadsPublishedValue(int line, string batch, string text, string expected, string extra)
    {
        var reading = text.StartsWith("parts:", StringComparison.Ordinal) ? FromParts(text) : ValueGrammar.Parse(text);
        var actual = Describe(reading);
        Assert.True(expected == actual, $"第 {line} 行（批次 {batch}）“{text}”：期望 {expected}，实际 {actual}");
        foreach (var check in extra.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = check.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (check[..eq], check[(eq + 1)..]) : (check, "");
            var ok = key switch
            {
                "fen" => reading.Fen == long.Parse(value, CultureInfo.InvariantCulture),
                "perfen" => reading.Unit.FenPerUnit == long.Parse(value, CultureInfo.InvariantCulture) && !reading.Unit.IsMoney,
                "known" => reading.Unit.IsKnown,
                "unknown" => !reading.Unit.IsKnown,
                "unit" => reading.Unit.Dimension.ToString() == value,
                "note" => reading.Note == value,
                _ => throw new InvalidOperationException($"第 {line} 行：未知的附加检查“{key}”"),
            };
            Assert.True(ok, $"第 {line} 行“{text}”：附加检查 {check} 不成立（分 {reading.Fen}，单价分 {reading.Unit.FenPerUnit}，单位 {reading.Unit.Dimension}/{(reading.Unit.IsKnown ? "已知" : "未知")}，备注“{reading.Note}”）");
        }
    }

    [Fact]
    public void EverySavedValue_ReadsBackTheSame()
    {
        // The edit form and the API store the text as written and read it again on every load; the canonical form
        // (shown in reports and compared across tables) reads back to itself.
        Assert.All(Rows.Value.Where(r => !r.Text.StartsWith("parts:", StringComparison.Ordinal)), r =>
        {
            var first = TargetValue.Parse(r.Text);
            Assert.Equal(first, TargetValue.Parse(first.Text));
            if (first.IsQuantitative)
            {
                var canonical = first.ToCanonicalString();
                Assert.True(canonical == TargetValue.Parse(canonical).ToCanonicalString(), $"“{r.Text}” → “{canonical}” 读回后不同");
            }
        });
    }

    [Fact]
    public void Table_HasAtLeast300ValuesFromPublishedDocuments()
    {
        var published = Rows.Value.Count(r => r.Batch != "AJ");
        Assert.True(published >= 300, $"表中来自公开文件的指标值只有 {published} 条");
    }

    [Fact]
    public void Table_EveryBatchNamesItsSource()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Values", "README.md"));
        Assert.All(Rows.Value.Select(r => r.Batch).Distinct(), b => Assert.Contains($"| {b} |", readme, StringComparison.Ordinal));
    }

    public static TheoryData<int, string, string, string, string> Cases()
    {
        var data = new TheoryData<int, string, string, string, string>();
        foreach (var r in Rows.Value)
        {
            data.Add(r.Line, r.Batch, r.Text, r.Expected, r.Extra);
        }

        return data;
    }

    /// <summary>"num ≥95%", "range 80~90%", "date ≤10月底", "text", "placeholder", "invalid", "empty".</summary>
    private static string Describe(ValueReading r) => r.Shape switch
    {
        ValueShape.Number => "num " + r.ToCanonicalString(),
        ValueShape.Range => "range " + r.ToCanonicalString(),
        ValueShape.Date => "date " + r.ToCanonicalString(),
        var other => other.ToString().ToLowerInvariant(),
    };

    private static ValueReading FromParts(string text)
    {
        var parts = text["parts:".Length..].Split('|');
        return TargetValue.FromParts(parts[0], parts[1], parts[2]).Reading;
    }

    private static List<ValueRow> Load()
    {
        var rows = new List<ValueRow>();
        var batch = string.Empty;
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Values", "real-values.tsv"));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            if (line.StartsWith('@'))
            {
                batch = line[1..].Split(' ')[0];
                continue;
            }

            var cells = line.Split('\t');
            rows.Add(new ValueRow(i + 1, batch, cells[0], cells[1], cells.Length > 2 ? cells[2] : string.Empty));
        }

        return rows;
    }

    private sealed record ValueRow(int Line, string Batch, string Text, string Expected, string Extra);
}

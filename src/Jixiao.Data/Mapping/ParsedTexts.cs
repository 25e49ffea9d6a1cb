using Jixiao.Domain.Goals;

namespace Jixiao.Data.Mapping;

/// <summary>
/// The stored texts a read turns into domain values once per distinct text: targets (parsing is most of the cost of
/// rebuilding a row) and labelled texts (评分标准, extra columns, stored as JSON). A region's tables repeat the same
/// few thousand targets and standards, so documents read together share one instance. The values handed out are
/// immutable and shared between the rows that hold the same text.
/// </summary>
public sealed class ParsedTexts
{
    private readonly Dictionary<string, TargetValue> targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<LabeledText>> labeled = new(StringComparer.Ordinal);

    public TargetValue Target(string text)
    {
        if (!targets.TryGetValue(text, out var target))
        {
            target = TargetValue.Parse(text);
            targets.Add(text, target);
        }

        return target;
    }

    /// <summary>The labelled texts of <paramref name="json"/> (<see cref="LabeledTextJson"/>).</summary>
    public IReadOnlyList<LabeledText> Labeled(string json)
    {
        if (json.Length == 0)
        {
            return [];
        }

        if (!labeled.TryGetValue(json, out var values))
        {
            values = LabeledTextJson.Read(json);
            labeled.Add(json, values);
        }

        return values;
    }
}

using Jixiao.Data.Entities;
using Jixiao.Domain.Goals;

namespace Jixiao.Data.Mapping;

/// <summary>An indicator row both ways. The target is stored as written and as parsed; reading it back parses
/// the written text again, so the domain value is exactly what the reader produced.</summary>
public static class IndicatorMapping
{
    public static ProjectIndicator ToEntity(Indicator indicator, int row)
    {
        var target = indicator.Target;
        return new ProjectIndicator
        {
            Row = row,
            Level1 = indicator.Level1,
            Level2 = indicator.Level2,
            Name = indicator.Name,
            Description = indicator.Description,
            TargetText = target.Text,
            TargetKind = target.Kind,
            TargetComparator = target.IsQuantitative ? target.Comparator : null,
            TargetComparatorWritten = target.ComparatorWritten,
            TargetNumber = target.Number,
            TargetUnit = target.Unit,
            TargetBasis = indicator.TargetBasis,
            Weight = indicator.Weight,
            Standards = LabeledTextJson.Write(indicator.Standards),
            Extras = LabeledTextJson.Write(indicator.Extras),
        };
    }

    /// <param name="parsed">The texts already parsed in this read (<see cref="ParsedTexts"/>); null parses each anew.</param>
    public static Indicator ToDomain(ProjectIndicator row, ParsedTexts? parsed = null) => new()
    {
        Level1 = row.Level1,
        Level2 = row.Level2,
        Name = row.Name,
        Description = row.Description,
        Target = parsed is null ? TargetValue.Parse(row.TargetText) : parsed.Target(row.TargetText),
        TargetBasis = row.TargetBasis,
        Weight = row.Weight is { } weight ? DecimalValues.Normalize(weight) : null,
        Standards = parsed is null ? LabeledTextJson.Read(row.Standards) : parsed.Labeled(row.Standards),
        Extras = parsed is null ? LabeledTextJson.Read(row.Extras) : parsed.Labeled(row.Extras),
    };
}

namespace Jixiao.Domain.Review;

/// <summary>
/// The quality score of docs/review.md:
/// <code>
/// d(rule)        = min(cap(worst severity of the rule's findings), Σ_findings deduction(severity))
/// table score    = 100 × Π_rules (1 − d(rule)/100), at most ErrorScoreCap (79) when a finding is an error
/// document score = mean(table scores) × Π_document-level rules (1 − d(rule)/100), same error cap
/// grade          = 优 ≥90, 良 ≥80, 中 ≥60, else 差 (GradeExtensions.FromScore)
/// A note that the form lacks a field (field 表式, see FormNotice) costs nothing.
/// </code>
/// Capping per rule keeps one defect copied into nine rows from outweighing nine different defects; multiplying
/// instead of subtracting keeps very poor tables apart (a score never hits a floor of 0).
/// </summary>
public static class QualityScore
{
    /// <summary>The factor Π_rules (1 − d(rule)/100) by which the findings reduce a score.</summary>
    public static decimal Factor(IReadOnlyCollection<Finding> findings, ReviewScoring scoring)
    {
        if (findings.Count == 0)
        {
            return 1m;
        }

        var byRule = new Dictionary<string, (decimal Sum, Severity Worst)>(StringComparer.Ordinal);
        foreach (var f in findings)
        {
            if (f.Field == ReviewFields.Form)
            {
                continue; // a note that the form lacks a field costs nothing (FormNotice)
            }

            var (sum, worst) = byRule.GetValueOrDefault(f.RuleId, (0m, Severity.Info));
            byRule[f.RuleId] = (sum + scoring.Deduction(f.Severity), f.Severity > worst ? f.Severity : worst);
        }

        var factor = 1m;
        foreach (var (sum, worst) in byRule.Values)
        {
            factor *= 1m - (Math.Min(Math.Min(sum, scoring.CapPerRule(worst)), 100m) / 100m);
        }

        return factor;
    }

    /// <summary>Score of one table from its findings.</summary>
    public static decimal ForTable(IReadOnlyCollection<Finding> findings, ReviewScoring scoring) =>
        Final(100m * Factor(findings, scoring), findings, scoring);

    /// <summary>Score of the document from its tables' scores and its document-level findings.</summary>
    public static decimal ForDocument(IReadOnlyCollection<decimal> tableScores, IReadOnlyCollection<Finding> documentFindings, ReviewScoring scoring)
    {
        var mean = tableScores.Count == 0 ? 100m : tableScores.Sum() / tableScores.Count;
        return Final(mean * Factor(documentFindings, scoring), documentFindings, scoring);
    }

    private static decimal Final(decimal raw, IReadOnlyCollection<Finding> findings, ReviewScoring scoring)
    {
        var score = Math.Max(0m, raw);
        if (findings.Any(f => f.Severity == Severity.Error))
        {
            score = Math.Min(score, scoring.ErrorScoreCap);
        }

        return Math.Round(score, 2, MidpointRounding.AwayFromZero);
    }
}

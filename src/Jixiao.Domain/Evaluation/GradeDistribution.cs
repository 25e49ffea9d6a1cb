namespace Jixiao.Domain.Evaluation;

/// <summary>How many self-evaluations fall in each grade, and their average score: the data of the region view's
/// grade chart.</summary>
public sealed record GradeDistribution(IReadOnlyDictionary<Grade, int> Counts, decimal? AverageScore)
{
    public int Total => Counts.Values.Sum();

    public static GradeDistribution Of(IEnumerable<EvaluationResult> results)
    {
        var list = results.ToList();
        var counts = Enum.GetValues<Grade>().ToDictionary(g => g, g => list.Count(r => r.Grade == g));
        decimal? average = list.Count == 0 ? null : ScoreRounding.Round(list.Average(r => r.Total));
        return new GradeDistribution(counts, average);
    }
}

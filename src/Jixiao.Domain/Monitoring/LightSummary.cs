namespace Jixiao.Domain.Monitoring;

/// <summary>How many projects show each project light at a checkpoint: the data of the unit and region views.</summary>
public sealed record LightSummary(IReadOnlyDictionary<Light, int> Counts)
{
    public int Total => Counts.Values.Sum();

    public static LightSummary Of(IEnumerable<MonitoringAssessment> assessments)
    {
        var list = assessments.ToList();
        return new LightSummary(Enum.GetValues<Light>().ToDictionary(l => l, l => list.Count(a => a.ProjectLight == l)));
    }
}

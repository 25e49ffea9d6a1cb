using Jixiao.Domain;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Application.Execution;

/// <summary>The cards and charts of a region's (or one unit's) year: light and grade counts, the execution curve of
/// all projects, and either every unit's curve or the units furthest behind their plans.</summary>
public sealed record OverviewFigures(
    int ProjectCount,
    IReadOnlyDictionary<Light, int> Lights,
    IReadOnlyDictionary<Grade, int> Grades,
    CurveFigures Curve,
    int UnitCount,
    IReadOnlyList<UnitCurve> Units)
{
    public int Graded => Grades.Values.Sum();
}

using Jixiao.Domain.Goals;

namespace Jixiao.Application.Dashboard;

/// <summary>One line of a unit's project list.</summary>
public sealed record UnitProject(int Id, int Sequence, string Code, string Name, Money Budget, int Version, int Errors, int Warnings);

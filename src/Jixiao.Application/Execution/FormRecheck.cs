using Jixiao.Documents;
using Jixiao.Documents.Evaluation;
using Jixiao.Documents.FormReading;
using Jixiao.Documents.Monitoring;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Application.Execution;

/// <summary>
/// 复核 (or scoring) of a 自评表 or 监控表 file a unit submitted or a region published: read by its labels, the money
/// unit taken from its header (or named by the user when the form does not say), every form scored in the chosen mode.
/// Nothing is stored: the page and the API show what was read and what the check found. A department's table or a
/// 计分表 printing its points per row is re-checked by those points (<see cref="SelfEvaluationFiles"/>, shared with
/// <c>jixiao score</c>). Used by <c>/Execution/Recheck</c> and <c>POST /api/v1/forms/recheck</c>.
/// </summary>
public static class FormRecheck
{
    public static FormRecheckResult Run(byte[] bytes, string fileName, FormRecheckOptions options)
    {
        var evaluations = SelfEvaluationFiles.Read(bytes, fileName, options.MoneyUnit);
        if (evaluations.Value is { } imported)
        {
            return new FormRecheckResult
            {
                Options = options,
                Problems = evaluations.Problems,
                SelfEvaluations = [.. imported.Forms.Select(f => new RecheckedEvaluation(ScoredEvaluation.Evaluate(f.Evaluation, options.Scoring, mode: options.Mode), f))],
                PointsSheets = imported.PointsSheets,
            };
        }

        // Not a 自评表: a 监控表 perhaps. A 自评表 that failed for its own reasons (the money unit) keeps its problems.
        var monitored = MonitoringReader.Read(bytes, fileName, options.MoneyUnit);
        if (monitored.Value is { } reports)
        {
            return new FormRecheckResult
            {
                Options = options,
                Problems = monitored.Problems,
                Monitoring = [.. reports.Forms.Select(f => new RecheckedMonitoring(MonitoredProject.Assess(f.Report, options.Monitoring), f))],
            };
        }

        var selfEvaluationFailed = evaluations.Errors.Any(e => e.Message != SelfEvaluationReader.NoForm);
        return new FormRecheckResult { Options = options, Problems = selfEvaluationFailed ? evaluations.Problems : [.. evaluations.Problems, .. monitored.Problems] };
    }
}

/// <summary>What <see cref="FormRecheck"/> found: the forms with their checks, and every problem of the reading.</summary>
public sealed record FormRecheckResult
{
    public required FormRecheckOptions Options { get; init; }

    public IReadOnlyList<ReadProblem> Problems { get; init; } = [];

    public IReadOnlyList<RecheckedEvaluation> SelfEvaluations { get; init; } = [];

    public IReadOnlyList<RecheckedMonitoring> Monitoring { get; init; } = [];

    /// <summary>Department tables and 计分表 re-checked by the points they print (in either mode: no scoring profile
    /// applies to them).</summary>
    public IReadOnlyList<PointsSheetCheck> PointsSheets { get; init; } = [];

    public bool HasForms => SelfEvaluations.Count + Monitoring.Count + PointsSheets.Count > 0;

    /// <summary>The problems not already shown with a form as its skipped rows.</summary>
    public IEnumerable<ReadProblem> OtherProblems
    {
        get
        {
            var skips = SelfEvaluations.SelectMany(e => e.Source.Skipped).Concat(Monitoring.SelectMany(m => m.Source.Skipped)).Select(k => k.Message).ToHashSet(StringComparer.Ordinal);
            return Problems.Where(p => p.Severity == ProblemSeverity.Error || !skips.Contains(p.Message));
        }
    }

    /// <summary>The reading stopped because the form does not say its money unit: ask for it.</summary>
    public bool AsksForMoneyUnit => Problems.Any(MoneyUnits.AsksForUnit);
}

public sealed record RecheckedEvaluation(ScoredEvaluation Scored, ImportedSelfEvaluation Source);

public sealed record RecheckedMonitoring(MonitoredProject Monitored, ImportedMonitoring Source);

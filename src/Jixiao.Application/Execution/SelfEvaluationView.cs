using Jixiao.Domain.Evaluation;

namespace Jixiao.Application.Execution;

/// <summary>A scored 自评表 with its findings, the execution data it was prefilled from, and who saved it.</summary>
public sealed record SelfEvaluationView(ScoredEvaluation Scored, ExecutionData Execution, bool Stored, string? EvaluatedBy, DateTime? EvaluatedAt);

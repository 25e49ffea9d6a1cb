using Jixiao.Domain;
using Jixiao.Domain.Review;

namespace Jixiao.Application.Review;

/// <summary>What one review of a document produced: findings, quality score and grade.</summary>
public sealed record ReviewOutcome(IReadOnlyList<Finding> Findings, decimal Score, Grade Grade, string Profile);

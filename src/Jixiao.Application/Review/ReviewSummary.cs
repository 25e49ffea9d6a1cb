using System.Globalization;
using Jixiao.Data.Entities;
using Jixiao.Domain;

namespace Jixiao.Application.Review;

/// <summary>The figures of one stored review run: quality score, grade, errors and warnings.</summary>
public sealed record ReviewSummary(decimal Score, Grade Grade, int Errors, int Warnings)
{
    public static ReviewSummary Of(ReviewRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.Score, run.Grade, run.ErrorCount, run.WarningCount);
    }

    /// <summary>"86.50 分，良，错误 0 条，警告 3 条".</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Score:0.00} 分，{Grade.ToChinese()}，错误 {Errors} 条，警告 {Warnings} 条");
}

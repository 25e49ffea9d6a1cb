namespace Jixiao.Domain.Evaluation;

/// <summary>Why a 自评表 is scored.</summary>
public enum EvaluationMode
{
    /// <summary>打分: a unit fills in its own table; the scoring profile's points and the national formulas decide
    /// every score, and a row that cannot be computed scores 0.</summary>
    Score,

    /// <summary>复核: a submitted or published table is checked; every row that can be computed is recomputed with
    /// the points the table itself prints, a row that cannot be (定性, empty, unreadable) keeps the evaluator's score
    /// and is marked 不可复核 with the reason, and every difference of 0.01 or more is a finding.</summary>
    Recheck,
}

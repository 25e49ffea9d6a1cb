namespace Jixiao.Documents.Evaluation;

/// <summary>What a file held: every 自评表 found in it, in order (a file may hold several, one per project).</summary>
public sealed record SelfEvaluationImport(string FileName, IReadOnlyList<ImportedSelfEvaluation> Forms)
{
    public ImportedSelfEvaluation First => Forms[0];
}

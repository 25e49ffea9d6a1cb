using Jixiao.Domain.Workflow.Audit;

namespace Jixiao.Workflow.Tests;

/// <summary>The end of the log against the signed head: intact, cut off, run past it, rewritten, missing, forged.</summary>
public class AuditCheckpointVerifierTests
{
    private static List<AuditLogEntry> Session() => [.. AuditSession.Run().Log];

    private static AuditCheckpoint HeadOf(IReadOnlyList<AuditLogEntry> log) => new(log[^1].Sequence, log[^1].Hash, 1);

    [Fact]
    public void Intact_EndsAtTheCheckpoint()
    {
        var log = Session();
        var result = AuditCheckpointVerifier.Verify(log, AuditCheckpointStatus.Valid, HeadOf(log));
        Assert.True(result.IsIntact, result.Message);
        Assert.Null(result.Note);
    }

    [Fact]
    public void LastTwoRowsDeleted_IsTruncated_NamingBothSequences()
    {
        var log = Session();
        var head = HeadOf(log);
        var cut = log[..^2];
        var problem = AuditCheckpointVerifier.Verify(cut, AuditCheckpointStatus.Valid, head).Problem!;
        Assert.Equal(AuditProblemKind.Truncated, problem.Kind);
        Assert.Equal($"审计日志在第 {log.Count - 2} 条之后被截断：签名检查点记录的最后一条是第 {log.Count} 条。", problem.Message);
    }

    [Fact]
    public void EntriesPastTheCheckpoint_AreNotCovered()
    {
        var log = Session();
        var problem = AuditCheckpointVerifier.Verify(log, AuditCheckpointStatus.Valid, HeadOf(log[..^1])).Problem!;
        Assert.Equal(AuditProblemKind.CheckpointInvalid, problem.Kind);
        Assert.StartsWith($"第 {log.Count} 至 {log.Count} 条记录不在签名检查点之内", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WholeChainRecomputed_DoesNotMatchTheSignedHash()
    {
        var log = Session();
        var head = HeadOf(log);
        var rewritten = AuditChain.AppendAll(null, log.Select(e => e with { NewValue = e.NewValue + "（改）" })).ToList();
        Assert.True(AuditChainVerifier.Verify(rewritten).IsIntact);
        var problem = AuditCheckpointVerifier.Verify(rewritten, AuditCheckpointStatus.Valid, head).Problem!;
        Assert.Equal(AuditProblemKind.Altered, problem.Kind);
        Assert.Contains("与签名检查点不符", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingOrForgedCheckpoint_IsReported_ButAnEmptyNewLogNeedsNone()
    {
        var log = Session();
        Assert.Equal(AuditProblemKind.CheckpointInvalid, AuditCheckpointVerifier.Verify(log, AuditCheckpointStatus.Missing, null).Problem!.Kind);
        Assert.StartsWith("签名检查点的签名无效", AuditCheckpointVerifier.Verify(log, AuditCheckpointStatus.Forged, HeadOf(log)).Message, StringComparison.Ordinal);
        Assert.True(AuditCheckpointVerifier.Verify([], AuditCheckpointStatus.Missing, null).IsIntact);
    }

    [Fact]
    public void CheckpointStartedLater_SaysWhatItCannotCover()
    {
        var log = Session();
        var result = AuditCheckpointVerifier.Verify(log, AuditCheckpointStatus.Valid, HeadOf(log) with { SealedSince = 5 });
        Assert.True(result.IsIntact);
        Assert.StartsWith("签名检查点自第 5 条记录起建立", result.Note, StringComparison.Ordinal);
    }
}

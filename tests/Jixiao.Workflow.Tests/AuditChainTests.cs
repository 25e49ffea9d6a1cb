using System.Security.Cryptography;
using System.Text;
using Jixiao.Domain.Workflow.Audit;
using Xunit.Abstractions;

namespace Jixiao.Workflow.Tests;

public class AuditChainTests(ITestOutputHelper output)
{
    private static List<AuditLogEntry> Session() => [.. AuditSession.Run().Log];

    [Fact]
    public void ScriptedSession_LogsEveryStepAndVerifies()
    {
        var log = Session();
        foreach (var e in log)
        {
            output.WriteLine($"{e.Describe()} [{e.Role} {e.IpAddress}] “{e.OldValue}” → “{e.NewValue}”");
        }

        var verification = AuditChainVerifier.Verify(log, AuditAnchor.Of(log[^1]));

        Assert.True(verification.IsIntact, verification.Message);
        Assert.Equal($"审计日志完整：共 {log.Count} 条记录，校验链全部吻合。", verification.Message);
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
        Assert.Equal(["登录", "导入", "修改", "提交", "登录失败", "登录", "退回", "修改", "提交", "批复", "公开"], log.Select(e => e.Action));
        var edit = log[2];
        Assert.Equal(("预算项目", "13910223P03171010001K", "指标[9].指标值", "100百分比", "≥95%", "10.12.0.31"),
            (edit.EntityType, edit.EntityId, edit.Field, edit.OldValue, edit.NewValue, edit.IpAddress));
        Assert.Equal(("李申", "用户", "10.12.8.5"), (log[4].User, log[4].EntityType, log[4].IpAddress));
        var returned = log[6];
        Assert.Equal(("审核", "李审", "状态", "已提交", "已退回（中）：第9行满意度请说明调查方式"),
            (returned.Role, returned.User, returned.Field, returned.OldValue, returned.NewValue));
        Assert.Equal(AuditChain.Genesis, log[0].PreviousHash);
    }

    [Fact]
    public void Verify_AlteredValue_ReportsTheEntry()
    {
        var log = Session();
        log[2] = log[2] with { NewValue = "≥90%" };

        var problem = AuditChainVerifier.Verify(log).Problem!;

        Assert.Equal((AuditProblemKind.Altered, 3L, 3), (problem.Kind, problem.Sequence, problem.Position));
        Assert.Equal($"序号 3 的记录（{log[2].Describe()}）被改动：内容与其校验值不符。", problem.Message);
    }

    [Fact]
    public void Verify_AlteredEntryWithRecomputedHash_StillNamesThatEntry()
    {
        var log = Session();
        var forged = log[6] with { NewValue = "已退回（良）" };
        log[6] = forged with { Hash = AuditChain.ComputeHash(forged, forged.PreviousHash) };

        var problem = AuditChainVerifier.Verify(log).Problem!;

        Assert.Equal((AuditProblemKind.Altered, 7L), (problem.Kind, problem.Sequence));
        Assert.Contains("序号 7 的记录", problem.Message, StringComparison.Ordinal);
        Assert.Contains("与下一条记录保存的前序校验值不符", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_DeletedEntry_ReportsTheGap()
    {
        var log = Session();
        log.RemoveAt(5);

        var problem = AuditChainVerifier.Verify(log).Problem!;

        Assert.Equal((AuditProblemKind.Deleted, 6L), (problem.Kind, problem.Sequence));
        Assert.StartsWith("序号 6的记录缺失（在 #7 ", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("之前）：记录被删除。", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_SeveralDeletedEntries_ReportsTheRange()
    {
        var log = Session();
        log.RemoveRange(3, 3);

        var problem = AuditChainVerifier.Verify(log).Problem!;

        Assert.Equal(AuditProblemKind.Deleted, problem.Kind);
        Assert.StartsWith("序号 4 至 6的记录缺失", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_SwappedEntries_ReportsTheReordering()
    {
        var log = Session();
        (log[3], log[4]) = (log[4], log[3]);

        var problem = AuditChainVerifier.Verify(log).Problem!;

        Assert.Equal((AuditProblemKind.Reordered, 4L, 4), (problem.Kind, problem.Sequence, problem.Position));
        Assert.StartsWith("第 4 条记录应为序号 4，实际为序号 5", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_SwappedContentKeepingSequenceNumbers_IsDetectedAsAltered()
    {
        var log = Session();
        (log[3], log[4]) = (log[4] with { Sequence = 4 }, log[3] with { Sequence = 5 });

        Assert.Equal(AuditProblemKind.Altered, AuditChainVerifier.Verify(log).Problem!.Kind);
    }

    [Fact]
    public void Verify_CopiedEntry_ReportsTheDuplicate()
    {
        var log = Session();
        log.Insert(4, log[2]);

        var problem = AuditChainVerifier.Verify(log).Problem!;

        Assert.Equal((AuditProblemKind.Duplicated, 3L, 5), (problem.Kind, problem.Sequence, problem.Position));
    }

    [Fact]
    public void Verify_LastEntriesCutOff_IsOnlyVisibleAgainstAnAnchor()
    {
        var log = Session();
        var anchor = AuditAnchor.Of(log[^1]);
        log.RemoveRange(log.Count - 2, 2);

        Assert.True(AuditChainVerifier.Verify(log).IsIntact);
        var problem = AuditChainVerifier.Verify(log, anchor).Problem!;
        Assert.Equal((AuditProblemKind.Deleted, 10L), (problem.Kind, problem.Sequence));
        Assert.Equal("日志只到序号 9，校验点记录到序号 11：序号 10 至 11的最后记录被删除。", problem.Message);
    }

    [Fact]
    public void Verify_WholeChainRewritten_IsCaughtByTheAnchor()
    {
        var log = Session();
        var anchor = AuditAnchor.Of(log[^1]);
        var drafts = log.Select((e, i) => i == 2 ? e with { NewValue = "≥80%" } : e);
        var rewritten = AuditChain.AppendAll(null, drafts);

        Assert.True(AuditChainVerifier.Verify(rewritten).IsIntact);
        var problem = AuditChainVerifier.Verify(rewritten, anchor).Problem!;
        Assert.Equal(AuditProblemKind.Altered, problem.Kind);
        Assert.Contains("与保存的校验点不符", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_TimeIsStoredAtMicrosecondsInUtc_SoTheHashSurvivesTheDatabase()
    {
        var beijing = new DateTimeOffset(2026, 11, 26, 20, 3, 5, TimeSpan.FromHours(8)).AddTicks(1_234_567);
        var entry = AuditChain.Append(null, new AuditLogEntry { At = beijing, User = "张敏", Action = "登录" });

        Assert.Equal(TimeSpan.Zero, entry.At.Offset);
        Assert.Equal("2026-11-26T12:03:05.123456Z", AuditChain.FormatTime(entry.At));
        var reloaded = entry with { At = new DateTimeOffset(entry.At.UtcDateTime, TimeSpan.Zero) };
        Assert.True(AuditChainVerifier.Verify([reloaded]).IsIntact);
    }

    [Fact]
    public void Canonical_FormatIsPinned_SoOtherToolsCanRecomputeTheHash()
    {
        var entry = AuditChain.Append(null, new AuditLogEntry
        {
            At = new DateTimeOffset(2026, 11, 26, 12, 3, 5, TimeSpan.Zero),
            User = "张敏",
            Role = "单位填报",
            IpAddress = "10.12.0.31",
            Action = "修改",
            EntityType = "预算项目",
            EntityId = "13068222P00675410002L",
            Field = "指标[9].指标值",
            OldValue = "100百分比",
            NewValue = "≥95%",
        });

        const string Expected = "jixiao-audit-v1\nsequence=1\nat=2026-11-26T12:03:05.000000Z\nuser=6:张敏\nrole=12:单位填报\n"
            + "ip=10:10.12.0.31\naction=6:修改\nentity_type=12:预算项目\nentity_id=21:13068222P00675410002L\n"
            + "field=19:指标[9].指标值\nold=12:100百分比\nnew=6:≥95%\n"
            + "previous=0000000000000000000000000000000000000000000000000000000000000000\n";
        Assert.Equal(Expected, AuditChain.Canonical(entry, AuditChain.Genesis));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Expected))), entry.Hash);
    }

    [Fact]
    public void Canonical_ValueThatLooksLikeAFieldBoundary_CannotCollide()
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var a = AuditChain.Append(null, new AuditLogEntry { At = at, User = "a\nrole=1:b", Role = "" });
        var b = AuditChain.Append(null, new AuditLogEntry { At = at, User = "a", Role = "b" });

        Assert.NotEqual(a.Hash, b.Hash);
    }

    [Fact]
    public void Export_WritesCsvWithHashes()
    {
        var log = Session();

        var csv = AuditExport.ToCsv(log);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(log.Count + 1, lines.Length);
        Assert.Equal(string.Join(',', AuditExport.Header), lines[0]);
        Assert.EndsWith("," + log[2].PreviousHash + "," + log[2].Hash, lines[3], StringComparison.Ordinal);
        Assert.Contains(",已提交,已退回（中）：第9行满意度请说明调查方式,", lines[7], StringComparison.Ordinal);
        var quoted = AuditExport.ToCsv([log[0] with { NewValue = "a,\"b\"" }]);
        Assert.Contains(",\"a,\"\"b\"\"\",", quoted, StringComparison.Ordinal);
    }
}

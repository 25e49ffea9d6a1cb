namespace Jixiao.Domain.Workflow.Audit;

/// <summary>
/// Walks the whole log in the order it is stored (by row id, not sorted by sequence — sorting would hide a
/// reordering) and reports the first entry that was altered, deleted, duplicated or moved.
/// </summary>
public static class AuditChainVerifier
{
    public static AuditVerification Verify(IReadOnlyList<AuditLogEntry> entries, AuditAnchor? anchor = null)
    {
        var expected = 1L;
        var previousHash = AuditChain.Genesis;
        var seen = new HashSet<long>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var problem = CheckSequence(entries, i, expected, seen) ?? CheckHashes(entries, i, previousHash);
            if (problem is not null)
            {
                return new AuditVerification(i, problem);
            }

            seen.Add(entry.Sequence);
            previousHash = entry.Hash;
            expected++;
        }

        var tail = anchor is null ? null : CheckAnchor(entries, anchor);
        return new AuditVerification(entries.Count, tail);
    }

    private static AuditProblem? CheckSequence(IReadOnlyList<AuditLogEntry> entries, int i, long expected, HashSet<long> seen)
    {
        var entry = entries[i];
        if (entry.Sequence == expected)
        {
            return null;
        }

        if (seen.Contains(entry.Sequence))
        {
            return new(AuditProblemKind.Duplicated, entry.Sequence, i + 1,
                $"第 {i + 1} 条记录的序号 {entry.Sequence} 已经出现过（{entry.Describe()}）：有记录被插入或复制。");
        }

        var laterIndex = FindLater(entries, i + 1, expected);
        if (laterIndex >= 0 || entry.Sequence < expected)
        {
            return new(AuditProblemKind.Reordered, expected, i + 1,
                $"第 {i + 1} 条记录应为序号 {expected}，实际为序号 {entry.Sequence}（{entry.Describe()}）：记录顺序被调换。");
        }

        var range = entry.Sequence - 1 == expected ? $"序号 {expected}" : $"序号 {expected} 至 {entry.Sequence - 1}";
        return new(AuditProblemKind.Deleted, expected, i + 1,
            $"{range}的记录缺失（在 {entry.Describe()} 之前）：记录被删除。");
    }

    private static AuditProblem? CheckHashes(IReadOnlyList<AuditLogEntry> entries, int i, string previousHash)
    {
        var entry = entries[i];
        if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
        {
            // The entry before was rewritten together with its own hash (or this link was edited): name the earlier one.
            var before = i > 0 ? entries[i - 1] : null;
            return before is null
                ? new(AuditProblemKind.Altered, entry.Sequence, i + 1,
                    $"第一条记录（{entry.Describe()}）的前序校验值不是起始值：日志开头被改动或删除。")
                : new(AuditProblemKind.Altered, before.Sequence, i,
                    $"序号 {before.Sequence} 的记录（{before.Describe()}）被改动：其校验值与下一条记录保存的前序校验值不符。");
        }

        if (!string.Equals(AuditChain.ComputeHash(entry, previousHash), entry.Hash, StringComparison.Ordinal))
        {
            return new(AuditProblemKind.Altered, entry.Sequence, i + 1,
                $"序号 {entry.Sequence} 的记录（{entry.Describe()}）被改动：内容与其校验值不符。");
        }

        return null;
    }

    private static AuditProblem? CheckAnchor(IReadOnlyList<AuditLogEntry> entries, AuditAnchor anchor)
    {
        if (anchor.Sequence < 1)
        {
            return null;
        }

        var last = entries.Count == 0 ? 0 : entries[^1].Sequence;
        if (last < anchor.Sequence)
        {
            var range = last + 1 == anchor.Sequence ? $"序号 {anchor.Sequence}" : $"序号 {last + 1} 至 {anchor.Sequence}";
            return new(AuditProblemKind.Deleted, last + 1, entries.Count + 1,
                $"日志只到序号 {last}，校验点记录到序号 {anchor.Sequence}：{range}的最后记录被删除。");
        }

        var atAnchor = entries[(int)(anchor.Sequence - 1)];
        return string.Equals(atAnchor.Hash, anchor.Hash, StringComparison.Ordinal)
            ? null
            : new(AuditProblemKind.Altered, anchor.Sequence, (int)anchor.Sequence,
                $"序号 {anchor.Sequence} 的校验值与保存的校验点不符：日志在此之前被改动后重新计算了校验值。");
    }

    private static int FindLater(IReadOnlyList<AuditLogEntry> entries, int from, long sequence)
    {
        for (var j = from; j < entries.Count; j++)
        {
            if (entries[j].Sequence == sequence)
            {
                return j;
            }
        }

        return -1;
    }
}

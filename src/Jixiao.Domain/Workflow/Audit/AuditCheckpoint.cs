using System.Globalization;

namespace Jixiao.Domain.Workflow.Audit;

/// <summary>
/// The signed head of the audit log, kept in its own row and rewritten in the transaction of every append: the last
/// sequence and hash, and the sequence the checkpoint was first written at (<see cref="SealedSince"/> &gt; 1 means
/// the log already had entries then — an upgraded database, or a checkpoint that was deleted and written anew).
/// The chain alone cannot show that its last rows were deleted; a head signed with a key the audit table does not
/// hold can.
/// </summary>
public sealed record AuditCheckpoint(long Sequence, string Hash, long SealedSince)
{
    public const string FormatVersion = "jixiao-audit-checkpoint-v1";

    /// <summary>The text that is signed: fixed order, one field a line.</summary>
    public string Canonical() => string.Create(CultureInfo.InvariantCulture,
        $"{FormatVersion}\nsequence={Sequence}\nhash={Hash}\nsince={SealedSince}\n");
}

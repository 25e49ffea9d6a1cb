using System.Security.Cryptography;
using Jixiao.Domain.Workflow.Audit;
using Microsoft.AspNetCore.DataProtection;

namespace Jixiao.Data.Audit;

/// <summary>
/// Signs the audit checkpoint with the data-protection key ring (authenticated encryption: a payload that was not
/// made with the ring's keys does not open). The key ring is not part of the audit table; encrypted with the
/// configured certificate it is not readable from the database at all.
/// </summary>
public sealed class AuditCheckpointSigner(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Jixiao.Audit.Checkpoint.v1");

    /// <summary>
    /// Makes the key ring create its first key now, outside any transaction: created inside an audit append, its
    /// write (another connection) would wait on the append's own write lock on SQLite. A database that is not
    /// migrated yet has no key table: the key is then made at the first append after migration on PostgreSQL, and
    /// at the host's start otherwise.
    /// </summary>
    public void EnsureKey()
    {
        try
        {
            _protector.Protect("jixiao");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException || ex.InnerException is System.Data.Common.DbException)
        {
            // Not migrated yet (no key table): the host calls this again after migrating.
        }
    }

    public string Sign(AuditCheckpoint checkpoint) => _protector.Protect(checkpoint.Canonical());

    public bool IsValid(AuditCheckpoint checkpoint, string signature)
    {
        try
        {
            return string.Equals(_protector.Unprotect(signature), checkpoint.Canonical(), StringComparison.Ordinal);
        }
        catch (CryptographicException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

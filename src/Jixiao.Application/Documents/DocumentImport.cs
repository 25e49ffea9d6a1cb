using Jixiao.Application.Users;
using Jixiao.Documents;

namespace Jixiao.Application.Documents;

/// <summary>
/// Importing a file, the same for the import page, the import API, the demo data and <c>jixiao db import</c>: the file
/// as read, then the user's right to import it (<see cref="ImportRights"/>), then one write that stores and reviews
/// it (<see cref="DocumentStore"/>). A document that cannot be stored (locked, a project of another document …)
/// throws <see cref="ImportException"/>, which names file, table and cell; each host presents it its way.
/// </summary>
public sealed class DocumentImport(DocumentStore store)
{
    /// <summary>What <see cref="ImportAsync"/> would do before it stores anything: unreadable, refused, or importable.</summary>
    public static FileImport Check(ReadResult read, UserAccess user)
    {
        ArgumentNullException.ThrowIfNull(read);
        return new FileImport(read, read.HasErrors ? null : ImportRights.Check(user, read.Document), null);
    }

    public async Task<FileImport> ImportAsync(ReadResult read, UserAccess user, ImportRequest request, CancellationToken ct = default)
    {
        var checkedFile = Check(read, user);
        if (checkedFile.IsUnreadable || checkedFile.IsRefused)
        {
            return checkedFile;
        }

        return checkedFile with { Result = await store.ImportAsync(read.Document, request, ct).ConfigureAwait(false) };
    }
}

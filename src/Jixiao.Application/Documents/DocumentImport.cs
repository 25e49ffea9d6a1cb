using Jixiao.Application.Users;
using Jixiao.Documents;

namespace Jixiao.Application.Documents;

/// <summary>
/// Importing a file, the same for the import page, the import API, the demo data and <c>jixiao db import</c>: the file
/// as read, then the user's right to import it (<see cref="ImportRights"/>: every table of the file is of a unit the
/// user may edit), then one write that stores and reviews it (<see cref="DocumentStore"/>), in which the importer
/// also refuses to change, take over or remove a stored project of a unit the user may not edit
/// (<see cref="ImportRequest.EditableUnitIds"/>). A document that cannot be stored (locked, a project of another
/// document or unit …) throws <see cref="ImportException"/>, which names file, table and cell; each host presents it
/// its way.
/// </summary>
public sealed class DocumentImport(DocumentStore store)
{
    /// <summary>What <see cref="ImportAsync"/> would do before it stores anything: unreadable, refused, or importable.</summary>
    public static FileImport Check(ReadResult read, UserAccess user)
    {
        ArgumentNullException.ThrowIfNull(read);
        return new FileImport(read, read.HasErrors ? null : ImportRights.Check(user, read.Document), null);
    }

    /// <summary>Does the store's checks of the document's content (year, region, department, codes, characters,
    /// lengths) now, off the write: a caller importing many files calls it for the next file while the current one is
    /// being stored, and <see cref="ImportAsync"/> then skips them for this document. Nothing is reported here: a
    /// document that fails them is refused by <see cref="ImportAsync"/> exactly as without this call.</summary>
    public static void CheckAhead(ReadResult read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (!read.HasErrors)
        {
            ImportValidation.CheckAhead(read.Document);
        }
    }

    public async Task<FileImport> ImportAsync(ReadResult read, UserAccess user, ImportRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var checkedFile = Check(read, user);
        if (checkedFile.IsUnreadable || checkedFile.IsRefused)
        {
            return checkedFile;
        }

        var scoped = request with { EditableUnitIds = user.OnlyUnitIds is null ? null : user.Access.OwnUnitIds };
        return checkedFile with { Result = await store.ImportAsync(read.Document, scoped, ct).ConfigureAwait(false) };
    }

    /// <summary>What importing the file would do — added, changed and removed projects, an emptied Part 1 — found by
    /// running the import and rolling it back, so the preview says exactly what the import will do; a refusal found
    /// on the way (another unit's project, a locked document …) is the preview's refusal.</summary>
    public async Task<FileImport> PreviewAsync(ReadResult read, UserAccess user, ImportRequest request, CancellationToken ct = default)
    {
        try
        {
            return await ImportAsync(read, user, request with { DryRun = true, Review = false }, ct).ConfigureAwait(false);
        }
        catch (ImportException e)
        {
            return new FileImport(read, e.Explanation, null);
        }
    }
}

using Jixiao.Application.Users;
using Jixiao.Domain.Workflow.Audit;

namespace Jixiao.Application.Documents;

/// <summary>Who imports and from which file; recorded on every version the import creates and in the audit trail.</summary>
public sealed record ImportRequest(string User, string SourceFile)
{
    /// <summary>The audit action of the import: "导入" for a file, "修改" for a form.</summary>
    public string Action { get; init; } = ImportMessages.ImportAction;

    /// <summary>The user's role (单位填报, 审核, 管理员), empty for the CLI and demo data.</summary>
    public string Role { get; init; } = string.Empty;

    public string IpAddress { get; init; } = string.Empty;

    /// <summary>Optimistic concurrency: the version each project (by normalized code) was loaded from. A project whose
    /// current version differs is not saved (<see cref="ProjectConcurrencyException"/>).</summary>
    public IReadOnlyDictionary<string, int> ExpectedVersions { get; init; } = new Dictionary<string, int>();

    /// <summary>Whether the document is reviewed in the same write (the default); <c>jixiao db import --no-review</c>
    /// turns it off for a bulk load reviewed later by <c>jixiao db review</c>.</summary>
    public bool Review { get; init; } = true;

    /// <summary>The units whose projects this import may add, change, remove or reassign; null for every unit (an
    /// administrator, the command line). Set by <see cref="DocumentImport"/> from the user, checked by the importer
    /// inside the write, so no entry point can import around it.</summary>
    public IReadOnlySet<int>? EditableUnitIds { get; init; }

    /// <summary>Whether the import may remove projects or empty Part 1 (<c>jixiao db import</c> asks for
    /// <c>--allow-removal</c>; the import page shows it in the preview first).</summary>
    public bool AllowRemoval { get; init; } = true;

    /// <summary>How this caller gives the consent <see cref="AllowRemoval"/> stands for, named in the refusal: the
    /// command line's <c>--allow-removal</c>, the API's <c>allowRemoval=true</c>.</summary>
    public string RemovalConsent { get; init; } = "--allow-removal";

    /// <summary>Runs the whole import and rolls it back: what it would do, for a preview (no review, nothing kept).</summary>
    public bool DryRun { get; init; }

    /// <summary>Whether this import may change projects of unit <paramref name="unitId"/>.</summary>
    public bool MayEditUnit(int unitId) => EditableUnitIds is null || EditableUnitIds.Contains(unitId);

    /// <summary>A change by <paramref name="actor"/> from <paramref name="sourceFile"/>; <paramref name="action"/> defaults to 导入.</summary>
    public static ImportRequest By(AuditActor actor, string sourceFile, string? action = null) =>
        new(actor.User, sourceFile) { Role = actor.Role, IpAddress = actor.IpAddress, Action = action ?? ImportMessages.ImportAction };

    public AuditSource AuditSource(DateTime now) => new(User, Role, IpAddress, new DateTimeOffset(now, TimeSpan.Zero));
}

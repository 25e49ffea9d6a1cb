using Jixiao.Application.Pipeline;
using Jixiao.Data;
using Jixiao.Data.Audit;
using Jixiao.Data.Bulk;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Workflow;
using Jixiao.Domain.Workflow.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Documents;

/// <summary>
/// Stores a document as one write (<see cref="Writes"/>; joined to the caller's when there is one). Units are identified by (region, unit code), the document by (region,
/// year, department) and projects by (year, project code) — or, for a table without a code, by its name in the
/// document (<see cref="ProjectKey"/>), until a later import or edit fills the code in: importing the same document again changes nothing;
/// importing a corrected one adds a version to each changed project only, with who, when and the
/// <see cref="DocumentComparer"/> lines of what changed. Any failure rolls the whole document back. Every change is
/// appended to the audit trail in the same transaction (one entry per changed field); a document under review or
/// approved is not changed (docs/workflow.md §3).
/// </summary>
public sealed class DocumentImporter(JixiaoDbContext db, TimeProvider time)
{
    public async Task<ImportResult> ImportAsync(PerformanceDocument document, ImportRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            return await StoreAsync(document, request, cancellationToken).ConfigureAwait(false);
        }
        catch (ImportException e) when (e.FileName.Length == 0 && request.Action == ImportMessages.ImportAction && request.SourceFile.Length > 0)
        {
            // Where the problem is includes which file: the caller may import several.
            throw e.InFile(request.SourceFile);
        }
    }

    private Task<ImportResult> StoreAsync(PerformanceDocument document, ImportRequest request, CancellationToken cancellationToken)
    {
        ImportValidation.Check(document);
        return Writes.RunAsync(db, time, async ct =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            await EnsureRegionAndYearAsync(document, now, ct).ConfigureAwait(false);
            // The region's row goes in before its new units, which the bulk inserter writes directly.
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            var units = await EnsureUnitsAsync(document, ct).ConfigureAwait(false);
            var (entity, created, part1Changes, part1Emptied, merge) = await UpsertDocumentAsync(document, request, now, ct).ConfigureAwait(false);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);

            var audit = new List<AuditLogEntry>();
            // A file without project tables keeps the stored ones as they are: nothing to compare, nothing removed.
            var changes = (PartMerge.KeptParts(document) & FormFields.Part2) != 0 && !created
                ? []
                : await UpsertProjectsAsync(document, entity, units, request, now, audit, ct).ConfigureAwait(false);
            var result = new ImportResult(entity.Id, created, part1Changes.Select(d => d.ToString()).ToList(), changes)
            {
                Part1Emptied = part1Emptied, Kept = merge.Kept, Stored = merge.Document,
            };
            if (!request.AllowRemoval && (result.Removed > 0 || part1Emptied))
            {
                throw new ImportException(ImportMessages.RemovalNotAllowed(result.Projects.Where(p => p.Kind == ProjectChangeKind.Removed), part1Emptied))
                {
                    Advice = ImportMessages.RemovalAdvice(request.RemovalConsent),
                    IsRemoval = true,
                };
            }

            if (!result.NothingChanged)
            {
                audit.InsertRange(0, DocumentAudit(request, now, entity, created, part1Changes, result));
                await AuditLog.AppendAsync(db, audit, ct).ConfigureAwait(false);
            }

            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return result;
        }, cancellationToken);
    }

    private async Task EnsureRegionAndYearAsync(PerformanceDocument document, DateTime now, CancellationToken ct)
    {
        if (await db.Regions.FindAsync([document.RegionCode], ct).ConfigureAwait(false) is null)
        {
            db.Regions.Add(new Region { Code = document.RegionCode });
        }

        if (await db.FiscalYears.FindAsync([document.RegionCode, document.FiscalYear], ct).ConfigureAwait(false) is null)
        {
            db.FiscalYears.Add(new FiscalYear { RegionCode = document.RegionCode, Year = document.FiscalYear, CreatedAt = now });
        }
    }

    private async Task<Dictionary<string, Unit>> EnsureUnitsAsync(PerformanceDocument document, CancellationToken ct)
    {
        var codes = document.Projects.Select(p => p.UnitCode).Distinct().ToList();
        var units = await db.Units.Where(u => u.RegionCode == document.RegionCode && codes.Contains(u.Code))
            .ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var added = new List<Unit>();
        foreach (var project in document.Projects)
        {
            if (!units.TryGetValue(project.UnitCode, out var unit))
            {
                unit = new Unit { RegionCode = document.RegionCode, Code = project.UnitCode, DepartmentCode = UnitCode.DepartmentOf(project.UnitCode) };
                units.Add(project.UnitCode, unit);
                added.Add(unit);
            }

            if (project.UnitName.Length > 0 && unit.Name != project.UnitName)
            {
                unit.Name = project.UnitName;
            }
        }

        // A department's goals without project tables: the department needs a unit to be shown under, its head unit (xxx001)
        // unless it has one already.
        if (document.Projects.Count == 0 && !document.DepartmentGoals.IsEmpty
            && !await db.Units.AnyAsync(u => u.RegionCode == document.RegionCode && u.DepartmentCode == document.DepartmentCode, ct).ConfigureAwait(false))
        {
            added.Add(new Unit
            {
                RegionCode = document.RegionCode, Code = document.DepartmentCode + "001", DepartmentCode = document.DepartmentCode, Name = document.DepartmentName,
            });
        }

        // New units (a first import brings a department's fifty) by the bulk inserter, keys reserved in the order
        // they first appear, instead of one tracked INSERT each; known units stay tracked, so a new name is an update.
        if (added.Count > 0)
        {
            var bulk = BulkInserter.For(db);
            var ids = await bulk.ReserveIdsAsync<Unit>(added.Count, ct).ConfigureAwait(false);
            for (var i = 0; i < added.Count; i++)
            {
                added[i].Id = checked((int)ids[i]);
            }

            await bulk.InsertAsync(added, ct).ConfigureAwait(false);
        }

        return units;
    }

    private async Task<(DepartmentDocument Entity, bool Created, IReadOnlyList<FieldDifference> Changes, bool Part1Emptied, StoredMerge Merge)> UpsertDocumentAsync(
        PerformanceDocument document, ImportRequest request, DateTime now, CancellationToken ct)
    {
        var entity = await db.Documents.Include(d => d.SubGoals).Include(d => d.Safeguards).Include(d => d.Workflow).AsSplitQuery()
            .SingleOrDefaultAsync(d => d.RegionCode == document.RegionCode && d.FiscalYear == document.FiscalYear && d.DepartmentCode == document.DepartmentCode, ct)
            .ConfigureAwait(false);
        if (entity is null)
        {
            entity = new DepartmentDocument { CreatedAt = now, UpdatedAt = now, SourceFile = request.SourceFile };
            DocumentMapping.ApplyPart1(entity, document);
            entity.Workflow = new WorkflowState { Status = WorkflowStatus.Draft, ChangedBy = request.User, ChangedAt = now };
            db.Documents.Add(entity);
            return (entity, true, [], false, new StoredMerge(document, []));
        }

        if (WorkflowMachine.CheckEditableState(WorkflowMapping.StateOf(entity)) is { } locked)
        {
            throw new ImportException($"{entity.DepartmentName}{entity.FiscalYear}年部门预算绩效文本：{locked}", isLocked: true) { Advice = locked.Suggestion };
        }

        // The parts the file's form does not have keep what is stored (the stored projects are read only when the file
        // has none: they are the document the review judges).
        var kept = PartMerge.KeptParts(document);
        var before = (kept & FormFields.Part2) != 0
            ? await DocumentQueries.GetAsync(db, entity.Id, ct).ConfigureAwait(false) ?? DocumentMapping.ToDomain(entity, [])
            : DocumentMapping.ToDomain(entity, []);
        var merged = PartMerge.Merge(before, document);

        // Compare Part 1 and the header only; projects are compared one by one below.
        var changes = DocumentComparer.Differences(before with { Projects = [] }, merged with { Projects = [] });
        if (changes.Count > 0)
        {
            DocumentMapping.ApplyPart1(entity, merged);
            entity.UpdatedAt = now;
            entity.SourceFile = request.SourceFile;
        }

        return (entity, false, changes, !before.DepartmentGoals.IsEmpty && merged.DepartmentGoals.IsEmpty, new StoredMerge(merged, ImportMessages.Kept(kept, before)));
    }

    /// <summary>The document as the import stores it and what it kept of the stored one, said to the user.</summary>
    private sealed record StoredMerge(PerformanceDocument Document, IReadOnlyList<string> Kept);

    private async Task<List<ProjectChange>> UpsertProjectsAsync(PerformanceDocument document, DepartmentDocument entity,
        Dictionary<string, Unit> units, ImportRequest request, DateTime now, List<AuditLogEntry> audit, CancellationToken ct)
    {
        var codes = document.Projects.Select(p => ProjectCode.Normalize(p.ProjectCode)).ToList();
        var keys = document.Projects.Select(ProjectKey.Of).ToList();
        var withCode = codes.Where(c => c.Length > 0).ToList();
        // `Code <> ''` repeats the filter of the (year, code) index, which is partial: without it neither database may
        // use that index, and PostgreSQL compared every project of the year with every code of the file (a scan
        // growing with the province, per document imported).
        var stored = await db.Projects
            .Where(p => p.FiscalYear == document.FiscalYear && ((p.Code != "" && withCode.Contains(p.Code)) || p.DocumentId == entity.Id))
            .ToListAsync(ct).ConfigureAwait(false);
        var ids = stored.Select(p => p.Id).ToList();
        // A new department's first import knows none of its projects: the four statements of the split query below
        // would each come back empty.
        var current = ids.Count == 0 ? [] : await db.ProjectVersions.AsNoTracking()
            .Include(v => v.Checkpoints).Include(v => v.Goals).Include(v => v.Indicators).AsSplitQuery()
            .Where(v => ids.Contains(v.ProjectId) && v.Number == v.Project!.CurrentVersion)
            .ToDictionaryAsync(v => v.ProjectId, ct).ConfigureAwait(false);

        // A project without a code is known by its name in this document; a live one wins over one removed earlier.
        var existing = new Dictionary<string, Project>(StringComparer.Ordinal);
        foreach (var p in stored.OrderBy(p => p.RemovedAt is null ? 0 : 1))
        {
            existing.TryAdd(KeyOf(p, current), p);
        }

        var changes = new List<ProjectChange>();
        var source = request.AuditSource(now);
        var created = new List<Project>();
        var versions = new List<(Project Project, ProjectVersion Version)>();
        var kept = new HashSet<int>();
        for (var i = 0; i < document.Projects.Count; i++)
        {
            var (project, code, key) = (document.Projects[i], codes[i], keys[i]);
            var unit = units[project.UnitCode];
            if (!request.MayEditUnit(unit.Id))
            {
                throw Refused(ImportMessages.NotOwnUnit(project.UnitCode, project.UnitName), project);
            }

            var filled = false;
            if (!existing.TryGetValue(key, out var match) && code.Length > 0
                && existing.TryGetValue(ProjectKey.Of(string.Empty, project.ProjectName), out var withoutCode) && withoutCode.Code.Length == 0 && withoutCode.DocumentId == entity.Id)
            {
                // The code of a project stored without one is filled in: it is the same project.
                match = withoutCode;
                filled = true;
            }

            if (match is null)
            {
                var added = new Project { FiscalYear = document.FiscalYear, Code = code, UnitId = unit.Id, DocumentId = entity.Id, CurrentVersion = 1, CreatedAt = now };
                created.Add(added);
                versions.Add((added, NewVersion(project, 1, [ImportMessages.NewVersion], request, now)));
                changes.Add(new ProjectChange(code, project.ProjectName, ProjectChangeKind.Added, 1, [ImportMessages.NewVersion]));
                audit.AddRange(AuditDiff.ForNewProject(project, source).Select(e => e with { EntityId = AuditKeys.Project(document.FiscalYear, key) }));
                continue;
            }

            // Taking over another unit's project by writing one's own unit code into its table is refused before
            // anything else is said about it (its document names a department the user may not read).
            if (match.UnitId != unit.Id && !request.MayEditUnit(match.UnitId))
            {
                throw Refused(ImportMessages.OtherUnitsProject(code, await UnitOfAsync(match.UnitId, ct).ConfigureAwait(false)), project);
            }

            kept.Add(match.Id);
            if (match.DocumentId != entity.Id)
            {
                throw ImportValidation.InTable(ImportMessages.OtherDocument(code, await DepartmentOfAsync(match.DocumentId, ct).ConfigureAwait(false)),
                    project, "项目编码", ImportMessages.OtherDocumentAdvice);
            }

            var expectedKey = filled ? ProjectKey.Of(string.Empty, project.ProjectName) : key;
            if (request.ExpectedVersions.TryGetValue(expectedKey, out var expected) && expected != match.CurrentVersion)
            {
                throw new ProjectConcurrencyException(match.Id, expected, match.CurrentVersion);
            }

            var before = ProjectMapping.ToDomain(current[match.Id]);
            var diff = DocumentComparer.CompareProjects(before, project, $"项目《{project.ProjectName}》");
            var restored = match.RemovedAt is not null;
            if (diff.Count == 0 && !restored)
            {
                changes.Add(new ProjectChange(code, project.ProjectName, ProjectChangeKind.Unchanged, match.CurrentVersion, []));
                continue;
            }

            var number = match.CurrentVersion + 1;
            IReadOnlyList<string> lines = restored ? [.. diff.Prepend("重新列入文档")] : filled ? [.. diff.Prepend(ImportMessages.CodeFilled(code))] : diff;
            match.CurrentVersion = number;
            match.RemovedAt = null;
            match.UnitId = unit.Id;
            match.Code = code;
            versions.Add((match, NewVersion(project, number, lines, request, now)));
            changes.Add(new ProjectChange(code, project.ProjectName, ProjectChangeKind.Changed, number, lines));
            audit.AddRange(AuditDiff.ForProject(before, project, source).Select(e => e with
            {
                Action = request.Action, EntityId = AuditKeys.Project(document.FiscalYear, key),
            }));
        }

        await InsertAsync(created, versions, ct).ConfigureAwait(false);

        // A unit editor's file holds its own units' tables only: the other units' projects of the department are not
        // in it, and stay as they are.
        foreach (var gone in stored.Where(p => p.DocumentId == entity.Id && p.RemovedAt is null && !kept.Contains(p.Id) && request.MayEditUnit(p.UnitId)))
        {
            gone.RemovedAt = now;
            var name = current.TryGetValue(gone.Id, out var v) ? v.Name : gone.Code;
            audit.Add(AuditDiff.Draft(source, ImportMessages.RemoveAction, AuditDiff.ProjectEntity, AuditKeys.Project(gone.FiscalYear, KeyOf(gone, current)),
                "项目", name, $"{request.SourceFile} 中已没有该项目"));
            changes.Add(new ProjectChange(gone.Code, name, ProjectChangeKind.Removed, gone.CurrentVersion, []));
        }

        return changes;
    }

    private static string KeyOf(Project project, Dictionary<int, ProjectVersion> current) =>
        ProjectKey.Of(project.Code, current.TryGetValue(project.Id, out var version) ? version.Name : string.Empty);

    private static ProjectVersion NewVersion(BudgetProject content, int number, IReadOnlyList<string> changes, ImportRequest request, DateTime now)
    {
        var version = ProjectMapping.ToVersion(content);
        version.Number = number;
        version.CreatedBy = request.User;
        version.CreatedAt = now;
        version.SourceFile = request.SourceFile;
        version.Changes = string.Join('\n', changes);
        return version;
    }

    /// <summary>Writes new projects and versions in bulk (keys reserved first), inside the import transaction.</summary>
    private async Task InsertAsync(List<Project> created, List<(Project Project, ProjectVersion Version)> versions, CancellationToken ct)
    {
        var bulk = BulkInserter.For(db);
        if (created.Count > 0)
        {
            var ids = await bulk.ReserveIdsAsync<Project>(created.Count, ct).ConfigureAwait(false);
            for (var i = 0; i < created.Count; i++)
            {
                created[i].Id = checked((int)ids[i]);
            }

            await bulk.InsertAsync(created, ct).ConfigureAwait(false);
        }

        if (versions.Count == 0)
        {
            return;
        }

        var versionIds = await bulk.ReserveIdsAsync<ProjectVersion>(versions.Count, ct).ConfigureAwait(false);
        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i].Version;
            version.Id = versionIds[i];
            version.ProjectId = versions[i].Project.Id;
            version.Checkpoints.ForEach(c => c.VersionId = version.Id);
            version.Goals.ForEach(g => g.VersionId = version.Id);
            version.Indicators.ForEach(x => x.VersionId = version.Id);
        }

        await bulk.InsertAsync([.. versions.Select(v => v.Version)], ct).ConfigureAwait(false);
        await bulk.InsertAsync([.. versions.SelectMany(v => v.Version.Checkpoints)], ct).ConfigureAwait(false);
        await bulk.InsertAsync([.. versions.SelectMany(v => v.Version.Goals)], ct).ConfigureAwait(false);
        await bulk.InsertAsync([.. versions.SelectMany(v => v.Version.Indicators)], ct).ConfigureAwait(false);
    }

    private static ImportException Refused(string message, BudgetProject project) =>
        new(message) { Table = project.Sequence, TableName = project.ProjectName, Cell = "单位代码", Advice = ImportMessages.OwnUnitsAdvice, IsRefused = true };

    private async Task<string> UnitOfAsync(int unitId, CancellationToken ct) =>
        await db.Units.Where(u => u.Id == unitId).Select(u => u.Code + " " + u.Name).SingleAsync(ct).ConfigureAwait(false);

    private async Task<string> DepartmentOfAsync(int documentId, CancellationToken ct) =>
        await db.Documents.Where(d => d.Id == documentId).Select(d => d.DepartmentCode + " " + d.DepartmentName)
            .SingleAsync(ct).ConfigureAwait(false);

    /// <summary>The document-level entries: one summary of the import (file, counts), then Part 1 field by field.</summary>
    private static IEnumerable<AuditLogEntry> DocumentAudit(ImportRequest request, DateTime now, DepartmentDocument document, bool created,
        IReadOnlyList<FieldDifference> part1, ImportResult result)
    {
        var source = request.AuditSource(now);
        var key = AuditKeys.Document(document);
        if (created || request.Action == ImportMessages.ImportAction)
        {
            yield return AuditDiff.Draft(source, request.Action, AuditDiff.DocumentEntity, key, "文件", string.Empty, ImportMessages.Imported(request.SourceFile, result));
        }

        foreach (var d in part1)
        {
            yield return AuditDiff.Draft(source, request.Action, AuditDiff.DocumentEntity, key, d.Path, d.Before, d.After);
        }
    }
}

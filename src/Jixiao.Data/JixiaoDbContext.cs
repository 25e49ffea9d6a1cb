using Jixiao.Data.Entities;
using Jixiao.Data.Tracking;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// The one database of Jixiao: regions, units, fiscal years, department documents, versioned projects, and
/// what later stages add (reviews, workflow, monitoring, self-evaluation, audit), plus the web app's users and
/// roles. The same model runs on SQLite and PostgreSQL; each provider has its own migration set.
/// </summary>
public class JixiaoDbContext : IdentityDbContext<JixiaoUser, IdentityRole, string>, IDataProtectionKeyContext
{
    public JixiaoDbContext(DbContextOptions<JixiaoDbContext> options)
        : base(options)
    {
        SavingChanges += (_, _) => Touched?.Saving(ChangeTracker);
        SavedChanges += (_, _) => Touched?.Saved();
        SaveChangesFailed += (_, _) => Touched?.SaveFailed();
        ChangeTracker.Tracked += (_, e) => NoteAddedRun(e.Entry.Entity, e.Entry.State);
        ChangeTracker.StateChanged += (_, e) => NoteAddedRun(e.Entry.Entity, e.NewState);
    }

    /// <summary>What the current write has changed so far; null outside a write (<see cref="BeginWrite"/>).</summary>
    public TouchedRows? Touched { get; private set; }

    /// <summary>Starts recording what is saved, for the derived tables the write pipeline refreshes at its end.</summary>
    public TouchedRows BeginWrite() => Touched = new TouchedRows();

    /// <summary>Stops recording (the context may go back to the pool and serve another request).</summary>
    public void EndWrite() => Touched = null;

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<FiscalYear> FiscalYears => Set<FiscalYear>();

    public DbSet<DepartmentDocument> Documents => Set<DepartmentDocument>();

    public DbSet<DocumentSubGoal> DocumentSubGoals => Set<DocumentSubGoal>();

    public DbSet<DocumentSafeguard> DocumentSafeguards => Set<DocumentSafeguard>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectVersion> ProjectVersions => Set<ProjectVersion>();

    public DbSet<PlanCheckpoint> PlanCheckpoints => Set<PlanCheckpoint>();

    public DbSet<ProjectGoal> ProjectGoals => Set<ProjectGoal>();

    public DbSet<ProjectIndicator> ProjectIndicators => Set<ProjectIndicator>();

    public DbSet<ReviewRun> ReviewRuns => Set<ReviewRun>();

    public DbSet<ReviewFinding> ReviewFindings => Set<ReviewFinding>();

    public DbSet<ReviewFindingCount> ReviewFindingCounts => Set<ReviewFindingCount>();

    public DbSet<FindingText> FindingTexts => Set<FindingText>();

    public DbSet<WorkflowState> WorkflowStates => Set<WorkflowState>();

    public DbSet<ProjectExecution> Executions => Set<ProjectExecution>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<MonitoringRecord> MonitoringRecords => Set<MonitoringRecord>();

    public DbSet<SelfEvaluation> SelfEvaluations => Set<SelfEvaluation>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditCheckpointRow> AuditCheckpoints => Set<AuditCheckpointRow>();

    public DbSet<DashboardSummary> DashboardSummaries => Set<DashboardSummary>();

    public DbSet<DashboardYearTotal> DashboardYearTotals => Set<DashboardYearTotal>();

    public DbSet<ExecutionSummary> ExecutionSummaries => Set<ExecutionSummary>();

    public DbSet<DocumentComment> DocumentComments => Set<DocumentComment>();

    public DbSet<DocumentCommentReply> DocumentCommentReplies => Set<DocumentCommentReply>();

    public DbSet<RevisitNote> RevisitNotes => Set<RevisitNote>();

    public DbSet<LayoutProfile> LayoutProfiles => Set<LayoutProfile>();

    /// <summary>The learned indicator library (指标库), per region and national.</summary>
    public DbSet<LibraryIndicator> LibraryIndicators => Set<LibraryIndicator>();

    /// <summary>The bureau's curation of the library.</summary>
    public DbSet<LibraryCuration> LibraryCurations => Set<LibraryCuration>();

    /// <summary>Which units each 单位填报 user fills in for.</summary>
    public DbSet<UserUnit> UserUnits => Set<UserUnit>();

    /// <summary>The web app's data-protection keys (cookies, anti-forgery tokens): kept in the database so several
    /// instances behind a load balancer share them and a restart does not sign everyone out.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Pinned so the model (and so the committed migrations) does not depend on how the web app
    /// configures Identity: version 3 includes passkeys.</summary>
    protected override Version SchemaVersion => IdentitySchemaVersions.Version3;

    /// <summary>Saves, and gives a review run added through the change tracker without <see cref="ReviewRun.FindingsRunId"/>
    /// its own id there: readers take a document's findings from its greatest findings run, so a run left at 0 would
    /// have its findings stored and never shown. The bulk writer sets the field itself and does not come here.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var runs = RunsWithoutFindingsRun();
        if (runs.Count == 0)
            return base.SaveChanges(acceptAllChangesOnSuccess);
        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        foreach (var run in runs)
            run.FindingsRunId = run.Id;
        base.SaveChanges(acceptAllChangesOnSuccess);
        transaction?.Commit();
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var runs = RunsWithoutFindingsRun();
        if (runs.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        await using var transaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        foreach (var run in runs)
            run.FindingsRunId = run.Id;
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return saved;
    }

    /// <summary>Review runs that became Added since the last save, noted as the tracker adds them (cheaper than
    /// scanning every tracked entry on each save).</summary>
    private readonly List<ReviewRun> _addedRuns = [];

    private void NoteAddedRun(object entity, EntityState state)
    {
        if (state == EntityState.Added && entity is ReviewRun run)
            _addedRuns.Add(run);
    }

    private List<ReviewRun> RunsWithoutFindingsRun()
    {
        if (_addedRuns.Count == 0)
            return [];
        var runs = _addedRuns.Distinct().Where(r => r.FindingsRunId == 0 && Entry(r).State == EntityState.Added).ToList();
        _addedRuns.Clear();
        return runs;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(JixiaoDbContext).Assembly);
    }
}

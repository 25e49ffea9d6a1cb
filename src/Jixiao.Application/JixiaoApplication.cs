using Jixiao.Application.Documents;
using Jixiao.Application.Execution;
using Jixiao.Application.Library;
using Jixiao.Application.Regions;
using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Data.Audit;
using Microsoft.AspNetCore.DataProtection;
using Jixiao.Data.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Application;

/// <summary>The one composition of the application layer, used by both hosts: the web app and the <c>jixiao</c>
/// command register the same database context and use cases, so a page, an API endpoint and a command that do the
/// same thing run the same code.</summary>
public static class JixiaoApplication
{
    /// <param name="certificate">The certificate that encrypts the key ring (<see cref="KeyProtection"/>), if any.</param>
    public static IServiceCollection AddJixiaoApplication(this IServiceCollection services, DatabaseConnection connection,
        (string? File, string? Password) certificate = default)
    {
        services.AddSingleton(connection);
        // Pooled: a profile of the dashboard and project page under 50 clients showed setting up a fresh context
        // (its services and model lookups) on every request as a visible share of the CPU.
        services.AddDbContextPool<JixiaoDbContext>(o => JixiaoDatabase.Configure(o, connection));
        services.AddSingleton(TimeProvider.System);
        // One key ring for both hosts: it signs the web app's cookies and the audit checkpoint every append rewrites.
        services.AddDataProtection().SetApplicationName("Jixiao").PersistKeysToDbContext<JixiaoDbContext>()
            .ProtectWithCertificate(certificate.File, certificate.Password);
        services.AddSingleton<AuditCheckpointSigner>();
        services.AddScoped<DocumentImporter>();
        services.AddScoped<DocumentReviewer>();
        services.AddScoped<DocumentStore>();
        services.AddScoped<DocumentImport>();
        services.AddScoped<ImportLayouts>();
        services.AddScoped<ExecutionService>();
        services.AddScoped<PaymentImport>();
        services.AddScoped<WorkflowService>();
        services.AddScoped<RegionSettings>();
        services.AddScoped<CurrentUser>();
        // One cache of each region's library per process, checked against the database's stamp on every read.
        services.AddSingleton<LibraryCatalog>();
        services.AddScoped<LibraryService>();
        services.AddScoped<LibraryTransfer>();
        return services;
    }
}

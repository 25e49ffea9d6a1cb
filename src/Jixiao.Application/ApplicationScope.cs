using Jixiao.Data;
using Jixiao.Data.Audit;
using Jixiao.Data.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Application;

/// <summary>The application layer as the web app composes it (<see cref="JixiaoApplication.AddJixiaoApplication"/>),
/// outside a web request: for one command of <c>jixiao</c>, or one test. Its use cases and its database context are
/// disposed together.</summary>
public sealed class ApplicationScope : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    public ApplicationScope(DatabaseConnection connection)
    {
        _services = new ServiceCollection().AddJixiaoApplication(connection, KeyProtection.FromEnvironment()).BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
        _services.GetRequiredService<AuditCheckpointSigner>().EnsureKey();
    }

    public JixiaoDbContext Db => Get<JixiaoDbContext>();

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync().ConfigureAwait(false);
        await _services.DisposeAsync().ConfigureAwait(false);
    }
}

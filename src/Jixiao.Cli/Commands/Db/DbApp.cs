using Jixiao.Application;
using Jixiao.Data;
using Jixiao.Data.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Commands.Db;

/// <summary>The application layer as the web app composes it (<see cref="JixiaoApplication.AddJixiaoApplication"/>),
/// for one `db` command: its use cases and its database context, disposed together.</summary>
internal sealed class DbApp : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    public DbApp(DatabaseConnection connection)
    {
        _services = new ServiceCollection().AddJixiaoApplication(connection).BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
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

namespace Jixiao.Web.Tests;

/// <summary>A running app and its database, disposed together (the app first, so no connection stays open).</summary>
public sealed class TestApp(JixiaoAppFactory factory, ITestDatabase database) : IAsyncDisposable
{
    public JixiaoAppFactory Factory { get; } = factory;

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database.DisposeAsync();
    }
}

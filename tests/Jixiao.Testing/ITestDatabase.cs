using Jixiao.Data.Setup;

namespace Jixiao.Testing;

/// <summary>A fresh, empty database for one test, dropped afterwards.</summary>
public interface ITestDatabase : IAsyncDisposable
{
    DatabaseConnection Connection { get; }
}

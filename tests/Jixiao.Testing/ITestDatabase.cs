using Jixiao.Data.Setup;

namespace Jixiao.Data.Tests;

/// <summary>A fresh, empty database for one test, dropped afterwards.</summary>
public interface ITestDatabase : IAsyncDisposable
{
    DatabaseConnection Connection { get; }
}

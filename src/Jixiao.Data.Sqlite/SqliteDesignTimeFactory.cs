using Jixiao.Data.Setup;
using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add X --project src/Jixiao.Data.Sqlite</c> build the SQLite model; no
/// database is touched to add a migration.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<JixiaoDbContext>
{
    public JixiaoDbContext CreateDbContext(string[] args) =>
        JixiaoDatabase.CreateContext(new DatabaseConnection(DatabaseProvider.Sqlite, "Data Source=:memory:"));
}

using Jixiao.Data.Setup;
using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Data.Postgres;

/// <summary>Lets <c>dotnet ef migrations add X --project src/Jixiao.Data.Postgres</c> build the PostgreSQL
/// model; no server is contacted to add a migration.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<JixiaoDbContext>
{
    public JixiaoDbContext CreateDbContext(string[] args) =>
        JixiaoDatabase.CreateContext(new DatabaseConnection(DatabaseProvider.Postgres, "Host=localhost;Database=jixiao_design"));
}

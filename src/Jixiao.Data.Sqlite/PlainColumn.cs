using Microsoft.EntityFrameworkCore.Migrations;

namespace Jixiao.Data.Sqlite;

/// <summary>
/// Drops a column with SQLite's own ALTER TABLE … DROP COLUMN (SQLite 3.35+), inside the migration's transaction.
/// EF Core's DropColumn rebuilds the whole table instead, and a rebuild must switch foreign keys off outside any
/// transaction — a migration that is not atomic, and a warning at every first start. Only for plain columns: one
/// that is indexed, a key, or part of a foreign key still needs the rebuild (its own migration, see DropUserUnitColumn).
/// </summary>
internal static class PlainColumn
{
    public static void Drop(MigrationBuilder migrationBuilder, string table, string column) =>
        migrationBuilder.Sql($"ALTER TABLE \"{table}\" DROP COLUMN \"{column}\";");
}

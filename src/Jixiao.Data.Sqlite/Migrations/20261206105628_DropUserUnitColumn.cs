using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Sqlite.Migrations
{
    /// <summary>
    /// Drops AspNetUsers.UnitId, whose units moved to UserUnits. The column has a foreign key, so SQLite drops it only
    /// by rebuilding the table, with foreign keys switched off outside any transaction. Alone in its migration that
    /// rebuild is the whole migration: nothing else can be left half applied (EF warns when such a step shares a
    /// migration with others). On a database that already lost the column the rebuild copies the table unchanged.
    /// </summary>
    public partial class DropUserUnitColumn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UnitId",
                table: "AspNetUsers");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "UnitId",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Units_UnitId",
                table: "AspNetUsers",
                column: "UnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UserUnits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UserUnits",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserUnits", x => new { x.UserId, x.UnitId });
                    table.ForeignKey(
                        name: "FK_UserUnits_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UserUnits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UserUnits_UnitId",
                table: "UserUnits",
                column: "UnitId");

            // Keep every existing clerk working: its one unit becomes its first assignment, before the column goes.
            migrationBuilder.Sql("INSERT INTO \"UserUnits\" (\"UserId\", \"UnitId\") SELECT \"Id\", \"UnitId\" FROM \"AspNetUsers\" WHERE \"UnitId\" IS NOT NULL;");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_UnitId",
                table: "AspNetUsers");

            // The column itself (a foreign key, so SQLite can only drop it by rebuilding the table, with foreign keys
            // switched off outside any transaction) goes in its own migration, DropUserUnitColumn.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_UnitId",
                table: "AspNetUsers",
                column: "UnitId");

            // Going back keeps one unit per clerk (the lowest id); further assignments are lost.
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"UnitId\" = (SELECT MIN(\"UnitId\") FROM \"UserUnits\" WHERE \"UserUnits\".\"UserId\" = \"AspNetUsers\".\"Id\");");

            migrationBuilder.DropTable(
                name: "UserUnits");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GoalTableLayouts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_FiscalYear_Code",
                table: "Projects");

            migrationBuilder.AddColumn<string>(
                name: "Extras",
                table: "ProjectVersions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Extras",
                table: "ProjectIndicators",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Standards",
                table: "ProjectIndicators",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "Weight",
                table: "ProjectIndicators",
                type: "TEXT",
                precision: 7,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LayoutProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Columns = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LayoutProfiles", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_FiscalYear_Code",
                table: "Projects",
                columns: new[] { "FiscalYear", "Code" },
                unique: true,
                filter: "\"Code\" <> ''");

            migrationBuilder.CreateIndex(
                name: "IX_LayoutProfiles_RegionCode_Name",
                table: "LayoutProfiles",
                columns: new[] { "RegionCode", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LayoutProfiles");

            migrationBuilder.DropIndex(
                name: "IX_Projects_FiscalYear_Code",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Extras",
                table: "ProjectVersions");

            migrationBuilder.DropColumn(
                name: "Extras",
                table: "ProjectIndicators");

            migrationBuilder.DropColumn(
                name: "Standards",
                table: "ProjectIndicators");

            migrationBuilder.DropColumn(
                name: "Weight",
                table: "ProjectIndicators");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_FiscalYear_Code",
                table: "Projects",
                columns: new[] { "FiscalYear", "Code" },
                unique: true);
        }
    }
}

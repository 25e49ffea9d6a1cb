using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DashboardSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DashboardSummaries",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(21)", maxLength: 21, nullable: false),
                    ProjectCount = table.Column<int>(type: "integer", nullable: false),
                    BudgetFen = table.Column<long>(type: "bigint", nullable: false),
                    LatestGrade = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    LatestScore = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    ErrorCount = table.Column<int>(type: "integer", nullable: false),
                    WarningCount = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DashboardSummaries", x => new { x.RegionCode, x.FiscalYear, x.UnitId });
                    table.ForeignKey(
                        name: "FK_DashboardSummaries_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DashboardYearTotals",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    UnitCount = table.Column<int>(type: "integer", nullable: false),
                    ProjectCount = table.Column<int>(type: "integer", nullable: false),
                    BudgetFen = table.Column<long>(type: "bigint", nullable: false),
                    ErrorCount = table.Column<int>(type: "integer", nullable: false),
                    WarningCount = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DashboardYearTotals", x => new { x.RegionCode, x.FiscalYear });
                });

            migrationBuilder.CreateIndex(
                name: "IX_DashboardSummaries_RegionCode_FiscalYear_BudgetFen",
                table: "DashboardSummaries",
                columns: new[] { "RegionCode", "FiscalYear", "BudgetFen" });

            migrationBuilder.CreateIndex(
                name: "IX_DashboardSummaries_RegionCode_FiscalYear_UnitCode",
                table: "DashboardSummaries",
                columns: new[] { "RegionCode", "FiscalYear", "UnitCode" });

            migrationBuilder.CreateIndex(
                name: "IX_DashboardSummaries_Totals",
                table: "DashboardSummaries",
                columns: new[] { "RegionCode", "FiscalYear", "LatestGrade", "ProjectCount", "BudgetFen", "ErrorCount", "WarningCount" });

            migrationBuilder.CreateIndex(
                name: "IX_DashboardSummaries_UnitId",
                table: "DashboardSummaries",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DashboardSummaries");

            migrationBuilder.DropTable(
                name: "DashboardYearTotals");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExecutionOverview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExecutionSummaries",
                columns: table => new
                {
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 21, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    ProfileStamp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BudgetFen = table.Column<long>(type: "INTEGER", nullable: false),
                    SpentFen = table.Column<long>(type: "INTEGER", nullable: false),
                    RateOrder = table.Column<long>(type: "INTEGER", nullable: true),
                    BudgetLight = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanLight = table.Column<int>(type: "INTEGER", nullable: false),
                    GoalLight = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectLight = table.Column<int>(type: "INTEGER", nullable: false),
                    Reported = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlanKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CurveBudgetFen = table.Column<long>(type: "INTEGER", nullable: false),
                    LastMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    Spent01Fen = table.Column<long>(type: "INTEGER", nullable: false),
                    Spent02Fen = table.Column<long>(type: "INTEGER", nullable: false),
                    Spent03Fen = table.Column<long>(type: "INTEGER", nullable: false),
                    Spent04Fen = table.Column<long>(type: "INTEGER", nullable: false),
                    Spent05Fen = table.Column<long>(type: "INTEGER", nullable: false),
                    Spent06Fen = table.Column<long>(type: "INTEGER", nullable: false),
                    Spent07Fen = table.Column<long>(type: "INTEGER", nullable: false),
                    Spent08Fen = table.Column<long>(type: "INTEGER", nullable: false),
                    Spent09Fen = table.Column<long>(type: "INTEGER", nullable: false),
                    Spent10Fen = table.Column<long>(type: "INTEGER", nullable: false),
                    Spent11Fen = table.Column<long>(type: "INTEGER", nullable: false),
                    Spent12Fen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExecutionSummaries", x => x.ProjectId);
                    table.ForeignKey(
                        name: "FK_ExecutionSummaries_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionSummaries_RegionCode_FiscalYear_ProfileStamp",
                table: "ExecutionSummaries",
                columns: new[] { "RegionCode", "FiscalYear", "ProfileStamp" });

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionSummaries_RegionCode_FiscalYear_ProjectLight_RateOrder",
                table: "ExecutionSummaries",
                columns: new[] { "RegionCode", "FiscalYear", "ProjectLight", "RateOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionSummaries_RegionCode_FiscalYear_RateOrder",
                table: "ExecutionSummaries",
                columns: new[] { "RegionCode", "FiscalYear", "RateOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionSummaries_RegionCode_FiscalYear_UnitCode_Sequence",
                table: "ExecutionSummaries",
                columns: new[] { "RegionCode", "FiscalYear", "UnitCode", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionSummaries_UnitId_FiscalYear",
                table: "ExecutionSummaries",
                columns: new[] { "UnitId", "FiscalYear" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExecutionSummaries");
        }
    }
}

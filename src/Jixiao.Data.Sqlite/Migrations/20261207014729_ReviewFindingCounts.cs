using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReviewFindingCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReviewFindingCounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewRunId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewFindingCounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewFindingCounts_ReviewRuns_ReviewRunId",
                        column: x => x.ReviewRunId,
                        principalTable: "ReviewRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewFindingCounts_ReviewRunId_UnitId",
                table: "ReviewFindingCounts",
                columns: new[] { "ReviewRunId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewFindingCounts_UnitId",
                table: "ReviewFindingCounts",
                column: "UnitId");

            // The runs stored before this table: their findings counted once, with their projects' units.
            migrationBuilder.Sql("""
                INSERT INTO "ReviewFindingCounts" ("ReviewRunId", "UnitId", "RuleId", "Severity", "Count")
                SELECT f."ReviewRunId", p."UnitId", f."RuleId", f."Severity", COUNT(*)
                FROM "ReviewFindings" f LEFT JOIN "Projects" p ON p."Id" = f."ProjectId"
                GROUP BY f."ReviewRunId", p."UnitId", f."RuleId", f."Severity"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReviewFindingCounts");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReviewFindingRunProjectIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReviewFindings_ReviewRunId",
                table: "ReviewFindings");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewFindings_ReviewRunId_ProjectId",
                table: "ReviewFindings",
                columns: new[] { "ReviewRunId", "ProjectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReviewFindings_ReviewRunId_ProjectId",
                table: "ReviewFindings");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewFindings_ReviewRunId",
                table: "ReviewFindings",
                column: "ReviewRunId");
        }
    }
}

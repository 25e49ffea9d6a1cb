using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReviewRunFindingsRun : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "FindingsDigest",
                table: "ReviewRuns",
                type: "BLOB",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FindingsRunId",
                table: "ReviewRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Every run stored so far holds its own findings (or none, when they were replaced by a later run's).
            migrationBuilder.Sql("UPDATE \"ReviewRuns\" SET \"FindingsRunId\" = \"Id\";");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRuns_DocumentId_FindingsRunId",
                table: "ReviewRuns",
                columns: new[] { "DocumentId", "FindingsRunId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReviewRuns_DocumentId_FindingsRunId",
                table: "ReviewRuns");

            migrationBuilder.DropColumn(
                name: "FindingsDigest",
                table: "ReviewRuns");

            migrationBuilder.DropColumn(
                name: "FindingsRunId",
                table: "ReviewRuns");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jixiao.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FindingTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FindingTexts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Fix = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingTexts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FindingTexts_Fix",
                table: "FindingTexts",
                column: "Fix")
                .Annotation("Npgsql:IndexMethod", "hash");

            migrationBuilder.AddColumn<long>(
                name: "TextId",
                table: "ReviewFindings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Existing findings keep their advice and source: each distinct pair becomes one text, and every finding
            // refers to the text of its own pair, before the columns go.
            migrationBuilder.Sql("""
                INSERT INTO "FindingTexts" ("Fix", "Source") SELECT DISTINCT "Fix", "Source" FROM "ReviewFindings" ORDER BY "Fix", "Source";
                UPDATE "ReviewFindings" SET "TextId" = t."Id" FROM "FindingTexts" AS t
                WHERE t."Fix" = "ReviewFindings"."Fix" AND t."Source" = "ReviewFindings"."Source";
                """);

            migrationBuilder.DropColumn(
                name: "Fix",
                table: "ReviewFindings");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "ReviewFindings");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Fix",
                table: "ReviewFindings",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "ReviewFindings",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("""
                UPDATE "ReviewFindings" SET "Fix" = t."Fix", "Source" = t."Source" FROM "FindingTexts" AS t WHERE t."Id" = "ReviewFindings"."TextId";
                """);

            migrationBuilder.DropColumn(
                name: "TextId",
                table: "ReviewFindings");

            migrationBuilder.DropTable(
                name: "FindingTexts");
        }
    }
}

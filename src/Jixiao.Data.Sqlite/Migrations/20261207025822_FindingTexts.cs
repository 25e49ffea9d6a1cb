using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Sqlite.Migrations
{
    /// <summary>
    /// Advice and source of review findings stored once per distinct pair (FindingTexts), findings referring to it by
    /// TextId. Columns are dropped with SQLite's own ALTER TABLE … DROP COLUMN: EF would rebuild the table with foreign
    /// keys switched off, which cannot run inside the migration's transaction, so a failure could leave the findings
    /// half moved. The dropped columns are plain text (no index, key or constraint), which DROP COLUMN allows.
    /// </summary>
    public partial class FindingTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FindingTexts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Fix = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingTexts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FindingTexts_Fix",
                table: "FindingTexts",
                column: "Fix");

            migrationBuilder.AddColumn<long>(
                name: "TextId",
                table: "ReviewFindings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Existing findings keep their advice and source: each distinct pair becomes one text, and every finding
            // refers to the text of its own pair, before the columns go.
            migrationBuilder.Sql("""
                INSERT INTO "FindingTexts" ("Fix", "Source") SELECT DISTINCT "Fix", "Source" FROM "ReviewFindings" ORDER BY "Fix", "Source";
                UPDATE "ReviewFindings" SET "TextId" = t."Id" FROM "FindingTexts" AS t
                WHERE t."Fix" = "ReviewFindings"."Fix" AND t."Source" = "ReviewFindings"."Source";
                """);

            migrationBuilder.Sql("""ALTER TABLE "ReviewFindings" DROP COLUMN "Fix";""");

            migrationBuilder.Sql("""ALTER TABLE "ReviewFindings" DROP COLUMN "Source";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Fix",
                table: "ReviewFindings",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "ReviewFindings",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("""
                UPDATE "ReviewFindings" SET "Fix" = t."Fix", "Source" = t."Source" FROM "FindingTexts" AS t WHERE t."Id" = "ReviewFindings"."TextId";
                """);

            migrationBuilder.Sql("""ALTER TABLE "ReviewFindings" DROP COLUMN "TextId";""");

            migrationBuilder.DropTable(
                name: "FindingTexts");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Execution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SelfEvaluations_ProjectId",
                table: "SelfEvaluations");

            migrationBuilder.DropIndex(
                name: "IX_MonitoringRecords_ProjectId_Month",
                table: "MonitoringRecords");

            // Plain columns: dropped in place, within the migration's transaction (no table rebuild).
            PlainColumn.Drop(migrationBuilder, "MonitoringRecords", "DeviationCategory");

            PlainColumn.Drop(migrationBuilder, "MonitoringRecords", "Light");

            PlainColumn.Drop(migrationBuilder, "MonitoringRecords", "Likelihood");

            migrationBuilder.RenameColumn(
                name: "Problems",
                table: "SelfEvaluations",
                newName: "BudgetReason");

            migrationBuilder.RenameColumn(
                name: "DeviationReason",
                table: "MonitoringRecords",
                newName: "CorrectiveAction");

            migrationBuilder.AddColumn<long>(
                name: "InitialBudgetFen",
                table: "SelfEvaluations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "MonitoringProfile",
                table: "Regions",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "hebei");

            migrationBuilder.AddColumn<string>(
                name: "MonitoringProfileJson",
                table: "Regions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScoringProfile",
                table: "Regions",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "national");

            migrationBuilder.AddColumn<long>(
                name: "AdjustedBudgetFen",
                table: "MonitoringRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "InitialBudgetFen",
                table: "MonitoringRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "Executions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    InitialBudgetFen = table.Column<long>(type: "INTEGER", nullable: false),
                    AdjustedBudgetFen = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Executions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Executions_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringIndicators",
                columns: table => new
                {
                    RecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    Row = table.Column<int>(type: "INTEGER", nullable: false),
                    Actual = table.Column<string>(type: "TEXT", nullable: false),
                    ExpectedAnnual = table.Column<string>(type: "TEXT", nullable: false),
                    Possibility = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    DeviationCategory = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    DeviationReason = table.Column<string>(type: "TEXT", nullable: false),
                    Measures = table.Column<string>(type: "TEXT", nullable: false),
                    Remark = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringIndicators", x => new { x.RecordId, x.Row });
                    table.ForeignKey(
                        name: "FK_MonitoringIndicators_MonitoringRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "MonitoringRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Payments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Voucher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Line = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Occurrence = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    RecordKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    SourceFile = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Payments_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SelfEvaluationIndicators",
                columns: table => new
                {
                    EvaluationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Row = table.Column<int>(type: "INTEGER", nullable: false),
                    Actual = table.Column<string>(type: "TEXT", nullable: false),
                    Points = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    DeclaredScore = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    DeviationReason = table.Column<string>(type: "TEXT", nullable: false),
                    NotApplicable = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfEvaluationIndicators", x => new { x.EvaluationId, x.Row });
                    table.ForeignKey(
                        name: "FK_SelfEvaluationIndicators_SelfEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "SelfEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpendingEntries",
                columns: table => new
                {
                    ExecutionId = table.Column<long>(type: "INTEGER", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SpentFen = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpendingEntries", x => new { x.ExecutionId, x.AsOf });
                    table.ForeignKey(
                        name: "FK_SpendingEntries_Executions_ExecutionId",
                        column: x => x.ExecutionId,
                        principalTable: "Executions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluations_ProjectId",
                table: "SelfEvaluations",
                column: "ProjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringRecords_ProjectId_Month",
                table: "MonitoringRecords",
                columns: new[] { "ProjectId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Executions_ProjectId",
                table: "Executions",
                column: "ProjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ProjectId_Date",
                table: "Payments",
                columns: new[] { "ProjectId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ProjectId_RecordKey",
                table: "Payments",
                columns: new[] { "ProjectId", "RecordKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonitoringIndicators");

            migrationBuilder.DropTable(
                name: "Payments");

            migrationBuilder.DropTable(
                name: "SelfEvaluationIndicators");

            migrationBuilder.DropTable(
                name: "SpendingEntries");

            migrationBuilder.DropTable(
                name: "Executions");

            migrationBuilder.DropIndex(
                name: "IX_SelfEvaluations_ProjectId",
                table: "SelfEvaluations");

            migrationBuilder.DropIndex(
                name: "IX_MonitoringRecords_ProjectId_Month",
                table: "MonitoringRecords");

            PlainColumn.Drop(migrationBuilder, "SelfEvaluations", "InitialBudgetFen");

            PlainColumn.Drop(migrationBuilder, "Regions", "MonitoringProfile");

            PlainColumn.Drop(migrationBuilder, "Regions", "MonitoringProfileJson");

            PlainColumn.Drop(migrationBuilder, "Regions", "ScoringProfile");

            PlainColumn.Drop(migrationBuilder, "MonitoringRecords", "AdjustedBudgetFen");

            PlainColumn.Drop(migrationBuilder, "MonitoringRecords", "InitialBudgetFen");

            migrationBuilder.RenameColumn(
                name: "BudgetReason",
                table: "SelfEvaluations",
                newName: "Problems");

            migrationBuilder.RenameColumn(
                name: "CorrectiveAction",
                table: "MonitoringRecords",
                newName: "DeviationReason");

            migrationBuilder.AddColumn<string>(
                name: "DeviationCategory",
                table: "MonitoringRecords",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Light",
                table: "MonitoringRecords",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Likelihood",
                table: "MonitoringRecords",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluations_ProjectId",
                table: "SelfEvaluations",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringRecords_ProjectId_Month",
                table: "MonitoringRecords",
                columns: new[] { "ProjectId", "Month" });
        }
    }
}

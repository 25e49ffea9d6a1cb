using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Sqlite.Migrations
{
    /// <summary>
    /// The row numbers of MonitoringIndicators and SelfEvaluationIndicators are set by the app, never generated. SQLite
    /// never generated them (it cannot on a composite key; EF warned at every start), so its schema is unchanged:
    /// this migration only records the model. PostgreSQL drops the identity from the two columns.
    /// </summary>
    public partial class IndicatorRowsNotGenerated : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerfEval.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InboxIndexesWithId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_OrgId_Stage_StageEnteredAtUtc",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_Stage_StageEnteredAtUtc",
                table: "Reports");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_OrgId_Stage_StageEnteredAtUtc_Id",
                table: "Reports",
                columns: new[] { "OrgId", "Stage", "StageEnteredAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Stage_StageEnteredAtUtc_Id",
                table: "Reports",
                columns: new[] { "Stage", "StageEnteredAtUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_OrgId_Stage_StageEnteredAtUtc_Id",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_Stage_StageEnteredAtUtc_Id",
                table: "Reports");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_OrgId_Stage_StageEnteredAtUtc",
                table: "Reports",
                columns: new[] { "OrgId", "Stage", "StageEnteredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Stage_StageEnteredAtUtc",
                table: "Reports",
                columns: new[] { "Stage", "StageEnteredAtUtc" });
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PerfEval.Host.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Scale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_OrgId_Stage",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_RoundId",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reminders_RecipientOrgId_RecipientRole_ReadAtUtc",
                table: "Reminders");

            migrationBuilder.AddColumn<byte[]>(
                name: "ScoringInput",
                table: "Reports",
                type: "bytea",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_OrgId_Stage_StageEnteredAtUtc",
                table: "Reports",
                columns: new[] { "OrgId", "Stage", "StageEnteredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_OrgId_Year_Title_Id",
                table: "Reports",
                columns: new[] { "OrgId", "Year", "Title", "Id" },
                descending: new[] { false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_RoundId_Id",
                table: "Reports",
                columns: new[] { "RoundId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Stage_StageEnteredAtUtc",
                table: "Reports",
                columns: new[] { "Stage", "StageEnteredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Year_Title_Id",
                table: "Reports",
                columns: new[] { "Year", "Title", "Id" },
                descending: new[] { true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_Day",
                table: "Reminders",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_RecipientOrgId_RecipientRole_Day_CreatedAtUtc",
                table: "Reminders",
                columns: new[] { "RecipientOrgId", "RecipientRole", "Day", "CreatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "JobLeases");

            migrationBuilder.DropIndex(
                name: "IX_Reports_OrgId_Stage_StageEnteredAtUtc",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_OrgId_Year_Title_Id",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_RoundId_Id",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_Stage_StageEnteredAtUtc",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_Year_Title_Id",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reminders_Day",
                table: "Reminders");

            migrationBuilder.DropIndex(
                name: "IX_Reminders_RecipientOrgId_RecipientRole_Day_CreatedAtUtc",
                table: "Reminders");

            migrationBuilder.DropColumn(
                name: "ScoringInput",
                table: "Reports");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_OrgId_Stage",
                table: "Reports",
                columns: new[] { "OrgId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_RoundId",
                table: "Reports",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_RecipientOrgId_RecipientRole_ReadAtUtc",
                table: "Reminders",
                columns: new[] { "RecipientOrgId", "RecipientRole", "ReadAtUtc" });
        }
    }
}

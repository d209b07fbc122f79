using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerfEval.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewReturnsDelegation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ReturnCount",
                table: "Reports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Review",
                table: "Reports",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "OnBehalfOfDisplayName",
                table: "ReportHistory",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OnBehalfOfUserName",
                table: "ReportHistory",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Delegations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FromUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FromDisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FromRole = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ToUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ToUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ToDisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Delegations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Delegations_Organisations_OrgId",
                        column: x => x.OrgId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_FromUserId_EndDay",
                table: "Delegations",
                columns: new[] { "FromUserId", "EndDay" });

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_OrgId",
                table: "Delegations",
                column: "OrgId");

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_ToUserId_EndDay",
                table: "Delegations",
                columns: new[] { "ToUserId", "EndDay" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Delegations");

            migrationBuilder.DropColumn(
                name: "ReturnCount",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "Review",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "OnBehalfOfDisplayName",
                table: "ReportHistory");

            migrationBuilder.DropColumn(
                name: "OnBehalfOfUserName",
                table: "ReportHistory");
        }
    }
}

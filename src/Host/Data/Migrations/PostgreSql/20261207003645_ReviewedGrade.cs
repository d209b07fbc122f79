using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerfEval.Host.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ReviewedGrade : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReviewedGrade",
                table: "Reports",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReviewedGrade",
                table: "Reports");
        }
    }
}

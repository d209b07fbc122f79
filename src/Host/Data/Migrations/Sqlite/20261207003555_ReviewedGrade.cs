using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PerfEval.Host.Data.Migrations.Sqlite
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
                type: "TEXT",
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

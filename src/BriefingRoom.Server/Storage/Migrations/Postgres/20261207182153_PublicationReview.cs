using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BriefingRoom.Server.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublicationReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Review",
                table: "Publications",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Review",
                table: "Publications");
        }
    }
}

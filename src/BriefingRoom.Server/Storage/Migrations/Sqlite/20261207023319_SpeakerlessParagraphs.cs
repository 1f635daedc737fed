using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BriefingRoom.Server.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SpeakerlessParagraphs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ArchiveParagraphs_Speakerless",
                table: "ArchiveParagraphs",
                column: "DocumentId",
                filter: "\"Speaker\" IS NULL OR \"Speaker\" = ''");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArchiveParagraphs_Speakerless",
                table: "ArchiveParagraphs");
        }
    }
}

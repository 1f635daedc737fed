using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BriefingRoom.Server.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Archive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArchiveDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Url = table.Column<string>(type: "text", nullable: true),
                    ContentHash = table.Column<string>(type: "text", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Attribution = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false),
                    BriefingId = table.Column<long>(type: "bigint", nullable: true),
                    Markdown = table.Column<string>(type: "text", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArchiveDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArchiveParagraphs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<long>(type: "bigint", nullable: false),
                    Turn = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Anchor = table.Column<string>(type: "text", nullable: false),
                    Speaker = table.Column<string>(type: "text", nullable: true),
                    Role = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Folded = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArchiveParagraphs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArchiveParagraphs_ArchiveDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "ArchiveDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArchiveDocuments_BriefingId",
                table: "ArchiveDocuments",
                column: "BriefingId");

            migrationBuilder.CreateIndex(
                name: "IX_ArchiveDocuments_ContentHash",
                table: "ArchiveDocuments",
                column: "ContentHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArchiveDocuments_Date",
                table: "ArchiveDocuments",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_ArchiveDocuments_Url",
                table: "ArchiveDocuments",
                column: "Url",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArchiveParagraphs_DocumentId_Turn_Number",
                table: "ArchiveParagraphs",
                columns: new[] { "DocumentId", "Turn", "Number" },
                unique: true);

            // Full-text index over the folded text with the 'simple' configuration (no stemming), so results match SQLite's FTS5.
            migrationBuilder.Sql("ALTER TABLE \"ArchiveParagraphs\" ADD COLUMN \"Search\" tsvector GENERATED ALWAYS AS (to_tsvector('simple', \"Folded\")) STORED;");
            migrationBuilder.Sql("CREATE INDEX \"IX_ArchiveParagraphs_Search\" ON \"ArchiveParagraphs\" USING GIN (\"Search\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_ArchiveParagraphs_Search\";");

            migrationBuilder.DropTable(
                name: "ArchiveParagraphs");

            migrationBuilder.DropTable(
                name: "ArchiveDocuments");
        }
    }
}

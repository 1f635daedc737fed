using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BriefingRoom.Server.Storage.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Attribution = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    BriefingId = table.Column<long>(type: "INTEGER", nullable: true),
                    Markdown = table.Column<string>(type: "TEXT", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArchiveDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArchiveParagraphs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Turn = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Anchor = table.Column<string>(type: "TEXT", nullable: false),
                    Speaker = table.Column<string>(type: "TEXT", nullable: true),
                    Role = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Folded = table.Column<string>(type: "TEXT", nullable: false)
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

            // Full-text index over the folded text (written by hand: EF Core does not model FTS5). Triggers keep it in step.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"ArchiveSearch\" USING fts5(\"Folded\", content='ArchiveParagraphs', content_rowid='Id', tokenize='unicode61 remove_diacritics 0');");
            migrationBuilder.Sql("CREATE TRIGGER \"ArchiveParagraphs_Inserted\" AFTER INSERT ON \"ArchiveParagraphs\" BEGIN INSERT INTO \"ArchiveSearch\"(rowid, \"Folded\") VALUES (new.\"Id\", new.\"Folded\"); END;");
            migrationBuilder.Sql("CREATE TRIGGER \"ArchiveParagraphs_Deleted\" AFTER DELETE ON \"ArchiveParagraphs\" BEGIN INSERT INTO \"ArchiveSearch\"(\"ArchiveSearch\", rowid, \"Folded\") VALUES ('delete', old.\"Id\", old.\"Folded\"); END;");
            migrationBuilder.Sql("CREATE TRIGGER \"ArchiveParagraphs_Updated\" AFTER UPDATE ON \"ArchiveParagraphs\" BEGIN INSERT INTO \"ArchiveSearch\"(\"ArchiveSearch\", rowid, \"Folded\") VALUES ('delete', old.\"Id\", old.\"Folded\"); INSERT INTO \"ArchiveSearch\"(rowid, \"Folded\") VALUES (new.\"Id\", new.\"Folded\"); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"ArchiveParagraphs_Updated\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"ArchiveParagraphs_Deleted\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"ArchiveParagraphs_Inserted\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"ArchiveSearch\";");

            migrationBuilder.DropTable(
                name: "ArchiveParagraphs");

            migrationBuilder.DropTable(
                name: "ArchiveDocuments");
        }
    }
}

using System.Text;
using BriefingRoom.Server.Pages;
using BriefingRoom.Server.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Archive;

/// <summary>
/// The archive's pages and downloads: the index, each transcript, its questions and answers, its files, and bulk exports.
/// Public, because the archive holds only public text. Ids are constrained to numbers so <c>/archive/search</c> stays free.
/// </summary>
public static class ArchivePages
{
    public const int PageSize = 50;

    public static void MapArchive(this IEndpointRouteBuilder app)
    {
        var archive = app.MapGroup("/archive").AllowAnonymous().WithTags("Archive");

        archive.MapGet("/", async (HttpContext http, BriefingDb db, string? from, string? to, string? kind, string? attribution, string? source, int? page) =>
        {
            var input = new ArchiveFilterInput(from, to, kind, attribution, source, page);
            var (filter, errors) = input.ToFilter();
            if (filter is null)
            {
                return Invalid(http, input, errors);
            }
            var documents = filter.Apply(db.ArchiveDocuments.AsNoTracking());
            var total = await documents.CountAsync();
            var number = page ?? 1;
            var rows = await ArchiveFilter.Newest(documents).Skip((number - 1) * PageSize).Take(PageSize)
                .Select(d => new ArchiveRow(d.Id, d.Title, d.Date, d.Kind, d.Attribution, d.Source, db.ArchiveParagraphs.Count(p => p.DocumentId == d.Id)))
                .ToListAsync();
            return Page.Show<ArchiveIndexPage>(http, new ArchiveIndexModel(new FormState(Values(input), errors), rows, total, number, PageSize));
        }).WithSummary("HTML index of archived transcripts, newest first, filtered by date, kind, attribution and source.");

        archive.MapGet("/{id:long}/", async (long id, HttpContext http, BriefingDb db) =>
            await LoadAsync(db, id) is { } found && ArchiveSource.Of(found.Document) is var source
                ? Page.Show<ArchiveTranscriptPage>(http, new ArchiveTranscriptModel(found.Document, ArchiveTurn.Of(found.Paragraphs, source.Transcript), source.Facts))
                : Page.NotFound(http, "archived transcript with that number"))
            .WithSummary("HTML transcript with speaker roles and a permalink on every paragraph.");

        archive.MapGet("/{id:long}/questions", async (long id, HttpContext http, BriefingDb db) =>
            await LoadAsync(db, id) is { } found && ArchiveSource.Of(found.Document) is var source
                ? Page.Show<ArchiveQuestionsPage>(http, new ArchiveQuestionsModel(found.Document, QuestionsAndAnswers.Pair(ArchiveTurn.Of(found.Paragraphs, source.Transcript)), source.Facts))
                : Page.NotFound(http, "archived transcript with that number"))
            .WithSummary("HTML questions and answers: each reporter question with the answer that followed.");

        archive.MapGet("/{id:long}/transcript.{extension}", async (long id, string extension, HttpContext http, BriefingDb db) =>
        {
            var format = extension switch { "md" => ArchiveExportFormat.Markdown, "json" => ArchiveExportFormat.Json, "akn.xml" => ArchiveExportFormat.AkomaNtoso, "csv" => ArchiveExportFormat.Csv, _ => (ArchiveExportFormat?)null };
            if (format is not { } f || await LoadAsync(db, id) is not { } found)
            {
                return Page.NotFound(http, "download at this address");
            }
            using var text = new StringWriter();
            ArchiveExports.Write(found.Document, found.Paragraphs, f, text);
            // The CSV starts with a byte-order mark, as the bulk one does, so spreadsheets read it as UTF-8.
            var bytes = Encoding.UTF8.GetBytes(f == ArchiveExportFormat.Csv ? "\uFEFF" + text : text.ToString());
            return Results.File(bytes, ArchiveExports.ContentType(f), ArchiveExports.FileName(found.Document, f));
        }).WithSummary("One transcript as transcript.md, .json, .akn.xml or .csv, as an attachment.");

        archive.MapGet("/published/{section}/{year}/{month}/{day}/{slug}/{view?}", async (HttpContext http, BriefingDb db, string section, string year, string month, string day, string slug, string? view) =>
        {
            var path = $"{BriefingRoom.Publishing.PublicPaths.Root}{section}/{year}/{month}/{day}/{slug}/";
            // Only a published record has a path here, and its archive copy is written in the publication's transaction.
            var briefing = await db.Publications.Where(p => p.Path == path).Select(p => (long?)p.BriefingId).FirstOrDefaultAsync();
            var id = briefing is null ? null
                : await db.ArchiveDocuments.Where(d => d.BriefingId == briefing).Select(d => (long?)d.Id).FirstOrDefaultAsync();
            var target = id is not { } found ? null : view switch
            {
                null or "" => ArchivePaths.Transcript(found),
                "questions" => ArchivePaths.Questions(found),
                "transcript.akn.xml" => ArchivePaths.Download(found, ArchiveExportFormat.AkomaNtoso),
                "transcript.csv" => ArchivePaths.Download(found, ArchiveExportFormat.Csv),
                _ => null,
            };
            return target is null ? (IResult)Page.NotFound(http, "archive copy of a published transcript at this address") : Results.Redirect(target);
        }).WithSummary("Sends a published record's path (as its public page links it) on to its archive copy, questions view or download.");

        archive.MapGet("/export.csv", async (HttpContext http, BriefingDb db, string? from, string? to, string? kind, string? attribution, string? source) =>
        {
            var input = new ArchiveFilterInput(from, to, kind, attribution, source);
            var (filter, errors) = input.ToFilter();
            return filter is null
                ? (IResult)Invalid(http, input, errors)
                : Results.Stream(body => new ArchiveBulkExport(db).WriteCsvAsync(filter, body, http.RequestAborted), ArchiveExports.ContentType(ArchiveExportFormat.Csv), "archive.csv");
        }).WithSummary("CSV of turns (document,turn,speaker,role,text) of every transcript the index's filters list, streamed.");

        archive.MapGet("/export.zip", async (HttpContext http, BriefingDb db, string? from, string? to, string? kind, string? attribution, string? source, string? format) =>
        {
            var input = new ArchiveFilterInput(from, to, kind, attribution, source);
            var (filter, errors) = input.ToFilter();
            var chosen = ArchiveExports.Parse(format ?? "md");
            if (chosen is null or ArchiveExportFormat.Csv)
            {
                errors["format"] = [$"'{format}' is not one of: md, json, akn."];
            }
            return filter is null || errors.Count > 0
                ? (IResult)Invalid(http, input, errors)
                : Results.Stream(body => new ArchiveBulkExport(db).WriteZipAsync(filter, chosen!.Value, body, http.RequestAborted), "application/zip", $"archive-{format ?? "md"}.zip");
        }).WithSummary("A zip of every transcript the index's filters list, one file each (format md, json or akn), streamed.");
    }

    private static async Task<(ArchiveDocument Document, List<ArchiveParagraph> Paragraphs)?> LoadAsync(BriefingDb db, long id)
    {
        var document = await db.ArchiveDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id);
        return document is null ? null
            : (document, await db.ArchiveParagraphs.AsNoTracking().Where(p => p.DocumentId == id).OrderBy(p => p.Turn).ThenBy(p => p.Number).ToListAsync());
    }

    private static RazorComponentResult Invalid(HttpContext http, ArchiveFilterInput input, Dictionary<string, string[]> errors) =>
        Page.Show<ArchiveIndexPage>(http, new ArchiveIndexModel(new FormState(Values(input), errors), [], 0, 1, PageSize), StatusCodes.Status400BadRequest);

    private static Dictionary<string, string> Values(ArchiveFilterInput input) => new()
    {
        ["from"] = input.From ?? "",
        ["to"] = input.To ?? "",
        ["kind"] = input.Kind ?? "",
        ["attribution"] = input.Attribution ?? "",
        ["source"] = input.Source ?? "",
    };
}

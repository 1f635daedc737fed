using System.CommandLine;
using BriefingRoom.CommandLine;
using BriefingRoom.Server.Archive;

namespace BriefingRoom.Server.CommandLine;

/// <summary><c>briefing export</c>: the archive's bulk export to a folder, with the index's filters and the same code the web export uses.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Folder to write into (created if missing).", Required = true };
        var format = new Option<string>("--format") { Description = "md, json or akn (one file a transcript), or csv (one archive.csv of every paragraph).", Required = true };
        var from = new Option<string?>("--from") { Description = "Only transcripts dated on or after (2022-01-01)." };
        var to = new Option<string?>("--to") { Description = "Only transcripts dated on or before (2022-01-31)." };
        var kind = new Option<string?>("--kind") { Description = $"Only this kind: {string.Join(", ", ArchiveEntry.Kinds)}." };
        var attribution = new Option<string?>("--attribution") { Description = $"Only this attribution level: {string.Join(", ", ArchiveEntry.Attributions)}." };
        var source = new Option<string?>("--source") { Description = "Only import (imported) or published (published here)." };
        var database = ServeCommand.DatabaseOption();
        var command = new Command("export", "Write archived transcripts to a folder.") { output, format, from, to, kind, attribution, source, database };
        command.SetAction(result =>
        {
            var (filter, errors) = new ArchiveFilterInput(result.GetValue(from), result.GetValue(to), result.GetValue(kind), result.GetValue(attribution), result.GetValue(source)).ToFilter();
            var chosen = ArchiveExports.Parse(result.GetValue(format));
            if (chosen is null)
            {
                errors["format"] = [$"'{result.GetValue(format)}' is not one of: {string.Join(", ", ArchiveExports.Names)}."];
            }
            if (filter is null || errors.Count > 0)
            {
                throw new CliInputException(string.Join("\n", errors.SelectMany(e => e.Value.Select(m => $"briefing export: {e.Key}: {m}"))));
            }
            var folder = result.GetValue(output)!;
            if (File.Exists(folder))
            {
                throw new CliInputException($"briefing export: --out: {folder} is a file, not a folder");
            }
            using var db = ServeCommand.Database(result.GetValue(database)).CreateContext();
            var export = new ArchiveBulkExport(db);
            string written;
            if (chosen == ArchiveExportFormat.Csv)
            {
                Directory.CreateDirectory(folder);
                using var file = File.Create(Path.Combine(folder, "archive.csv"));
                export.WriteCsvAsync(filter, file).GetAwaiter().GetResult();
                written = "archive.csv";
            }
            else
            {
                var count = export.WriteFolderAsync(filter, chosen!.Value, folder).GetAwaiter().GetResult();
                written = $"{count} transcript{(count == 1 ? "" : "s")}";
            }
            result.InvocationConfiguration.Output.WriteLine($"wrote {written} to {folder}");
            return Cli.Ok;
        });
        return command;
    }
}

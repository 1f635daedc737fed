using System.CommandLine;
using BriefingRoom.CommandLine;
using BriefingRoom.Server.Archive;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace BriefingRoom.Server.CommandLine;

/// <summary><c>briefing import &lt;paths&gt;...</c>: reads transcript files and folders into the archive, with a progress bar, going on past failures.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Transcript files, or folders searched recursively (.md, .txt, .html).", Arity = ArgumentArity.OneOrMore };
        var database = ServeCommand.DatabaseOption();
        var command = new Command("import", "Import transcripts into the archive; already archived ones (same URL or same words) are skipped.") { paths, database };
        command.SetAction(result =>
        {
            var choice = ServeCommand.Database(result.GetValue(database));
            return Run(result.GetValue(paths)!, choice, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
        });
        return command;
    }

    private static int Run(string[] paths, DatabaseChoice database, TextWriter stdout, TextWriter stderr)
    {
        var missing = new List<string>();
        var files = ArchiveImport.FindFiles(paths, missing);
        if (missing.Count > 0)
        {
            throw new CliInputException(string.Join("\n", missing.Select(m => $"{m}: no such file or folder")));
        }
        database.PrepareLocation();
        using (var db = database.CreateContext())
        {
            db.Database.Migrate();
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        var import = new ArchiveImport(database, TimeProvider.System);
        ImportOutcome outcome = null!;
        void Work(Action<string> failed, Action<long> advance) =>
            outcome = import.RunAsync(files, failed, advance).GetAwaiter().GetResult();
        if (console.Profile.Capabilities.Interactive)
        {
            console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask($"importing {files.Count:N0} files", maxValue: Math.Max(1, files.Sum(f => f.Length)));
                    Work(line => console.WriteLine(line, Style.Plain), bytes => task.Increment(bytes));
                });
        }
        else
        {
            // Not a terminal (a log, a pipe): the failures as they come, no animation.
            Work(stderr.WriteLine, _ => { });
        }
        var seconds = Math.Max(outcome.Elapsed.TotalSeconds, 0.001);
        stdout.WriteLine($"imported {outcome.Imported:N0}, skipped {outcome.Duplicates:N0} already archived and {outcome.NotTranscripts:N0} {(outcome.NotTranscripts == 1 ? "not a transcript" : "not transcripts")}, {outcome.Failed:N0} failed, of {outcome.Files:N0} files in {seconds:N1} s ({outcome.Files / seconds:N0} files/s)");
        return outcome.Failed > 0 ? Cli.Findings : Cli.Ok;
    }
}

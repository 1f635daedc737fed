using System.CommandLine;
using System.Net;
using System.Text.Json;
using BriefingRoom.CommandLine;
using BriefingRoom.Server.Archive;

namespace BriefingRoom.Server.CommandLine;

/// <summary><c>briefing search &lt;query&gt;</c>: the archive's search from the command line, as text or as the API's JSON.</summary>
public static class SearchCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words, \"quoted phrases\", prefix*, AND, OR, NOT (docs/search.md)." };
        var role = new Option<string?>("--role") { Description = $"Only paragraphs spoken by: {string.Join(", ", SearchInput.Roles)}." };
        var from = new Option<string?>("--from") { Description = "Only transcripts dated on or after (2022-01-01)." };
        var to = new Option<string?>("--to") { Description = "Only transcripts dated on or before (2022-01-31)." };
        var kind = new Option<string?>("--kind") { Description = $"Only this kind: {string.Join(", ", ArchiveEntry.Kinds)}." };
        var attribution = new Option<string?>("--attribution") { Description = $"Only this attribution level: {string.Join(", ", ArchiveEntry.Attributions)}." };
        var order = new Option<string?>("--order") { Description = "relevance (default) or date." };
        var page = new Option<int?>("--page") { Description = "Page of hits, from 1." };
        var json = new Option<bool>("--json") { Description = "Print the JSON the API answers with." };
        var database = ServeCommand.DatabaseOption();
        var command = new Command("search", "Search the archive's paragraphs.") { query, role, from, to, kind, attribution, order, page, json, database };
        command.SetAction(result =>
        {
            var input = new SearchInput(result.GetValue(query), result.GetValue(from), result.GetValue(to), result.GetValue(kind),
                result.GetValue(attribution), result.GetValue(role), result.GetValue(order), result.GetValue(page), null);
            var (request, errors) = input.ToRequest();
            if (request is null)
            {
                throw new CliInputException(string.Join("\n", errors.SelectMany(e => e.Value.Select(m => $"briefing search: {e.Key}: {m}"))));
            }
            using var columns = new SearchColumns();
            using var db = ServeCommand.Database(result.GetValue(database)).CreateContext();
            var found = new ArchiveSearch(db, columns).RunAsync(request).GetAwaiter().GetResult();
            var output = result.InvocationConfiguration.Output;
            if (result.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(found, Json));
            }
            else
            {
                Print(found, request, output);
            }
            return Cli.Ok;
        });
        return command;
    }

    private static void Print(SearchResults found, SearchRequest request, TextWriter output)
    {
        output.WriteLine($"{found.Total:N0} paragraphs match; page {request.Page}.");
        if (request.Order == SearchOrder.Relevance && found.Order == SearchOrder.Date)
        {
            output.WriteLine($"More than {ArchiveSearch.MostRanked:N0} match, too many to rank: newest first. Add words or filters to rank them.");
        }
        foreach (var hit in found.Hits)
        {
            output.WriteLine();
            output.WriteLine($"{hit.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}  {hit.Title}");
            output.WriteLine($"  {hit.Speaker ?? "(no speaker)"} ({hit.Role}): {Plain(hit.Snippet)}");
            output.WriteLine($"  {hit.Url}#{hit.Paragraph}");
        }
        if (found.Total > 0)
        {
            output.WriteLine();
            output.WriteLine("by role: " + string.Join(", ", found.Facets["role"].Select(f => $"{f.Key} {f.Value:N0}")));
        }
    }

    // The snippet's marks as *asterisks*, for a terminal.
    private static string Plain(string snippet) =>
        WebUtility.HtmlDecode(snippet.Replace("<mark>", "*", StringComparison.Ordinal).Replace("</mark>", "*", StringComparison.Ordinal));
}

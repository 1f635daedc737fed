#:project ../../src/BriefingRoom/BriefingRoom.csproj
#:property TreatWarningsAsErrors=false
#:property AnalysisLevel=none
#:property PublishAot=false

// Runs every briefing-room Markdown file under a folder through the Markdown reader and writer and reports how
// well they read. Labels are counted apart from the reader (a plain pattern on paragraph starts), so the
// reader is checked against something it does not share code with.
// Usage: dotnet run scripts/corpus-check/corpus-check.cs -- FOLDER [--list KIND] [--only SUBFOLDER]
using System.Globalization;
using System.Text.RegularExpressions;
using BriefingRoom.Formats;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Transcripts;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: corpus-check FOLDER [--list missed|roundtrip|failed|head] [--only SUBFOLDER]");
    return 2;
}
var root = args[0];
string? list = null;
string? only = null;
for (var a = 1; a + 1 < args.Length; a += 2)
{
    if (args[a] == "--list") list = args[a + 1];
    if (args[a] == "--only") only = args[a + 1];
}
var files = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
    .Where(f => !f.Contains("/.git/") && Path.GetDirectoryName(Path.GetRelativePath(root, f)) is { Length: > 0 } dir &&
        (only is null || dir.StartsWith(only, StringComparison.Ordinal)))
    .Order(StringComparer.Ordinal).ToList();

int failures = 0, counted = 0, found = 0, complete = 0, exact = 0, labelled = 0;
// Per top-level folder: files, failures, turns counted, found, files with every turn, exact round trips.
var folders = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
int withDateline = 0, withStart = 0, withEnd = 0, datelineCounted = 0, startCounted = 0, endCounted = 0, rules = 0;
foreach (var file in files)
{
    var text = File.ReadAllText(file);
    var name = Path.GetRelativePath(root, file);
    var folder = name.Split(Path.DirectorySeparatorChar)[0];
    if (!folders.TryGetValue(folder, out var row)) folders[folder] = row = new int[6];
    row[0]++;
    Transcript t;
    try
    {
        t = TranscriptFormats.Read(text, TranscriptFormat.Markdown);
    }
    catch (TranscriptParseException e)
    {
        failures++;
        row[1]++;
        if (list == "failed") Console.WriteLine($"{name}: {e.Message}");
        continue;
    }
    var expected = Labels.Count(text);
    var got = t.Turns.Where(x => x.Speaker is not null).Select(x => Labels.Normal(x.Speaker!)).ToList();
    counted += expected.Count;
    var matched = Labels.Matched(expected, got);
    found += matched;
    row[2] += expected.Count;
    row[3] += matched;
    if (expected.Count > 0) labelled++;
    if (matched == expected.Count && got.Count == expected.Count) { complete++; row[4]++; }
    else if (list == "missed") Console.WriteLine($"{name}: {matched}/{expected.Count} (reader {got.Count}) first missing: {Labels.FirstMissing(expected, got)}");
    var back = MarkdownWriter.Write(t);
    if (back == text) { exact++; row[5]++; }
    else if (list == "roundtrip") Console.WriteLine($"{name}: {Labels.FirstDifference(text, back)}");
    var head = Head.Count(text);
    if (head.Dateline) { datelineCounted++; if (t.Dateline is not null) withDateline++; else if (list == "head") Console.WriteLine($"{name}: dateline missed"); }
    if (head.Start) { startCounted++; if (t.Start is not null) withStart++; else if (list == "head") Console.WriteLine($"{name}: start missed"); }
    if (head.End) { endCounted++; if (t.End is not null) withEnd++; else if (list == "head") Console.WriteLine($"{name}: end missed"); }
    if (t.GroundRules.Attribution != AttributionLevel.NotStated) rules++;
}
string Rate(int n, int of) => of == 0 ? "-" : (100.0 * n / of).ToString("0.0", CultureInfo.InvariantCulture) + " %";
var read = files.Count - failures;
Console.WriteLine($"files                      {files.Count}");
Console.WriteLine($"parse failures             {failures}");
Console.WriteLine($"labelled turns found       {found} of {counted} counted ({Rate(found, counted)})");
Console.WriteLine($"files with every turn      {complete} of {read} ({Rate(complete, read)}); {labelled} have labels");
Console.WriteLine($"exact round trips          {exact} of {read} ({Rate(exact, read)})");
Console.WriteLine($"dateline found             {withDateline} of {datelineCounted} counted ({Rate(withDateline, datelineCounted)})");
Console.WriteLine($"start time found           {withStart} of {startCounted} counted ({Rate(withStart, startCounted)})");
Console.WriteLine($"end time found             {withEnd} of {endCounted} counted ({Rate(withEnd, endCounted)})");
Console.WriteLine($"ground rules stated        {rules} files");
Console.WriteLine();
Console.WriteLine("| folder | files | failures | turns found / counted | files with every turn | exact round trips |");
Console.WriteLine("|---|---|---|---|---|---|");
foreach (var (folder, r) in folders)
{
    Console.WriteLine($"| {folder} | {r[0]} | {r[1]} | {r[3]} / {r[2]} ({Rate(r[3], r[2])}) | {r[4]} ({Rate(r[4], r[0] - r[1])}) | {r[5]} ({Rate(r[5], r[0] - r[1])}) |");
}
return 0;

/// <summary>Speaker labels counted by a plain pattern on paragraph starts, independent of SpeakerLabels.</summary>
static partial class Labels
{
    // A paragraph start: upper-case words (name particles Mc/Mac/De/La allowed) then a colon, or a lone Q; or a
    // title typed in mixed case before an upper-case name (Mr. KIRBY:), or a role in mixed case (Moderator:).
    [GeneratedRegex(@"^[\s\u00a0]*(?:\*\*)?(?:(?<label>Q)(?:[\s\u00a0]|[:.](?:[\s\u00a0]|$)|$|(?=\p{Lu}\p{Ll}|I[\s\u00a0'’]))|(?<label>(?:(?:Mc|Mac|De|La|Le|Di|Da)?[\p{Lu}0-9][\p{Lu}0-9.'’\-&()/#,]*[\s\u00a0]+){0,9}(?:Mc|Mac|De|La|Le|Di|Da)?[\p{Lu}0-9][\p{Lu}0-9.'’\-&()/#]*[\p{Lu}0-9.)])[\s\u00a0]*:(?:\*\*)?(?:[\s\u00a0]|$)|(?<label>(?:Mr|Ms|Mrs|Dr)\.?[\s\u00a0]+(?:Mc|Mac|De|La|Le|Di|Da)?\p{Lu}[\p{Lu}.'’\-]*\p{Lu}|Moderator|Operator|Question|Voice)[\s\u00a0]*:(?:[\s\u00a0]|$))")]
    private static partial Regex Label();

    [GeneratedRegex(@"[\s\u00a0]+")]
    private static partial Regex Blanks();

    public static string Normal(string label) => Blanks().Replace(label, " ").Trim();

    public static List<string> Count(string text)
    {
        var lines = Body(text).Split('\n');
        var result = new List<string>();
        var previousBlank = true;
        foreach (var line in lines)
        {
            var blank = line.Trim(' ', '\t', '\u00a0').Length == 0;
            if (!blank && previousBlank && Label().Match(line) is { Success: true } m)
            {
                var label = Normal(m.Groups["label"].Value);
                if (label == "Q" || label.Any(char.IsLetter)) result.Add(label);
            }
            previousBlank = blank;
        }
        return result;
    }

    public static string Body(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return text;
        var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return close < 0 ? text : text[(close + 5)..];
    }

    /// <summary>Labels of the count matched in order by the reader's (a longest common subsequence).</summary>
    public static int Matched(List<string> expected, List<string> got)
    {
        var row = new int[got.Count + 1];
        foreach (var e in expected)
        {
            var diagonal = 0;
            for (var j = 1; j <= got.Count; j++)
            {
                var above = row[j];
                row[j] = e == got[j - 1] ? diagonal + 1 : Math.Max(row[j], row[j - 1]);
                diagonal = above;
            }
        }
        return row[got.Count];
    }

    public static string FirstMissing(List<string> expected, List<string> got)
    {
        for (var i = 0; i < expected.Count; i++)
        {
            if (i >= got.Count || expected[i] != got[i]) return $"#{i + 1} '{expected[i]}' (reader: '{(i < got.Count ? got[i] : "-")}')";
        }
        return got.Count > expected.Count ? $"reader has extra '{got[expected.Count]}'" : "-";
    }

    public static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        var line = a.AsSpan(0, i).Count('\n') + 1;
        string Show(string s) => s.Substring(Math.Max(0, i - 20), Math.Min(s.Length, i + 40) - Math.Max(0, i - 20)).Replace("\n", "\\n").Replace("\u00a0", "␣");
        return $"line {line}: source «{Show(a)}» written «{Show(b)}»";
    }
}

/// <summary>Which head parts a file has, told by plain patterns on its first lines.</summary>
static partial class Head
{
    [GeneratedRegex(@"^[\s\u00a0*]*\(?\d{1,2}:\d\d[\s\u00a0]*[AaPp]\.?[\s\u00a0]*[Mm]\.?", RegexOptions.Multiline)]
    private static partial Regex Time();

    public static (bool Dateline, bool Start, bool End) Count(string text)
    {
        var lines = Labels.Body(text).Split('\n').Select(l => l.Trim(' ', '\t', '\u00a0')).Where(l => l.Length > 0).ToList();
        var firstLabel = lines.FindIndex(l => Regex.IsMatch(l, @"^(?:\*\*)?(?:Q(?=[\s\u00a0:.]|$)|[A-Z][A-Z.'\- \u00a0]+:)"));
        var headEnd = firstLabel < 0 ? Math.Min(lines.Count, 4) : Math.Min(firstLabel, 6);
        var start = -1;
        for (var i = 0; i < headEnd; i++)
        {
            if (Time().IsMatch(lines[i]) && lines[i].Length < 40) { start = i; break; }
        }
        var dateline = start > 0 && !lines[0].StartsWith('(') && !Time().IsMatch(lines[0]);
        var end = lines.Count > 0 && Time().IsMatch(lines[^1]) && lines[^1].Length < 60;
        return (dateline, start >= 0, end && firstLabel >= 0);
    }
}

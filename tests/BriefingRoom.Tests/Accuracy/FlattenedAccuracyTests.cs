using System.Globalization;
using System.Text;
using BriefingRoom.Formats;
using Xunit.Abstractions;

namespace BriefingRoom.Tests.Accuracy;

/// <summary>
/// The accuracy set read again after flattening each document as a copy from a page or a chat can flatten it:
/// every line break a space (one line), or its lines joined in runs of ten (a few lines). Issue 12 asks that
/// flattened text be segmented as well as the broken text; this prints both readings side by side.
/// </summary>
public sealed class FlattenedAccuracyTests(ITestOutputHelper output)
{
    private const int RunLength = 10;

    /// <summary>
    /// Documents a flattened reading may get wrong that the broken one gets right, per measure. Before the pre-pass read
    /// flattened heads (2026-12-07, broken / one line / ten lines right): turns 43/39/38, title 44/27/26, dateline 44/37/36,
    /// start 44/44/43, rules 44/44/44; after: turns, dateline, start and rules as broken, title 38/38; with a title that carries
    /// its number and date read as a mirror's title line (masthead included, the date ending it), title 40/40. The four
    /// titles left are ones only the line breaks tell: a masthead on a line of its own above the title after a line
    /// introducing the transcript, a menu or section word run into the title ("… About State Video Daily Press Briefing",
    /// "Military Background Briefing …"), a crumb line and a section heading around it. With the nine Public Papers documents
    /// (45-53) and period labels merged, the set is 53: turns 53/43/43, title 53/41/41; the ten turn misses are the Public
    /// Papers' labels ending in a period ("Q.", "The President."), which the flattened pre-pass does not split out yet, and
    /// eight of the title misses are the same documents, whose title is not found once their labels are not. With period
    /// labels split out flat where the document shows them, turns 53/50/50; with the Public Papers' masthead and subject
    /// heading cut from a flat title, title 53/48/48. The three turn misses: a label after a subject heading that speaks
    /// once (47), a GPO line lost from the copy so a label follows no sentence (51), and one of 52's; the five titles are
    /// the three State Department ones above and two whose subject heading follows a title that runs on past its kind
    /// ("… of Honduras Legislation on Social Programs", 35, 46). With "Q." and "The …" read where a lost line left no
    /// sentence end, and a speaker the title names after a subject heading, turns 53/53/53; with a colon-ended line introducing
    /// the transcript, a menu or section word before a title's kind, the kind line under a title, and a Public Papers title
    /// ending at its place before the subject heading, title 53/53/53. Never raise these.
    /// </summary>
    private static readonly Dictionary<AccuracyMeasure, int> Allowance = new()
    {
        [AccuracyMeasure.Turns] = 0,
        [AccuracyMeasure.Title] = 0,
        [AccuracyMeasure.Dateline] = 0,
        [AccuracyMeasure.Start] = 0,
        [AccuracyMeasure.GroundRules] = 0,
    };

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "fixtures", "accuracy");

    [Fact]
    public void Flattened_documents_read_as_well_as_broken_ones_within_the_stated_allowance()
    {
        var set = Directory.GetFiles(Folder, "*.expected").Order(StringComparer.Ordinal).Select(AccuracyExpectation.Read).ToList();
        var readings = new Dictionary<string, Func<string, string>>
        {
            ["broken"] = text => text,
            ["one line"] = OneLine,
            ["ten lines"] = TenLines,
        };
        var right = readings.ToDictionary(r => r.Key, _ => Enum.GetValues<AccuracyMeasure>().ToDictionary(m => m, _ => 0));
        var misses = new StringBuilder();
        foreach (var expected in set)
        {
            var text = File.ReadAllText(Path.Combine(Folder, expected.Name + ".txt"), Encoding.UTF8);
            var broken = AccuracyReading.Of(text, TranscriptFormat.Text);
            foreach (var (name, flatten) in readings)
            {
                var read = name == "broken" ? broken : AccuracyReading.Of(flatten(text), TranscriptFormat.Text);
                foreach (var measure in Enum.GetValues<AccuracyMeasure>())
                {
                    var miss = AccuracyMeasures.Miss(measure, expected, read);
                    right[name][measure] += miss is null ? 1 : 0;
                    // Only what flattening loses is listed; what the broken reading misses too is AccuracySetTests' to show.
                    if (miss is not null && AccuracyMeasures.Miss(measure, expected, broken) is null)
                    {
                        misses.Append(CultureInfo.InvariantCulture, $"  {name}, {measure}: {expected.Name}: {miss}\n");
                    }
                }
            }
        }
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"Flattened accuracy on {set.Count} real transcripts\n\n| measure | broken | one line | ten lines | allowance |\n|---|---|---|---|---|\n");
        foreach (var measure in Enum.GetValues<AccuracyMeasure>())
        {
            table.Append(CultureInfo.InvariantCulture, $"| {measure} | {right["broken"][measure]} | {right["one line"][measure]} | {right["ten lines"][measure]} | {Allowance[measure]} |\n");
        }
        output.WriteLine(table.ToString());
        output.WriteLine(misses.Length == 0 ? "Flattening loses nothing the broken reading has right." : "Right when broken, wrong when flattened:\n" + misses);

        Assert.All(Enum.GetValues<AccuracyMeasure>(), measure => Assert.All(readings.Keys, name =>
            Assert.True(right[name][measure] >= right["broken"][measure] - Allowance[measure],
                $"{measure}, {name}: {right[name][measure]} right, broken {right["broken"][measure]}, allowance {Allowance[measure]}")));
    }

    /// <summary>Every line break, of any kind, a space: the whole document on one line.</summary>
    private static string OneLine(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>The non-blank lines joined by spaces in runs of ten, one run a line: "a few lines".</summary>
    private static string TenLines(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Where(l => l.Trim().Length > 0).ToList();
        return string.Join('\n', lines.Chunk(RunLength).Select(run => string.Join(' ', run)));
    }
}

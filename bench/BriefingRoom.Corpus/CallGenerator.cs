using System.Globalization;
using BriefingRoom.Formats;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Corpus;

/// <summary>
/// Generates transcript <c>index</c> of the corpus from its own stream (seed, index): kind, date, cast, ground
/// rules and turns, until the call reaches a word target drawn for it. Pure: same seed and index, same model.
/// </summary>
internal static class CallGenerator
{
    /// <summary>Words per transcript: log-normal, median 755, σ 0.55 (mean ≈ 1,000), held to 150–8,000.</summary>
    public const double WordsMedian = 755, WordsSigma = 0.55;

    public static readonly DateOnly First = new(1993, 1, 20);
    public static readonly DateOnly Last = new(2026, 11, 24);

    private const string Moderator = "MODERATOR", Operator = "OPERATOR", Reporter = "Q";
    private const string Official = "SENIOR ADMINISTRATION OFFICIAL";

    public static GeneratedCall Generate(long seed, int index)
    {
        var random = Prng.For(seed, 1, index);
        var lexicon = Lexicon.Shared;
        var kind = random.NextDouble() switch { < 0.35 => CallKind.BackgroundCall, < 0.5 => CallKind.OnRecordCall, < 0.85 => CallKind.PressBriefing, _ => CallKind.Gaggle };
        var date = DateOnly.FromDayNumber(First.DayNumber + random.Next(Last.DayNumber - First.DayNumber + 1));
        var focus = Enumerable.Range(0, 3).Select(_ => lexicon.Topics.Draw(random)).ToArray();
        var voice = new Voice(focus, date.Year >= 2009 ? "\u00a0 " : " ", kind == CallKind.BackgroundCall);
        var prose = new Prose(random, lexicon, voice);
        var cast = Cast.Draw(random, lexicon, kind);
        var target = random.LogNormalInt(WordsMedian, WordsSigma, 150, 8000);

        var turns = new List<Turn>();
        var script = new Script(random, lexicon, prose, cast, kind, turns);
        script.Open(focus[0]);
        while (script.Words < target)
        {
            script.Exchange();
        }
        script.Close();

        var words = script.Words;
        var (start, end, published) = Times(random, kind, date, words);
        var title = Title(random, lexicon, kind, cast, focus[0]);
        var slug = Slug.Of(title, 70) + "-" + (index + 1).ToString(CultureInfo.InvariantCulture);
        var section = kind switch
        {
            CallKind.BackgroundCall => "background-calls",
            CallKind.OnRecordCall => "press-calls",
            CallKind.PressBriefing => "press-briefings",
            _ => "gaggles",
        };
        var term = 1993 + (4 * ((date.Year - 1993) / 4));
        var metadata = new Metadata(
            Title: title,
            Date: date,
            Published: published,
            Modified: published.AddSeconds(1 + random.Next(90)),
            Url: string.Create(CultureInfo.InvariantCulture, $"https://term-{term}.briefing-room.example/briefing-room/{section}/{date:yyyy/MM/dd}/{slug}/"),
            Tags: [section],
            // The current term publishes on the live site's keys; earlier terms are archive dumps.
            Style: term >= 2025 ? FrontMatterStyle.Live : FrontMatterStyle.Archive);
        var transcript = new Transcript(metadata, Dateline(random, lexicon, kind), start, end, GroundRules.NotStated, new ValueList<Turn>(turns));
        return new GeneratedCall(transcript, kind, string.Create(CultureInfo.InvariantCulture, $"{date:yyyy}/{date:MM}/{slug}"), words);
    }

    /// <summary>Whitespace-separated words of the reader view, the measure the documented mean is in.</summary>
    public static int Words(IEnumerable<Turn> turns)
    {
        var n = 0;
        foreach (var turn in turns)
        {
            foreach (var paragraph in turn.Paragraphs)
            {
                n += paragraph.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            }
        }
        return n;
    }

    private static string? Dateline(Prng random, Lexicon lexicon, CallKind kind) => kind switch
    {
        CallKind.BackgroundCall or CallKind.OnRecordCall => "Via Teleconference",
        CallKind.PressBriefing => random.Pick(Wordlists.Rooms),
        _ => "Aboard " + random.Pick(Wordlists.Aircraft) + (random.Chance(0.6) ? " En Route " + lexicon.PlaceTable.Draw(random) : ""),
    };

    private static string Title(Prng random, Lexicon lexicon, CallKind kind, Cast cast, string topic)
    {
        var subject = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(topic) +
            (random.Chance(0.4) ? " and " + lexicon.PlaceTable.Draw(random) : "");
        return kind switch
        {
            CallKind.BackgroundCall => (cast.Labels.Length == 1 ? "Background Press Call by a Senior Administration Official on " : "Background Press Call by Senior Administration Officials on ") + subject,
            CallKind.OnRecordCall => $"On-the-Record Press Call by {cast.Names[0]}, {cast.Office}, on {subject}",
            CallKind.PressBriefing => $"Press Briefing by Press Secretary {cast.Names[0]}",
            _ => $"Press Gaggle by Press Secretary {cast.Names[0]}",
        };
    }

    /// <summary>Start in working hours, end after the words at about 140 a minute, published 20 minutes to 4 hours later.</summary>
    private static (TimeMark Start, TimeMark End, DateTimeOffset Published) Times(Prng random, CallKind kind, DateOnly date, int words)
    {
        var (from, to) = kind switch { CallKind.PressBriefing => (11, 15), CallKind.Gaggle => (8, 18), _ => (9, 19) };
        var start = new TimeOnly(random.Next(from, to), random.Next(60));
        var end = start.AddMinutes(2 + (words / 140));
        // Daylight time roughly April to October; the zone only has to be plausible and parse.
        var daylight = date.Month is >= 4 and <= 10;
        var zone = daylight ? "EDT" : "EST";
        var gap = date.Year >= 2009 ? "\u00a0" : " ";
        var published = new DateTimeOffset(date.ToDateTime(end), TimeSpan.FromHours(daylight ? -4 : -5)).AddMinutes(20 + random.Next(220));
        return (Mark(start, gap, zone), Mark(end, gap, zone), published);
    }

    private static TimeMark Mark(TimeOnly time, string gap, string zone)
    {
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var text = string.Create(CultureInfo.InvariantCulture, $"{hour}:{time.Minute:00} {(time.Hour < 12 ? "A.M." : "P.M.")}{gap}{zone}");
        return TimeMarks.TryParse(text, out var mark) ? mark : throw new InvalidOperationException($"not a time: {text}");
    }

    internal static string OfficialLabel(int count, int which) =>
        count == 1 ? Official : Official + " " + (which switch { 0 => "ONE", 1 => "TWO", _ => "THREE" });

    internal const string ModeratorLabel = Moderator, OperatorLabel = Operator, ReporterLabel = Reporter;
}

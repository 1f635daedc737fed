using System.Globalization;
using BriefingRoom.Formats.Html;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Vtt;

/// <summary>
/// Writes a transcript whose turns carry times as WebVTT captions: one cue per turn, from the turn's time to the next
/// turn's, its speaker as a voice span (<c>&lt;v SENIOR ADMINISTRATION OFFICIAL&gt;</c>), one line per paragraph.
/// A transcript without times has no captions to give: <see cref="Unwritable"/> says why before anything is written.
/// </summary>
public static class VttWriter
{
    // A caption is read at about this pace; the last turn has no next turn to end it.
    private const double WordsPerSecond = 2.5;
    private static readonly TimeSpan ShortestLastCue = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    public static string Write(Transcript t) => TextOutput.Capture(t, Write);

    /// <summary>Throws <see cref="ArgumentException"/> with <see cref="Unwritable"/>'s reason when a turn has no time.</summary>
    public static void Write(Transcript t, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(output);
        if (Unwritable(t) is { } why)
        {
            throw new ArgumentException(why, nameof(t));
        }
        output.Write("WEBVTT\n");
        for (var i = 0; i < t.Turns.Count; i++)
        {
            var turn = t.Turns[i];
            var lines = Lines(turn);
            if (lines.Count == 0)
            {
                continue;
            }
            var start = turn.Offset!.Value;
            var end = i + 1 < t.Turns.Count ? t.Turns[i + 1].Offset!.Value : start + Reading(lines);
            output.Write('\n');
            output.Write((i + 1).ToString(CultureInfo.InvariantCulture));
            output.Write('\n');
            output.Write(DateFormats.Offset(start));
            output.Write(" --> ");
            // A cue must end after it starts, even when the next turn was started the same millisecond.
            output.Write(DateFormats.Offset(end > start ? end : start + Tick));
            output.Write('\n');
            output.Write("<v ");
            HtmlEscape.Text(output, OneLine(turn.Speaker));
            output.Write('>');
            output.Write(string.Join('\n', lines));
            output.Write("</v>\n");
        }
    }

    /// <summary>Why the transcript cannot be written as WebVTT (no times, a turn without one, times going back), or null when it can.</summary>
    public static string? Unwritable(Transcript t)
    {
        ArgumentNullException.ThrowIfNull(t);
        if (t.Turns.Count > 0 && t.Turns.All(turn => turn.Offset is null))
        {
            return "WebVTT needs a time on every turn, and this transcript has none: turn times come from a call Briefing Room ran "
                + "and recorded (its JSON record gives each turn's \"offset\"); printed transcripts (Markdown, text, HTML) carry no times";
        }
        TimeSpan previous = TimeSpan.Zero;
        for (var i = 0; i < t.Turns.Count; i++)
        {
            var turn = t.Turns[i];
            if (turn.Offset is not { } offset)
            {
                return $"turn {i + 1} ({OneLine(turn.Speaker)}) has no time, and WebVTT needs one on every turn";
            }
            if (offset < previous)
            {
                return $"turn {i + 1} ({OneLine(turn.Speaker)}) starts at {DateFormats.Offset(offset)}, before the turn ahead of it ({DateFormats.Offset(previous)})";
            }
            previous = offset;
        }
        return null;
    }

    // Escaped cue lines: no line may be empty (a blank line ends a cue), and an escaped '>' leaves no "-->" in the text.
    private static List<string> Lines(Turn turn)
    {
        var lines = new List<string>();
        foreach (var paragraph in turn.Paragraphs)
        {
            foreach (var line in paragraph.Text.Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.Length > 0)
                {
                    using var escaped = new StringWriter(CultureInfo.InvariantCulture);
                    HtmlEscape.Text(escaped, trimmed);
                    lines.Add(escaped.ToString());
                }
            }
        }
        return lines;
    }

    private static TimeSpan Reading(List<string> lines)
    {
        var words = lines.Sum(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        var reading = TimeSpan.FromSeconds(Math.Round(words / WordsPerSecond, 3));
        return reading > ShortestLastCue ? reading : ShortestLastCue;
    }

    private static string OneLine(string label) => string.Join(' ', label.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}

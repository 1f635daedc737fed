using System.Globalization;
using BriefingRoom.Formats;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Briefings;

/// <summary>Instants shown on the briefing's wall clock as transcripts print them: <c>1:11 P.M. EST</c>.</summary>
public static class BriefingTimes
{
    /// <summary>The time as printed, with the zone's abbreviation for that instant (EST or EDT).</summary>
    public static string Clock(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var meridiem = local.Hour < 12 ? "A.M." : "P.M.";
        return string.Create(CultureInfo.InvariantCulture, $"{hour}:{local.Minute:00} {meridiem} {DateFormats.Abbreviation(zone, instant)}");
    }

    /// <summary>The start or end line of a transcript for <paramref name="instant"/>, read back by <see cref="TimeMarks"/> so it holds the parsed time too.</summary>
    public static TimeMark Mark(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var text = Clock(instant, zone);
        return TimeMarks.TryParse(text, out var mark) ? mark : new TimeMark(text, null, null);
    }

    /// <summary>
    /// A planned instant for a sentence: <c>2:00 P.M. EST, January 8, 2022</c>, or <c>2:30:44 P.M. EST, …</c> when it
    /// falls within a minute, so an embargo is never read as lifting earlier than it does.
    /// </summary>
    public static string Spelled(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var clock = Clock(instant, zone);
        var seconds = TimeZoneInfo.ConvertTime(instant, zone).Second;
        if (seconds != 0)
        {
            var space = clock.IndexOf(' ', StringComparison.Ordinal);
            clock = string.Create(CultureInfo.InvariantCulture, $"{clock[..space]}:{seconds:00}{clock[space..]}");
        }
        return $"{clock}, {DateFormats.Spelled(LocalDate(instant, zone))}";
    }

    /// <summary>The calendar date on the briefing's wall clock.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}

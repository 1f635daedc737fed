using System.Globalization;

namespace BriefingRoom.Formats;

/// <summary>
/// The model's dates and times as the writers print them: ISO 8601 for machines, the long form for readers; invariant
/// culture always. Pages people read use <see cref="OnPage"/> (a heading's line) and <see cref="InRow"/> (an index row),
/// so the public site and the archive show a date one way in each place.
/// </summary>
public static class DateFormats
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Seconds always, fractions only when present, and the offset as <c>-05:00</c>.</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    /// <summary>A time code from the start of a recording, as WebVTT writes it: <c>00:01:05.250</c> (hours grow past 99).</summary>
    public static string Offset(TimeSpan offset)
    {
        var ms = (long)Math.Round(offset.TotalMilliseconds, MidpointRounding.AwayFromZero);
        ArgumentOutOfRangeException.ThrowIfNegative(ms, nameof(offset));
        return string.Create(CultureInfo.InvariantCulture, $"{ms / 3_600_000:00}:{ms / 60_000 % 60:00}:{ms / 1000 % 60:00}.{ms % 1000:000}");
    }

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A wall-clock date and time without offset: transcripts give the zone as an abbreviation, not an offset.</summary>
    public static string LocalDateTime(DateOnly date, TimeOnly time) =>
        date.ToDateTime(time).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The date as an English reader reads it: <c>January 8, 2022</c>.</summary>
    public static string Spelled(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>A page's date line: <c>Tuesday, March 3, 2026, 2:20 p.m. EST</c>, or the date alone when the time is not known.</summary>
    public static string OnPage(DateOnly date, TimeOnly? time, string? zone)
    {
        var day = date.ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture);
        return time is { } t ? $"{day}, {Clock(t, zone)}" : day;
    }

    /// <summary>An index row's date: <c>Mar 3, 2026</c>.</summary>
    public static string InRow(DateOnly date) => date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>A time as readers read it: <c>2:20 p.m. EST</c>, <c>12:00 p.m.</c> without a known zone.</summary>
    public static string Clock(TimeOnly time, string? zone)
    {
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var clock = string.Create(CultureInfo.InvariantCulture, $"{hour}:{time.Minute:00} {(time.Hour < 12 ? "a.m." : "p.m.")}");
        return string.IsNullOrWhiteSpace(zone) ? clock : $"{clock} {zone.Trim()}";
    }

    /// <summary>
    /// The zone's abbreviation at <paramref name="instant"/> (EST or EDT); .NET gives the tz data's abbreviations as the
    /// standard and daylight names under invariant globalization. An instant, not a local time: the repeated hour
    /// when the clocks go back is EDT once and EST once.
    /// </summary>
    public static string Abbreviation(TimeZoneInfo zone, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.IsDaylightSavingTime(instant) ? zone.DaylightName : zone.StandardName;
    }
}

using System.Globalization;

namespace BriefingRoom.Formats;

/// <summary>The model's dates and times as the writers print them: ISO 8601 for machines, the long form for readers; invariant culture always.</summary>
public static class DateFormats
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Seconds always, fractions only when present, and the offset as <c>-05:00</c>.</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A wall-clock date and time without offset: transcripts give the zone as an abbreviation, not an offset.</summary>
    public static string LocalDateTime(DateOnly date, TimeOnly time) =>
        date.ToDateTime(time).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The date as an English reader reads it: <c>January 8, 2022</c>.</summary>
    public static string Spelled(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
}

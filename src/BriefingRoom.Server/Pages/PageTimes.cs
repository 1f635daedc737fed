using BriefingRoom.Briefings;

namespace BriefingRoom.Server.Pages;

/// <summary>Instants as people read them: on the briefing's own wall clock, with its zone.</summary>
public static class PageTimes
{
    public static string When(DateTimeOffset instant, string zoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone) ? BriefingTimes.Spelled(instant, zone) : instant.ToString("u", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A time into the call's recording as a player shows it: <c>4:07</c>, <c>1:02:09</c> past the hour.</summary>
    public static string Offset(TimeSpan offset) => offset >= TimeSpan.FromHours(1)
        ? offset.ToString(@"h\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture)
        : offset.ToString(@"m\:ss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How long ago, in whole minutes: what the operator reads off the queue.</summary>
    public static string Waiting(DateTimeOffset since, DateTimeOffset now)
    {
        var minutes = (int)(now - since).TotalMinutes;
        return minutes < 1 ? "under a minute" : $"{minutes} min";
    }
}

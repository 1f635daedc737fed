using System.Globalization;

namespace BriefingRoom.Server.Archive;

/// <summary>A document date as either engine hands it back: PostgreSQL a date, SQLite the ISO text EF Core stored.</summary>
public static class StoredDates
{
    public static DateOnly Read(object value) => value switch
    {
        DateOnly date => date,
        DateTime time => DateOnly.FromDateTime(time),
        string text => DateOnly.Parse(text, CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"A stored date came back as {value?.GetType().Name ?? "null"}."),
    };
}

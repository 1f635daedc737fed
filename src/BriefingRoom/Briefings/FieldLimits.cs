using System.Globalization;

namespace BriefingRoom.Briefings;

/// <summary>
/// The most a person may type into each field, in characters (docs/api.md lists them). Generous for real use; what they
/// stop is a megabyte title that every page, feed and live connection would then carry.
/// </summary>
public static class FieldLimits
{
    public const int Title = 300;
    public const int Section = 100;
    public const int Location = 200;
    public const int TimeZone = 100;

    /// <summary>Speakers of one plan, and aliases of one speaker.</summary>
    public const int Speakers = 50;
    public const int Aliases = 50;
    public const int SpeakerKey = 50;
    public const int SpeakerLabel = 100;

    /// <summary>A person's name, a speaker's real name, an alias, an outlet (registration always capped names at 200).</summary>
    public const int Name = 200;
    public const int Outlet = 200;

    /// <summary>RFC 5321's longest address.</summary>
    public const int Email = 320;
    public const int Password = 1_000;

    /// <summary>One paragraph of the transcript, and the words a correction puts in.</summary>
    public const int Paragraph = 20_000;
    public const int Replacement = Paragraph;

    /// <summary>A search as typed, and the id-like strings (queue entries, reporter ids, speaker keys) commands take.</summary>
    public const int SearchQuery = 1_000;
    public const int Id = 50;

    /// <summary>The highest page number any paged view takes: far past the last page of a large archive, and no offset overflows.</summary>
    public const int Page = 1_000_000;

    /// <summary>A JSON request body, in bytes; a 20,000-character paragraph is at most 80 kB of UTF-8.</summary>
    public const long RequestBody = 1024 * 1024;

    /// <summary>Why a page number given (null: the first) is out of range; null when it is a page.</summary>
    public static string? PageProblem(int? page) =>
        page is < 1 or > Page ? string.Create(CultureInfo.InvariantCulture, $"Pages count from 1 to {Page:N0}.") : null;

    /// <summary>
    /// Why <paramref name="value"/> holds a control character nobody types (NUL, bell, escape …; tab and line breaks are
    /// left to each field's own rule); null when it has none. PostgreSQL refuses NUL outright, and a terminal obeys the rest.
    /// </summary>
    public static string? ControlCharacter(string? value)
    {
        for (var i = 0; value is not null && i < value.Length; i++)
        {
            if (char.IsControl(value[i]) && value[i] is not ('\t' or '\n' or '\r') && value[i] < '\u0080')
            {
                return string.Create(CultureInfo.InvariantCulture, $"no control characters, and character {i + 1} is U+{(int)value[i]:X4}");
            }
        }
        return null;
    }

    /// <summary>Why <paramref name="value"/> is too long for a field of at most <paramref name="max"/> characters; null when it fits.</summary>
    public static string? TooLong(string? value, int max) =>
        value is not null && value.Length > max
            ? string.Create(CultureInfo.InvariantCulture, $"at most {max:N0} characters, not {value.Length:N0}")
            : null;
}

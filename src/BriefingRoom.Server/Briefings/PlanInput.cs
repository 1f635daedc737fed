using System.Globalization;
using System.Text.Json;
using BriefingRoom.Briefings;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Server.Briefings;

/// <summary>
/// A briefing's schedule as people type it: wall-clock times in the briefing's IANA zone ("2026-11-24T14:00" or, to the second, "2026-11-24T14:00:30"),
/// enums by name. <see cref="ToPlan"/> turns it into a <see cref="BriefingPlan"/> or says which fields are wrong.
/// </summary>
public sealed record PlanInput(
    string? Title,
    string? Kind,
    string? Location,
    string? Starts,
    string? TimeZone,
    string? Attribution,
    string? Embargo,
    string? EmbargoUntil,
    bool DisclosedForInformation,
    IReadOnlyList<SpeakerInput>? Speakers,
    string? PublishMode,
    bool? OutletFairness,
    string? Section)
{
    public (BriefingPlan? Plan, Dictionary<string, string[]> Errors) ToPlan()
    {
        var errors = new Dictionary<string, string[]>();
        var zone = FindZone(TimeZone, errors);
        var starts = zone is null ? (DateTimeOffset?)null : WallClock("starts", Starts, zone, errors);
        var kind = Parse("kind", Kind, BriefingKind.BackgroundPressCall, errors);
        var attribution = Parse("attribution", Attribution, AttributionLevel.Background, errors);
        var embargoKind = Parse("embargo", Embargo, EmbargoKind.UntilConclusion, errors);
        var publish = Parse("publishMode", PublishMode, global::BriefingRoom.Briefings.PublishMode.Automatic, errors);
        var embargo = embargoKind switch
        {
            EmbargoKind.UntilInstant when zone is not null && WallClock("embargoUntil", EmbargoUntil, zone, errors) is { } until => global::BriefingRoom.Briefings.Embargo.UntilInstant(until),
            EmbargoKind.UntilInstant => null,
            EmbargoKind.None => global::BriefingRoom.Briefings.Embargo.None,
            _ => global::BriefingRoom.Briefings.Embargo.UntilConclusion,
        };
        var speakers = (Speakers ?? []).Select((s, i) => new PlanSpeaker(
            string.IsNullOrWhiteSpace(s.Key) ? $"s{i + 1}" : s.Key.Trim(),
            s.Name?.Trim() ?? "",
            // Left out, the aliases are the name's first and last word; given (even empty), exactly what was typed.
            s.Aliases is null ? PlanSpeaker.SuggestedAliases(s.Name ?? "") : new(s.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim())),
            (s.Label ?? "").Trim().ToUpperInvariant()));
        if (errors.Count > 0 || starts is null || embargo is null)
        {
            return (null, errors);
        }
        var plan = new BriefingPlan(
            Title?.Trim() ?? "", kind, Location?.Trim() ?? "", starts.Value, TimeZone!.Trim(),
            new BriefingRules(attribution, embargo, DisclosedForInformation), new(speakers), publish, OutletFairness ?? true,
            string.IsNullOrWhiteSpace(Section) ? "press-briefings" : Section.Trim());
        foreach (var error in plan.Validate())
        {
            errors[error.Field] = [.. errors.GetValueOrDefault(error.Field, []), error.Message];
        }
        return (errors.Count == 0 ? plan : null, errors);
    }

    /// <summary>The plan as the form shows it again: times back on the briefing's wall clock, to the second, so sending it back changes nothing.</summary>
    public static PlanInput From(BriefingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var zone = plan.Zone;
        string Local(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, zone).ToString(WallClockFormat, CultureInfo.InvariantCulture);
        return new(plan.Title, Kebab(plan.Kind), plan.Location, Local(plan.StartsAt), plan.TimeZone, Kebab(plan.Rules.Attribution),
            Kebab(plan.Rules.Embargo.Kind), plan.Rules.Embargo.Until is { } u ? Local(u) : null, plan.Rules.DisclosedForInformation,
            [.. plan.Speakers.Select(s => new SpeakerInput(s.Key, s.Name, [.. s.Aliases], s.Label))],
            Kebab(plan.PublishMode), plan.OutletFairness, plan.Section);
    }

    private static TimeZoneInfo? FindZone(string? id, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors["timeZone"] = ["Give the IANA time zone the briefing is held in, such as America/New_York."];
            return null;
        }
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone))
        {
            return zone;
        }
        errors["timeZone"] = [$"'{id}' is not an IANA time zone this server knows (such as America/New_York)."];
        return null;
    }

    /// <summary>How the API writes a wall-clock time: always with its seconds.</summary>
    public const string WallClockFormat = "yyyy-MM-dd'T'HH:mm:ss";

    // A wall-clock time in the zone, to the minute or the second; a time skipped or repeated by a daylight-saving change is refused, not guessed.
    private static DateTimeOffset? WallClock(string field, string? value, TimeZoneInfo zone, Dictionary<string, string[]> errors)
    {
        string[] formats = ["yyyy-MM-dd'T'HH:mm", WallClockFormat, "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];
        if (!DateTime.TryParseExact(value?.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            errors[field] = [$"Give a date and time like 2026-11-24T14:00 or, to the second, 2026-11-24T14:00:30 (in {zone.Id})."];
            return null;
        }
        if (zone.IsInvalidTime(local))
        {
            errors[field] = [$"{local:yyyy-MM-dd HH:mm} does not occur in {zone.Id}: the clocks skip it."];
            return null;
        }
        if (zone.IsAmbiguousTime(local))
        {
            errors[field] = [$"{local:yyyy-MM-dd HH:mm} occurs twice in {zone.Id} (the clocks go back); pick a time outside that hour."];
            return null;
        }
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    private static T Parse<T>(string field, string? value, T fallback, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        var compact = value.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Trim();
        if (Enum.TryParse<T>(compact, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !compact.All(char.IsAsciiDigit))
        {
            return parsed;
        }
        errors[field] = [$"'{value}' is not one of: {string.Join(", ", Enum.GetNames<T>().Select(JsonNamingPolicy.KebabCaseLower.ConvertName))}."];
        return fallback;
    }

    /// <summary>An enum value as the API writes it: <c>background-press-call</c>.</summary>
    private static string Kebab<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}

/// <summary>A planned speaker as typed: real name, other names they go by, and the attribution label.</summary>
public sealed record SpeakerInput(string? Key, string? Name, IReadOnlyList<string>? Aliases, string? Label);

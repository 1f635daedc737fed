using System.Globalization;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Briefings;

public sealed partial record BriefingPlan
{
    // Turn speakers that are roles, not plan speakers, so a key may not take their names.
    internal static readonly string[] RoleSpeakers = ["moderator", "operator", "reporter"];

    /// <summary>Every problem with the plan as typed, each at its field (<c>speakers[0].label: required</c>); empty when the plan is usable.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        void Require(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(new FieldError(field, "required"));
            }
        }
        Require("title", Title);
        Require("location", Location);
        Require("section", Section);
        Limit(errors, "title", Title, FieldLimits.Title);
        Limit(errors, "location", Location, FieldLimits.Location);
        Limit(errors, "section", Section, FieldLimits.Section);
        Limit(errors, "timeZone", TimeZone, FieldLimits.TimeZone);
        if (!string.IsNullOrWhiteSpace(Section) && !Section.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            errors.Add(new FieldError("section", $"'{Section}' may hold only lower-case letters, digits and hyphens"));
        }
        if (StartsAt.Offset != TimeSpan.Zero)
        {
            errors.Add(new FieldError("startsAt", $"must be given in UTC (offset +00:00), not {StartsAt.ToString("zzz", CultureInfo.InvariantCulture)}"));
        }
        ValidateZone(errors);
        ValidateRules(errors);
        ValidateSpeakers(errors);
        return errors;
    }

    private void ValidateZone(List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(TimeZone))
        {
            errors.Add(new FieldError("timeZone", "required"));
        }
        else if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            errors.Add(new FieldError("timeZone", $"unknown time zone '{TimeZone}': give an IANA id such as America/New_York"));
        }
    }

    private void ValidateRules(List<FieldError> errors)
    {
        if (Rules.Attribution == AttributionLevel.NotStated)
        {
            errors.Add(new FieldError("rules.attribution", "required: on-record, background, deep-background or off-record"));
        }
        if (Rules.Embargo.Kind == EmbargoKind.UntilInstant && Rules.Embargo.Until is null)
        {
            errors.Add(new FieldError("rules.embargo.until", "required when the embargo runs until a set time"));
        }
        if (Rules.Embargo.Kind != EmbargoKind.UntilInstant && Rules.Embargo.Until is not null)
        {
            errors.Add(new FieldError("rules.embargo.until", "only an embargo until a set time takes a time"));
        }
        if (Rules.Embargo.Until is { } until && until.Offset != TimeSpan.Zero)
        {
            errors.Add(new FieldError("rules.embargo.until", "must be given in UTC (offset +00:00)"));
        }
        if (Rules.DisclosedForInformation && !Rules.ProtectsSpeakers)
        {
            errors.Add(new FieldError("rules.disclosedForInformation", "an on-the-record call names its speakers openly; leave this off"));
        }
    }

    private void ValidateSpeakers(List<FieldError> errors)
    {
        if (Speakers.Count == 0)
        {
            errors.Add(new FieldError("speakers", "at least one speaker is required"));
        }
        if (Speakers.Count > FieldLimits.Speakers)
        {
            errors.Add(new FieldError("speakers", $"at most {FieldLimits.Speakers} speakers, not {Speakers.Count}"));
            return;
        }
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var owners = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Speakers.Count; i++)
        {
            var s = Speakers[i];
            var at = $"speakers[{i}]";
            Limit(errors, $"{at}.key", s.Key, FieldLimits.SpeakerKey);
            Limit(errors, $"{at}.name", s.Name, FieldLimits.Name);
            Limit(errors, $"{at}.label", s.Label, FieldLimits.SpeakerLabel);
            if (s.Aliases.Count > FieldLimits.Aliases)
            {
                errors.Add(new FieldError($"{at}.aliases", $"at most {FieldLimits.Aliases} aliases, not {s.Aliases.Count}"));
                continue;
            }
            if (string.IsNullOrWhiteSpace(s.Key))
            {
                errors.Add(new FieldError($"{at}.key", "required"));
            }
            else if (!s.Key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') || RoleSpeakers.Contains(s.Key))
            {
                errors.Add(new FieldError($"{at}.key", $"'{s.Key}' must be lower-case letters, digits and hyphens, and not moderator, operator or reporter"));
            }
            else if (!keys.Add(s.Key))
            {
                errors.Add(new FieldError($"{at}.key", $"'{s.Key}' is used by another speaker"));
            }
            if (string.IsNullOrWhiteSpace(s.Name))
            {
                errors.Add(new FieldError($"{at}.name", "required"));
            }
            if (string.IsNullOrWhiteSpace(s.Label))
            {
                errors.Add(new FieldError($"{at}.label", "required"));
            }
            else if (!SpeakerLabels.LooksLikeLabel(s.Label))
            {
                errors.Add(new FieldError($"{at}.label", $"'{s.Label}' must be written in capitals, as printed: SENIOR ADMINISTRATION OFFICIAL"));
            }
            CheckIdentifier($"{at}.name", s.Name, i, owners, errors);
            for (var j = 0; j < s.Aliases.Count; j++)
            {
                if (string.IsNullOrWhiteSpace(s.Aliases[j]))
                {
                    errors.Add(new FieldError($"{at}.aliases[{j}]", "blank: remove it or type the alias"));
                }
                Limit(errors, $"{at}.aliases[{j}]", s.Aliases[j], FieldLimits.Name);
                CheckIdentifier($"{at}.aliases[{j}]", s.Aliases[j], i, owners, errors);
            }
        }
    }

    private static void Limit(List<FieldError> errors, string field, string? value, int max)
    {
        if ((FieldLimits.TooLong(value, max) ?? FieldLimits.ControlCharacter(value)) is { } message)
        {
            errors.Add(new FieldError(field, message));
        }
    }

    /// <summary>A name or alias of two speakers would leave the redactor to guess whose it is, so it is refused.</summary>
    private static void CheckIdentifier(string field, string value, int speaker, Dictionary<string, int> owners, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }
        var trimmed = value.Trim();
        if (owners.TryGetValue(trimmed, out var other) && other != speaker)
        {
            errors.Add(new FieldError(field, $"'{trimmed}' also names speakers[{other}]"));
        }
        owners.TryAdd(trimmed, speaker);
    }
}

using BriefingRoom.Protection;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Briefings;

/// <summary>A briefing's schedule and settings: what it is, when and where, under which rules, who speaks, and how it is published.</summary>
public sealed partial record BriefingPlan(
    string Title,
    BriefingKind Kind,
    string Location,
    DateTimeOffset StartsAt,
    string TimeZone,
    BriefingRules Rules,
    ValueList<PlanSpeaker> Speakers,
    PublishMode PublishMode = PublishMode.Automatic,
    bool OutletFairness = true,
    string Section = "press-briefings")
{
    /// <summary>The IANA zone times are shown in; the plan must have passed <see cref="Validate"/>.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>The speaker with <paramref name="key"/>, or null.</summary>
    public PlanSpeaker? Speaker(string key) => Speakers.FirstOrDefault(s => s.Key == key);

    /// <summary>
    /// The identities the published record must not reveal: each speaker's name and aliases, under their label.
    /// Nothing is added unseen: a first name that is also a word ("Will") must be the staff's choice. Nobody is protected on the record.
    /// </summary>
    public ProtectedIdentities ToProtectedIdentities()
    {
        if (!Rules.ProtectsSpeakers)
        {
            return new ProtectedIdentities([], [], []);
        }
        var speakers = Speakers.Select(s => new ProtectedSpeaker(
            s.Label,
            s.Label.ToLowerInvariant(),
            [s.Name.Trim()],
            new(s.Aliases.Distinct(StringComparer.OrdinalIgnoreCase))));
        return new ProtectedIdentities(new(speakers), [], []);
    }
}

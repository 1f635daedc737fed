namespace BriefingRoom.Briefings;

/// <summary>Where a briefing is in its life: not yet planned, planned, on the air, or over.</summary>
public enum BriefingPhase
{
    Unscheduled,
    Scheduled,
    Live,
    Concluded,
}

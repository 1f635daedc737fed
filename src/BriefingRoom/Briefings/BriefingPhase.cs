namespace BriefingRoom.Briefings;

/// <summary>Where a briefing is in its life: not yet planned, planned, on the air, over, or called off before it opened.</summary>
public enum BriefingPhase
{
    Unscheduled,
    Scheduled,
    Live,
    Concluded,
    Cancelled,
}

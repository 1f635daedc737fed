using BriefingRoom.Briefings;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace BriefingRoom.Server.Briefings;

/// <summary>A reporter's calendar invitation (.ics): when and where, the ground rules and the embargo, and the link to follow the call.</summary>
public static class Invitation
{
    public static string For(long briefingId, BriefingPlan plan, long revision, string reporterEmail, string joinUrl)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var local = TimeZoneInfo.ConvertTime(plan.StartsAt, plan.Zone).DateTime;
        var calendar = new Calendar { Method = "REQUEST" };
        calendar.AddTimeZone(plan.TimeZone);
        var evt = new CalendarEvent
        {
            Uid = $"briefing-{briefingId}@briefing-room",
            Summary = plan.Title,
            Location = plan.Location,
            DtStart = new CalDateTime(local, plan.TimeZone),
            Duration = Duration.FromMinutes(30),
            Sequence = (int)Math.Min(revision, int.MaxValue),
            Description = string.Join("\n", RulesText.Attribution(plan), RulesText.Embargo(plan), "", $"Follow the call and queue for questions: {joinUrl}"),
            Url = new Uri(joinUrl, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(joinUrl) : null,
        };
        evt.Attendees.Add(new Attendee($"mailto:{reporterEmail}") { Rsvp = true, Role = "REQ-PARTICIPANT" });
        calendar.Events.Add(evt);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}

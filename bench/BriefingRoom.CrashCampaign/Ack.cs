namespace BriefingRoom.CrashCampaign;

/// <summary>
/// One acknowledged command: who sent it (commands from one sender go one after another, so their seqs must grow),
/// the seq the server answered with, the event it must have stored, and the paragraph's token when it added one.
/// </summary>
public sealed record Ack(string Sender, long Briefing, long Seq, string Event, int Token = -1);

using BriefingRoom.Server.Storage;

namespace BriefingRoom.Server.Pages;

/// <summary>The staff dashboard: every briefing, reporters waiting to be verified, and the new-account form as last posted.</summary>
public sealed record StaffModel(IReadOnlyList<BriefingRow> Briefings, IReadOnlyList<Account> Unverified, FormState AccountForm);

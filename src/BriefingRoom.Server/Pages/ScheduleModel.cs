using BriefingRoom.Server.Storage;

namespace BriefingRoom.Server.Pages;

/// <summary>The schedule form as last posted, and the verified reporters who can be admitted.</summary>
public sealed record ScheduleModel(FormState Form, IReadOnlyList<Account> Reporters);

namespace BriefingRoom.Briefings;

/// <summary>A reporter admitted to the call, and the outlet they ask for.</summary>
public sealed record AdmittedReporter(string Id, string Name, string Outlet)
{
    /// <summary>The name the operator calls them by ("Alex, your line is open").</summary>
    public string FirstName => Name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : Name;
}

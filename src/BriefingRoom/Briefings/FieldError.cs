namespace BriefingRoom.Briefings;

/// <summary>One problem with a value a user typed: where (<c>speakers[0].label</c>) and what is wrong with it.</summary>
public sealed record FieldError(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}

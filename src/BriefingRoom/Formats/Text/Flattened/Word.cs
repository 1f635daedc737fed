namespace BriefingRoom.Formats.Text.Flattened;

/// <summary>A word of a flattened head: its first character and the one after its last.</summary>
internal readonly record struct Word(int Start, int End);

using BriefingRoom.Transcripts;

namespace BriefingRoom.Briefings;

/// <summary>
/// A planned speaker: <see cref="Key"/> is the short stable id turns refer to ("s1"), <see cref="Label"/> the
/// attribution their remarks go under ("SENIOR ADMINISTRATION OFFICIAL"), <see cref="Aliases"/> other ways they are called.
/// </summary>
public sealed record PlanSpeaker(string Key, string Name, ValueList<string> Aliases, string Label);

using System.CommandLine;

namespace BriefingRoom.CommandLine;

/// <summary>A subcommand, built only when it may run.</summary>
public sealed record Verb(string Name, Func<Command> Create);

namespace BriefingRoom.CommandLine;

/// <summary>The exit codes every <c>briefing</c> verb ends with.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Findings = 1;
    public const int BadInput = 2;
}

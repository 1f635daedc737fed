namespace BriefingRoom.Server.Archive;

/// <summary>What one import did: files added, skipped as already archived (same URL or same words) or as not transcripts (nobody speaks), and failed.</summary>
public sealed record ImportOutcome(int Files, int Imported, int Duplicates, int Failed, TimeSpan Elapsed, int NotTranscripts = 0);

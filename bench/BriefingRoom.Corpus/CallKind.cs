namespace BriefingRoom.Corpus;

/// <summary>The kinds of event the archive holds, each with its own cast, ground rules and rhythm.</summary>
internal enum CallKind
{
    BackgroundCall,
    OnRecordCall,
    PressBriefing,
    Gaggle,
}

/// <summary>One generated transcript: the model, where it goes in the dump (no extension), and its word count.</summary>
internal sealed record GeneratedCall(BriefingRoom.Transcripts.Transcript Transcript, CallKind Kind, string Path, int Words);

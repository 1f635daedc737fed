using BriefingRoom.Transcripts;

namespace BriefingRoom.Publishing;

/// <summary>What <see cref="Publisher.Publish"/> gives: a <see cref="PublicRecord"/> to serve, or <see cref="Blocked"/> with why not.</summary>
public abstract record PublicationResult;

/// <summary>
/// The public record of a briefing: every artefact rendered and leak-checked. The page is served at
/// <see cref="PublicRecordSummary.Path"/>, the Markdown and JSON beside it (<see cref="PublicPaths"/>).
/// <see cref="Review"/> lists every change the redactor made and every self-identification, for staff to look at.
/// </summary>
public sealed record PublicRecord(
    PublicRecordSummary Summary,
    string Permalink,
    Transcript Transcript,
    string Markdown,
    string Json,
    string Html,
    RedactionReview Review) : PublicationResult;

/// <summary>
/// Publication refused: at least one artefact still names a protected identity. Nothing publishable is kept;
/// <see cref="Review"/> shows what the redactor did replace.
/// </summary>
public sealed record Blocked(IReadOnlyList<ArtefactFinding> Findings, RedactionReview Review) : PublicationResult;

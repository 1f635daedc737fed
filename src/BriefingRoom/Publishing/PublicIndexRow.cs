using BriefingRoom.Formats.Html;

namespace BriefingRoom.Publishing;

/// <summary>One row of the public index: a published record and when the briefing began, its kind and attribution level.</summary>
public sealed record PublicIndexRow(PublicRecordSummary Record, FactsLine Facts);

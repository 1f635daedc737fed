namespace BriefingRoom.Transcripts;

/// <summary>A run of content inside a paragraph. Readers produce these; writers render them.</summary>
public abstract record Inline;

/// <summary>Characters as printed: no-break spaces and runs of spaces are kept for lossless writing.</summary>
public sealed record TextRun(string Text) : Inline;

/// <summary>Emphasis (<c>*x*</c>) or strong emphasis (<c>**x**</c>).</summary>
public sealed record Emphasis(ValueList<Inline> Content, bool Strong = false) : Inline;

/// <summary>An editorial insertion such as <c>[until]</c>; <see cref="Text"/> is without brackets.</summary>
public sealed record Insertion(string Text) : Inline;

/// <summary>Words struck out by a correction, such as <c>&lt;s&gt;upon&lt;/s&gt;</c>.</summary>
public sealed record Deletion(string Text) : Inline;

/// <summary>A span removed before publication, printed <c>[redacted]</c>; <see cref="Text"/> keeps the printed casing.</summary>
public sealed record Redaction(string Text = "redacted") : Inline;

/// <summary>A protected person's mention replaced by their attribution, e.g. <c>[senior administration official]</c>.</summary>
public sealed record AttributionPlaceholder(string Text) : Inline;

/// <summary>A stenographer's note such as <c>(inaudible)</c>; <see cref="Square"/> when printed in brackets.</summary>
public sealed record Note(string Text, bool Square = false) : Inline;

/// <summary>
/// A line break. Hard breaks are content; soft breaks are layout kept only where the source's wrapping
/// differs from the writer's default. <see cref="Trailing"/> is the whitespace before the newline and
/// <see cref="Indent"/> the whitespace after it, kept so the source's bytes can be written back.
/// </summary>
public sealed record LineBreak(bool Hard, string Trailing = "", string Indent = "") : Inline
{
    public static LineBreak Soft { get; } = new(false);
}

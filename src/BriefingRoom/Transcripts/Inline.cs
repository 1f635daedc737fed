namespace BriefingRoom.Transcripts;

/// <summary>A run of content inside a paragraph. Readers produce these; writers render them.</summary>
public abstract record Inline;

/// <summary>Characters as printed: no-break spaces and runs of spaces are kept for lossless writing.</summary>
public sealed record TextRun(string Text) : Inline;

/// <summary>Emphasis (<c>*x*</c>) or strong emphasis (<c>**x**</c>).</summary>
public sealed record Emphasis(ValueList<Inline> Content, bool Strong = false) : Inline;

/// <summary>
/// A link: <c>[content](url)</c>, or with <see cref="Auto"/> an autolink <c>&lt;https://…&gt;</c> whose content is
/// the address as printed. The address is what the source gave; writers check its scheme before making it live.
/// </summary>
public sealed record Link(ValueList<Inline> Content, string Url, bool Auto = false) : Inline;

/// <summary>
/// One HTML tag as the source typed it (<c>&lt;sup&gt;</c>, <c>&lt;/figure&gt;</c>, <c>&lt;img …&gt;</c>): markup, not words.
/// Markdown writes it back; the other writers leave it out and keep the words around it.
/// </summary>
public sealed record RawHtml(string Html) : Inline;

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
/// A hard line break inside a paragraph. <see cref="Trailing"/> is how the source marked it before the newline
/// (two or more spaces, or a backslash; empty means the writer's default) and <see cref="Indent"/> the blanks
/// that began the next line, kept so the source's bytes can be written back. Soft wraps are not content:
/// they live in <see cref="Paragraph.Lines"/>.
/// </summary>
public sealed record LineBreak(string Trailing = "", string Indent = "") : Inline;

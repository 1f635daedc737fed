namespace BriefingRoom.Protection;

/// <summary>The part of a transcript a redaction change is in.</summary>
public enum RedactionPart { Title, Url, Tag, Field, Dateline, Attribution, Preface, Label, Paragraph }

/// <summary>
/// One change the redactor made, for the publisher's review: where it is, the words it replaced (staff only: they
/// may name the person) and what replaced them. <see cref="Turn"/> and <see cref="Paragraph"/> count from 1 in the
/// transcript given to the redactor (0 where they do not apply: a field, or a turn's label); <see cref="Key"/> names
/// an extra field.
/// </summary>
public sealed record RedactionChange(RedactionPart Part, int Turn, int Paragraph, string Replaced, string With, string? Key = null);

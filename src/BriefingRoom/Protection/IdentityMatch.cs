namespace BriefingRoom.Protection;

/// <summary>
/// A protected identifier found in a text: the span of the original text it covers (markup, escapes and
/// line breaks inside it included), the identifier it matched, and whose it is — or, for a phrase from the
/// file's <c>redact</c> list, no speaker.
/// </summary>
public readonly record struct IdentityMatch(int Start, int Length, string Identifier, ProtectedSpeaker? Speaker)
{
    public int End => Start + Length;

    public bool IsRedactPhrase => Speaker is null;
}

/// <summary>What a text is, so the matcher can see through its markup and escapes to the words a reader sees.</summary>
public enum TextKind
{
    /// <summary>Plain text: only Unicode normalisation, case, spacing and punctuation.</summary>
    Plain,

    /// <summary>Briefing-room Markdown: backslash escapes, entities, emphasis markers, inline HTML.</summary>
    Markdown,

    /// <summary>HTML or XML (pages, RSS/Atom, Akoma Ntoso): tags are separators, entities decoded, attributes read.</summary>
    Markup,

    /// <summary>JSON: string escapes such as <c>\u0061</c> decoded.</summary>
    Json,

    /// <summary>A URL or slug: percent-escapes decoded; hyphens, underscores and slashes separate words.</summary>
    Url,
}

namespace BriefingRoom.Formats.Html;

/// <summary>The page's inline stylesheet: one readable column, serif body, quiet sans-serif furniture.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        body { margin: 0; background: #fdfdfb; color: #1d1d1b; font: 1.0625rem/1.6 Georgia, "Times New Roman", serif; }
        article { max-width: 40rem; margin: 2.5rem auto; padding: 0 1.25rem; }
        h1 { font: 600 1.6rem/1.25 system-ui, sans-serif; margin: 0 0 0.75rem; }
        header p, .time { margin: 0.25rem 0; color: #555; font-family: system-ui, sans-serif; font-size: 0.95rem; }
        .ground-rules { margin: 1.5rem 0; padding: 0.75rem 1rem; border-left: 4px solid #b58900; background: #fbf5e4; font-family: system-ui, sans-serif; font-size: 0.95rem; }
        .ground-rules h2 { font-size: 1rem; margin: 0 0 0.5rem; }
        .ground-rules dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0; }
        .ground-rules dt { font-weight: 600; }
        .ground-rules dd { margin: 0; }
        .preface { margin: 1.5rem 0; color: #555; font-style: italic; }
        .preface p { margin: 0 0 0.75rem; }
        .turn { margin: 1.25rem 0; }
        .turn p { margin: 0 0 0.75rem; }
        .speaker { font-family: system-ui, sans-serif; font-size: 0.9rem; letter-spacing: 0.03em; }
        del { color: #8a1c1c; }
        ins { text-decoration: none; color: #1c5d8a; }
        .redaction { background: #e8e8e8; padding: 0 0.2em; }
        .note { color: #666; font-style: italic; }
        """;
}

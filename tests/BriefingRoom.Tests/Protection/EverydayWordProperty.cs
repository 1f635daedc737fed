using BriefingRoom.Formats;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Protection;
using CsCheck;

namespace BriefingRoom.Tests.Protection;

/// <summary>
/// Property: however everyday-word aliases ("Will", "Rice", "Doe" and its plural "does") stand in a paragraph — in any
/// case, opening or inside a sentence, before a comma or a possessive, beside escapes and entities — the redactor and
/// the leak check agree: what the redactor leaves passes the check in all five formats. Emphasis markers are among the
/// tokens: the redactor reads a paragraph whole, so an emphasis opening mid-sentence is no sentence start to either.
/// </summary>
public sealed class EverydayWordProperty
{
    private static readonly ProtectedIdentities Ids = new(
        [
            new ProtectedSpeaker("SENIOR STATE DEPARTMENT OFFICIAL", "senior state department official", ["Susan Rice"], ["Rice", "Will", "Doe"]),
            new ProtectedSpeaker("SENIOR STATE DEPARTMENT OFFICIAL TWO", "senior state department official", ["George Bush"], ["BUSH"]) { ExactCase = ["BUSH"] },
        ],
        [], ["Situation Room"]);

    private static readonly IdentityMatcher Matcher = IdentityMatcher.Build(Ids);

    private static readonly string[] Tokens =
    [
        "will", "Will", "WILL", "rice", "Rice", "RICE", "does", "Does", "doe", "Doe", "bush", "Bush", "BUSH", "Susan", "we", "the", "prices",
        "Ambassador", "Mr.", "mr.", "J.", "said", ".", "?", "!", ",", ":", "'s", "’s", "\"", "“", "”", "(", ")", "-", "—",
        "\\*", "*", "**", "_", "&amp;", "\n", "Q", "rice-will", "/rice",
    ];

    private static readonly (TranscriptFormat Format, TextKind Kind)[] Formats =
    [
        (TranscriptFormat.Markdown, TextKind.Markdown), (TranscriptFormat.Json, TextKind.Json), (TranscriptFormat.Html, TextKind.Markup),
        (TranscriptFormat.Text, TextKind.Plain), (TranscriptFormat.AkomaNtoso, TextKind.Markup),
    ];

    [Fact]
    public void What_the_redactor_leaves_of_everyday_words_passes_the_check_in_every_format()
    {
        Gen.Select(Gen.OneOf(Tokens).Array[1, 25], Gen.Bool.Array[25]).Sample((tokens, glue) =>
        {
            // Tokens joined with or without a space, so punctuation and emphasis touch the words as in real prose.
            var body = string.Concat(tokens.Select((t, i) => (i > 0 && glue[i] ? "" : " ") + t)).Trim();
            // Front matter makes it our own Markdown, whose emphasis the reader reads (a bare file is read as a plain one).
            var markdown = "---\ntitle: \"A call\"\n---\n\nMODERATOR:  Thanks.\n\nQ    " + body + "\n";
            var redacted = Redactor.Redact(MarkdownReader.Read(markdown), Ids, Matcher.Find);
            foreach (var (format, kind) in Formats)
            {
                using var output = new StringWriter();
                TranscriptFormats.Write(redacted, format, output);
                var written = output.ToString();
                var leaks = LeakChecker.Check(written, kind, Matcher).Where(f => f.Blocks).Select(f => f.Describe(format.ToString()));
                Assert.True(!leaks.Any(), $"{string.Join("; ", leaks)}\nin: {markdown}\nout: {written}");
            }
        }, iter: 2000);
    }
}

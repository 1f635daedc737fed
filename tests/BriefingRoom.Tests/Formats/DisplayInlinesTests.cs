using BriefingRoom.Formats;
using BriefingRoom.Tests.Specs;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Formats;

public sealed class DisplayInlinesTests
{
    [Theory]
    [InlineData("  a␣␣ b  ", "a b")]
    [InlineData("a  {br}  b", "a{br}b")]
    [InlineData("{em:Well, }word", "{em:Well,} word")]
    [InlineData("a {em: b }c", "a {em:b} c")]
    [InlineData("a {em:  } b", "a b")]
    [InlineData("embargoed {del:upon}␣{ins:until}", "embargoed {del:upon} {ins:until}")]
    [InlineData("x {ins:a␣ b}", "x {ins:a b}")]
    public void Collapses_blanks_across_inline_boundaries(string input, string expected)
    {
        var paragraph = new Paragraph(new ValueList<Inline>(OutlineInput.Inlines(input.Replace('␣', '\u00a0'))));
        var shown = DisplayInlines.Of(paragraph);
        Assert.Equal(expected, Outline.Inlines(shown));
        Assert.DoesNotContain(shown.OfType<TextRun>(), r => r.Text.Contains("  ", StringComparison.Ordinal) || r.Text.Contains('\u00a0', StringComparison.Ordinal));
    }
}

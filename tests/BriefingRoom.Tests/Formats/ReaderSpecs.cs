using BriefingRoom.Formats.Html;
using BriefingRoom.Formats.Text;
using BriefingRoom.Tests.Specs;

namespace BriefingRoom.Tests.Formats;

/// <summary>The golden spec files of the plain-text and HTML readers: each case's input reads to its expected outline.</summary>
public sealed class ReaderSpecs
{
    public static TheoryData<SpecCase> TextCases() => SpecFile.Cases("text");

    public static TheoryData<SpecCase> HtmlCases() => SpecFile.Cases("html");

    [Theory]
    [MemberData(nameof(TextCases))]
    public void Plain_text_reads_as_the_spec_says(SpecCase spec) =>
        Assert.Equal(spec.Expected, Outline.Of(PlainTextReader.Read(spec.Input)));

    [Theory]
    [MemberData(nameof(HtmlCases))]
    public void Html_reads_as_the_spec_says(SpecCase spec) =>
        Assert.Equal(spec.Expected, Outline.Of(HtmlReader.Read(spec.Input)));
}

using BriefingRoom.Formats.Markdown;
using BriefingRoom.Tests.Specs;

namespace BriefingRoom.Tests.Formats.Markdown;

/// <summary>The golden spec files under fixtures/specs/markdown-read and markdown-write.</summary>
public sealed class MarkdownSpecTests
{
    public static TheoryData<SpecCase> ReadCases => SpecFile.Cases("markdown-read");

    public static TheoryData<SpecCase> WriteCases => SpecFile.Cases("markdown-write");

    [Theory]
    [MemberData(nameof(ReadCases))]
    public void Reader_understands_the_spec_input(SpecCase spec)
    {
        Assert.Equal(spec.Expected, Outline.Of(MarkdownReader.Read(spec.Input)));
    }

    [Theory]
    [MemberData(nameof(ReadCases))]
    public void Every_spec_input_reads_back_to_the_same_model_after_writing(SpecCase spec)
    {
        var model = MarkdownReader.Read(spec.Input);

        Assert.Equal(model, MarkdownReader.Read(MarkdownWriter.Write(model)));
    }

    [Theory]
    [MemberData(nameof(WriteCases))]
    public void Writer_gives_the_spec_output(SpecCase spec)
    {
        SeedRoundTripTests.AssertSameText(spec.Expected, MarkdownWriter.WriteNormalised(MarkdownReader.Read(spec.Input)));
    }
}

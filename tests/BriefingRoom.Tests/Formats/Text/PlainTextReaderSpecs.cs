using BriefingRoom.Formats.Text;
using BriefingRoom.Tests.Specs;

namespace BriefingRoom.Tests.Formats.Text;

public sealed class PlainTextReaderSpecs
{
    public static TheoryData<SpecCase> Cases() => SpecFile.Cases("text");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_as_the_spec_says(SpecCase spec) =>
        Assert.Equal(spec.Expected, Outline.Of(PlainTextReader.Read(spec.Input)));
}

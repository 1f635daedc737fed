using BriefingRoom.Formats;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Tests.Specs;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Formats.Markdown;

/// <summary>
/// Inputs the fuzzer once found breaking the round trip (a first line taken for a dateline, a label alone on its
/// line, a deletion holding "&lt;/s&gt;", a blank after a label, a BOM, an escaped dateline past the length limit…).
/// Each must read, and read back the same after writing.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(SpecFile.FixturesRoot, "fuzz-regressions", "markdown")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Reads_back_the_same_after_writing(string name)
    {
        var input = File.ReadAllText(Path.Combine(SpecFile.FixturesRoot, "fuzz-regressions", "markdown", name));
        Transcript model;
        try
        {
            model = MarkdownReader.Read(input);
        }
        catch (TranscriptParseException)
        {
            return; // a positioned refusal is a right answer too; a crash would not reach here
        }

        var back = MarkdownReader.Read(MarkdownWriter.Write(model));

        Assert.True(model == back, ModelDiff.First(model, back));
    }
}

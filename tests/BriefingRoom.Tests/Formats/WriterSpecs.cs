using BriefingRoom.Tests.Specs;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Formats;

/// <summary>The golden cases of one writer: fixtures/specs/writers/{format}.spec, outline in, exact output expected.</summary>
public static class WriterSpecs
{
    public static TheoryData<SpecCase> Cases(string format)
    {
        var data = new TheoryData<SpecCase>();
        foreach (var c in Load(format))
        {
            data.Add(c);
        }
        return data;
    }

    /// <summary>The transcript a named case of a writer's spec file feeds in, for tests that check more than its bytes.</summary>
    public static Transcript Input(string format, string name) => OutlineInput.Parse(Load(format).Single(c => c.Name == name).Input);

    private static IReadOnlyList<SpecCase> Load(string format) =>
        SpecFile.Load(Path.Combine(SpecFile.FixturesRoot, "specs", "writers", format + ".spec"));
}

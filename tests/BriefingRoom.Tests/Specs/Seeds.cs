namespace BriefingRoom.Tests.Specs;

/// <summary>
/// The published transcripts in ../shared/seeds beside the checkout. CI always has them; a user's clone does
/// not, and there the seed tests skip saying so.
/// </summary>
public static class Seeds
{
    public static string? Folder { get; } = TestSupport.RepositoryPaths.Seeds();

    public const string MissingReason = "../shared/seeds is not beside this checkout (CI has it; a plain clone does not)";

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        if (Folder is null)
        {
            data.Add(MissingReason);
            return data;
        }
        foreach (var file in Directory.GetFiles(Folder, "20*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    /// <summary>The seed's text; skips the calling test with the reason when the seeds are not here.</summary>
    public static string Read(string name)
    {
        Skip.If(Folder is null, MissingReason);
        return File.ReadAllText(Path.Combine(Folder!, name));
    }

    public static string RepositoryRoot => TestSupport.RepositoryPaths.Root;
}

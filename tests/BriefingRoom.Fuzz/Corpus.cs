namespace BriefingRoom.Fuzz;

/// <summary>
/// Starting inputs: small documents of each format in corpus/&lt;format&gt;/ beside the program (written for this
/// project), plus the shared seed transcripts when they are beside the checkout.
/// </summary>
internal static class Corpus
{
    public static IReadOnlyList<string> For(FuzzTarget target)
    {
        var own = Path.Combine(AppContext.BaseDirectory, "corpus", target.Name);
        var inputs = new List<string> { "" };
        inputs.AddRange(Directory.GetFiles(own).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        if (target.Seeds)
        {
            inputs.AddRange(SeedFiles().Select(File.ReadAllText));
        }
        return inputs;
    }

    /// <summary>The checkout's root (where BriefingRoom.slnx is), found above the running program; null when run elsewhere.</summary>
    public static string? RepositoryRoot { get; } = FindRoot();

    public static IEnumerable<string> SeedFiles()
    {
        var seeds = RepositoryRoot is null ? null : Path.Combine(RepositoryRoot, "..", "shared", "seeds");
        return seeds is not null && Directory.Exists(seeds)
            ? Directory.GetFiles(seeds, "20*.md").Order(StringComparer.Ordinal)
            : [];
    }

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriefingRoom.slnx")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}

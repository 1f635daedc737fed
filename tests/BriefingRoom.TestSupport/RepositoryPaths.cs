namespace BriefingRoom.TestSupport;

/// <summary>Where the checkout is, found from the test binaries, and the published seed transcripts beside it when present.</summary>
public static class RepositoryPaths
{
    /// <summary>The nearest folder above the test binaries that holds BriefingRoom.slnx.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>../shared/seeds beside the checkout (CI has it; a plain clone does not), or null.</summary>
    public static string? Seeds() => Directory.Exists(SeedsFolder) ? SeedsFolder : null;

    private static readonly string SeedsFolder = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BriefingRoom.slnx")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"no BriefingRoom.slnx above {AppContext.BaseDirectory}");
    }
}

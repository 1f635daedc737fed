namespace BriefingRoom.Browser.Tests;

/// <summary>The checkout's root: the nearest folder above the test binaries that holds BriefingRoom.slnx.</summary>
public static class RepositoryRoot
{
    public static string Find()
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

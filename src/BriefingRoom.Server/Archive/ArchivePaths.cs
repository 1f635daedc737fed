using System.Globalization;

namespace BriefingRoom.Server.Archive;

/// <summary>Where an archived transcript and its views live; search hits and pages link through here so the two never disagree.</summary>
public static class ArchivePaths
{
    public const string Root = "/archive/";

    public static string Transcript(long id) => $"{Root}{id.ToString(CultureInfo.InvariantCulture)}/";

    public static string Questions(long id) => Transcript(id) + "questions";

    public static string Download(long id, ArchiveExportFormat format) => Transcript(id) + "transcript" + ArchiveExports.Extension(format);
}

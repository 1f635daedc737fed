using System.Globalization;

namespace BriefingRoom.CrashCampaign;

/// <summary>A campaign's figures, and every problem it saw; clean when nothing acknowledged was lost, doubled or moved and every check held.</summary>
public sealed record CampaignReport(
    string Database,
    int Seed,
    int Crashes,
    IReadOnlyDictionary<string, int> CrashesByMoment,
    int Acknowledged,
    int Lost,
    int Duplicated,
    int Reordered,
    int ResumeChecks,
    int ResumeFailures,
    int ReplayMismatches,
    int PublicationChecks,
    int PublicationFailures,
    int BrokenBriefings,
    IReadOnlyList<double> RestartSeconds,
    IReadOnlyList<double> PublicationSeconds,
    IReadOnlyList<string> Problems,
    double Seconds)
{
    public bool Clean => Lost + Duplicated + Reordered + ResumeFailures + ReplayMismatches + PublicationFailures + BrokenBriefings == 0 && Problems.Count == 0;

    public void Print(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"crash campaign on {Database}, seed {Seed}: {Crashes} crashes (SIGKILL) in {Seconds.ToString("F0", c)} s");
        output.WriteLine($"  moments: {string.Join(", ", CrashesByMoment.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key} {m.Value}"))}");
        output.WriteLine($"  acknowledged commands: {Acknowledged}; lost {Lost}, duplicated {Duplicated}, reordered {Reordered}");
        output.WriteLine($"  SSE resume checks (Last-Event-ID after a crash): {ResumeChecks}, failed {ResumeFailures}; live frames unlike their replay: {ReplayMismatches}");
        output.WriteLine($"  conclusions acknowledged just before a crash: {PublicationChecks}, not published exactly once {PublicationFailures}");
        output.WriteLine($"  briefings broken by a crash while scheduling: {BrokenBriefings}");
        output.WriteLine($"  restart to listening: {Figures(RestartSeconds)}");
        output.WriteLine($"  restart to a pending conclusion's publication: {Figures(PublicationSeconds)}");
        foreach (var problem in Problems.Take(40))
        {
            output.WriteLine($"  problem: {(problem.Length <= 400 ? problem : problem[..400] + "…")}");
        }
        if (Problems.Count > 40)
        {
            output.WriteLine($"  … and {Problems.Count - 40} more problems");
        }
        output.WriteLine(Clean ? "  clean" : "  NOT CLEAN");
    }

    private static string Figures(IReadOnlyList<double> seconds)
    {
        if (seconds.Count == 0)
        {
            return "none";
        }
        var sorted = seconds.Order().ToList();
        var c = CultureInfo.InvariantCulture;
        return $"min {sorted[0].ToString("F2", c)} s, median {sorted[sorted.Count / 2].ToString("F2", c)} s, max {sorted[^1].ToString("F2", c)} s (n={sorted.Count})";
    }
}

using System.Globalization;
using BriefingRoom.Protection;

namespace BriefingRoom.Benchmarks.Corpus;

/// <summary>
/// Generated protected identities for the leak-check benchmark: a full name and nine aliases each (names, e-mail,
/// handle, nickname, titles and a role), from invented syllables so the corpus holds none of them.
/// </summary>
internal static class LeakIdentities
{
    public const int Count = 1000;

    private static readonly string[] Syllables =
        ["zav", "qel", "mor", "tix", "bru", "yan", "keo", "dra", "vus", "lin", "pha", "gor", "nez", "wut", "sio", "cai", "fen", "rho"];

    private static readonly string[] Offices = ["Trade", "Energy", "Maritime", "Cyber", "Arctic", "Health", "Space", "Water"];

    public static ProtectedIdentities Generate(int count = Count)
    {
        var random = new Random(BenchCorpus.Seed);
        string Word(int syllables) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(
            string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[random.Next(Syllables.Length)])));
        var speakers = new List<ProtectedSpeaker>(count);
        for (var k = 0; k < count; k++)
        {
            var (first, middle, last, nick) = (Word(2), Word(2), Word(3), Word(2));
            var office = Offices[random.Next(Offices.Length)];
            speakers.Add(new ProtectedSpeaker(
                "SENIOR ADMINISTRATION OFFICIAL",
                "senior administration official",
                [$"{first} {middle} {last}"],
                [
                    $"{first} {last}", first, last, nick, $"{nick} {last}",
                    $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}@agency.example.gov", $"@{first}{last}".ToLowerInvariant(),
                    $"Ambassador {last}", $"Special Envoy for {office} {last}",
                ]));
        }
        return new ProtectedIdentities([.. speakers], [], []);
    }

    /// <summary>Every identifier, one a line: ripgrep's <c>-f</c> pattern file.</summary>
    public static IEnumerable<string> Aliases(ProtectedIdentities ids) => ids.Speakers.SelectMany(s => s.Identifiers);
}

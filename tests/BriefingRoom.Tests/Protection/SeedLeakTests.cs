using BriefingRoom.Protection;
using BriefingRoom.Tests.Specs;

namespace BriefingRoom.Tests.Protection;

/// <summary>The published seeds contain none of a set of made-up names, so the check must pass them clean, in every reading.</summary>
public class SeedLeakTests
{
    private static readonly IdentityMatcher Absent = IdentityMatcher.Build(new ProtectedIdentities(
        [
            new ProtectedSpeaker("SENIOR ADMINISTRATION OFFICIAL", "senior administration official", ["Quillon Varsedy"], ["Quill", "Varsedy", "q.varsedy@example.org", "@quillv", "Undersecretary for Zephyr Affairs"]),
            new ProtectedSpeaker("MODERATOR", "senior administration official", ["Ottoline Brasque"], ["Ottoline", "Brasque"]),
        ],
        ["Quill Varsedy Jr"],
        ["Zephyr Annex"]));

    [SkippableTheory]
    [MemberData(nameof(Seeds.Names), MemberType = typeof(Seeds))]
    public void A_seed_is_clean_for_names_it_does_not_contain(string seed)
    {
        var text = Seeds.Read(seed);

        foreach (var kind in Enum.GetValues<TextKind>())
        {
            Assert.Empty(LeakChecker.Check(text, kind, Absent));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Seeds.Names), MemberType = typeof(Seeds))]
    public void A_name_planted_in_a_seed_is_found_where_it_was_planted(string seed)
    {
        var text = Seeds.Read(seed);
        var at = text.IndexOf("\n\n", text.Length / 2, StringComparison.Ordinal) + 2;
        var planted = text[..at] + "Thanks, Varsedy.\n\n" + text[at..];

        var finding = Assert.Single(LeakChecker.Check(planted, TextKind.Markdown, Absent));

        Assert.Equal("Varsedy", finding.Matched);
        Assert.Equal(planted[..at].Count(c => c == '\n') + 1, finding.Line);
        Assert.Equal(9, finding.Column);
    }
}

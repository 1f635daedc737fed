using BriefingRoom.Protection;
using CsCheck;

namespace BriefingRoom.Tests.Protection;

/// <summary>Any text, however broken its escapes and markup, is checked without an exception, with spans in order inside it.</summary>
public class HostileTextProperty
{
    private static readonly string[] Pieces =
    [
        "&", "&#", "&#x", "&#xFFFFFFFF;", "&#99999999;", "&#xD800;", "&amp;", "&amp;#", "&lt;", "&gt;", "&quot;", "&nosuch;", ";",
        "\\", "\\u", "\\uD83D", "\\uDE00", "\\u00", "\\n", "%", "%C3", "%A0", "%F4%90%80%80", "%ZZ", "%25",
        "<", "</", "<a ", "<a", "=", "\"", "'", ">", "/>", "<!--", "-->", "<![CDATA[", "]]>", "\n", "\r", " ", "-", "-\n", "\u00ad",
        "\u200b", "\ufeff", "\u00a0", "\ud83d", "\ude00", "𝐉", "\u0301", "Jake", "Sullivan", "Tapper", "Morgan", "x", "é",
    ];

    [Fact]
    public void Broken_text_of_every_kind_is_checked_without_an_exception()
    {
        Gen.Select(Gen.OneOf(Pieces).Array[0, 80].Select(string.Concat), Gen.OneOf(Enum.GetValues<TextKind>().Select(Gen.Const).ToArray()))
            .Sample((text, kind) =>
            {
                var matches = TestIdentities.Matcher.Find(text, kind);
                var previousEnd = 0;
                foreach (var m in matches)
                {
                    Assert.InRange(m.Start, previousEnd, text.Length);
                    Assert.InRange(m.End, m.Start + 1, text.Length);
                    previousEnd = m.End;
                }
                Assert.Equal(matches.Count, LeakChecker.Check(text, kind, TestIdentities.Matcher).Count(f => f.Blocks));
            }, iter: 5000);
    }
}

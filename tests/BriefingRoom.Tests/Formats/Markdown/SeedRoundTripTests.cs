using BriefingRoom.Formats.Markdown;
using BriefingRoom.Tests.Specs;

namespace BriefingRoom.Tests.Formats.Markdown;

/// <summary>The published seeds are the format's specification: reading and writing one gives back its bytes.</summary>
public sealed class SeedRoundTripTests
{
    [SkippableTheory]
    [MemberData(nameof(Seeds.Names), MemberType = typeof(Seeds))]
    public void Writing_a_read_seed_gives_back_the_same_bytes(string seed)
    {
        var source = Seeds.Read(seed);

        var written = MarkdownWriter.Write(MarkdownReader.Read(source));

        AssertSameText(source, written);
    }

    [SkippableTheory]
    [MemberData(nameof(Seeds.Names), MemberType = typeof(Seeds))]
    public void Reading_a_written_seed_gives_back_the_same_model(string seed)
    {
        var model = MarkdownReader.Read(Seeds.Read(seed));

        Assert.Equal(model, MarkdownReader.Read(MarkdownWriter.Write(model)));
    }

    /// <summary>Compares line by line so a failure names the first differing line, with invisible characters shown.</summary>
    internal static void AssertSameText(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Min(e.Length, a.Length); i++)
        {
            Assert.True(e[i] == a[i], $"line {i + 1} differs:\nexpected: {Visible(e[i])}\nactual:   {Visible(a[i])}");
        }
        Assert.True(e.Length == a.Length, $"expected {e.Length} lines, got {a.Length}");
    }

    private static string Visible(string line) => line.Replace('\u00a0', '␣').Replace(' ', '·') + "¶";
}

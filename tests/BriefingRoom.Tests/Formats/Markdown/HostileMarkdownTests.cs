using BriefingRoom.Formats;
using BriefingRoom.Formats.Markdown;

namespace BriefingRoom.Tests.Formats.Markdown;

/// <summary>Input built to be slow or deep still reads and writes back, or fails with a positioned error (its speed: HostileInputBenchmarks).</summary>
public sealed class HostileMarkdownTests
{
    public static TheoryData<string, string> Inputs => new()
    {
        { "unclosed deletions", "MODERATOR: " + string.Concat(Enumerable.Repeat("<s>x ", 200_000)) },
        { "emphasis pairs", "MODERATOR: " + string.Concat(Enumerable.Repeat("*a* ", 200_000)) },
        { "unmatched openers", "MODERATOR: " + string.Concat(Enumerable.Repeat("*a ", 200_000)) },
        { "nested emphasis", "MODERATOR: " + new string('*', 100_000) + "a" + new string('*', 100_000) },
        { "deep alternating emphasis", "MODERATOR: " + string.Concat(Enumerable.Repeat("*a _b ", 50_000)) + string.Concat(Enumerable.Repeat("b_ a* ", 50_000)) },
        { "unclosed brackets", "MODERATOR: " + string.Concat(Enumerable.Repeat("\\[a ", 200_000)) },
        { "entities", "MODERATOR: " + string.Concat(Enumerable.Repeat("&amp;&#97;&bogus; ", 100_000)) },
        { "one long line", new string('a', 2_000_000) },
        { "many turns", string.Concat(Enumerable.Repeat("Q  a\n\n", 200_000)) },
        { "many hard breaks", "MODERATOR: " + string.Concat(Enumerable.Repeat("a  \n", 200_000)) },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public Task Hostile_input_reads_and_writes_back_or_is_refused_with_a_position(string name, string input) =>
        ReaderBounds.ReadsOrRefusesWithAPosition(() => MarkdownWriter.Write(MarkdownReader.Read(input)), name);

    [Fact]
    public void Input_over_the_size_limit_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<TranscriptParseException>(() => MarkdownReader.Read(new string('a', ReaderLimits.MaxChars + 1)));

        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_front_matter_is_a_positioned_error()
    {
        var error = Assert.Throws<TranscriptParseException>(() => MarkdownReader.Read("---\ntitle: x\n\nMODERATOR: hi\n"));

        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Bad_yaml_is_reported_at_its_line_in_the_file()
    {
        var error = Assert.Throws<TranscriptParseException>(() => MarkdownReader.Read("---\ntitle: ok\ndate: [unclosed\n---\n"));

        Assert.Equal(3, error.Line);
        Assert.StartsWith("front matter:", error.Message, StringComparison.Ordinal);
    }
}

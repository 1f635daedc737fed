using BriefingRoom.Server.Archive;
using BriefingRoom.Server.Storage;

namespace BriefingRoom.Tests.Archive;

/// <summary>The CSV of turns: RFC 4180 quoting, and no cell a spreadsheet would run as a formula.</summary>
public sealed class TurnsCsvTests
{
    [Theory]
    [InlineData("Plain words.", "Plain words.")]
    [InlineData("Yes, and no.", "\"Yes, and no.\"")]
    [InlineData("He said \"no\".", "\"He said \"\"no\"\".\"")]
    [InlineData("Two\nlines", "\"Two\nlines\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1 202 555 0100", "'+1 202 555 0100")]
    [InlineData("-5 percent", "'-5 percent")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")]
    [InlineData("", "")]
    public void A_cell_is_quoted_when_it_must_be_and_never_starts_a_formula(string value, string cell) =>
        Assert.Equal(cell, TurnsCsv.Cell(value));

    [Fact]
    public void Rows_come_in_turn_order_with_turns_counted_from_one_and_CRLF_line_ends()
    {
        using var output = new StringWriter();
        TurnsCsv.WriteHeader(output);
        TurnsCsv.WriteRows(output, 42, [
            new ArchiveParagraph { Turn = 1, Number = 0, Anchor = "p-b", Speaker = "Q", Role = "reporter", Text = "Why?", Folded = "why" },
            new ArchiveParagraph { Turn = 0, Number = 1, Anchor = "p-a2", Speaker = "MODERATOR", Role = "moderator", Text = "Go ahead, Alex.", Folded = "" },
            new ArchiveParagraph { Turn = 0, Number = 0, Anchor = "p-a", Speaker = "MODERATOR", Role = "moderator", Text = "Hello.", Folded = "" },
        ]);
        Assert.Equal("document,turn,speaker,role,text\r\n42,1,MODERATOR,moderator,Hello.\r\n42,1,MODERATOR,moderator,\"Go ahead, Alex.\"\r\n42,2,Q,reporter,Why?\r\n", output.ToString());
    }
}

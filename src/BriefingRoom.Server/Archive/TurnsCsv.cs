using System.Globalization;
using System.Text;
using BriefingRoom.Server.Storage;

namespace BriefingRoom.Server.Archive;

/// <summary>
/// The CSV of turns: one row per paragraph, <c>document,turn,speaker,role,text</c>, quoted as RFC 4180 says, CRLF line ends.
/// A cell that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a leading
/// apostrophe, which spreadsheets show as text; docs/api.md says so.
/// </summary>
public static class TurnsCsv
{
    public const string Header = "document,turn,speaker,role,text";

    public static void WriteHeader(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Header + "\r\n");
    }

    /// <summary>Rows for one document; <c>turn</c> counts from 1 as a reader would.</summary>
    public static void WriteRows(TextWriter output, long document, IEnumerable<ArchiveParagraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var id = document.ToString(CultureInfo.InvariantCulture);
        foreach (var p in paragraphs.OrderBy(p => p.Turn).ThenBy(p => p.Number))
        {
            output.Write(id);
            output.Write(',');
            output.Write((p.Turn + 1).ToString(CultureInfo.InvariantCulture));
            output.Write(',');
            output.Write(Cell(p.Speaker ?? ""));
            output.Write(',');
            output.Write(Cell(p.Role));
            output.Write(',');
            output.Write(Cell(p.Text));
            output.Write("\r\n");
        }
    }

    /// <summary>One field: defused if it would start a formula, quoted when it holds a comma, quote or line break.</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }
        return new StringBuilder(value.Length + 2).Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}

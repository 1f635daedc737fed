using System.Globalization;
using System.Text;
using BriefingRoom.Formats;

namespace BriefingRoom.CommandLine;

/// <summary>A transcript's text and the name errors are reported under (the path, or <c>&lt;stdin&gt;</c>).</summary>
internal sealed record CliInput(string Name, string Text);

/// <summary>Input that cannot be read at all: missing, unreadable or over the size limit. Reported without a position.</summary>
internal sealed class CliInputException(string message) : Exception(message);

/// <summary>Reads a file or standard input as UTF-8, refusing more than <see cref="ReaderLimits.MaxChars"/> before reading it all.</summary>
internal static class CliInputs
{
    public const string StdinName = "<stdin>";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static CliInput Load(string path, TextReader stdin)
    {
        if (path == "-")
        {
            return new CliInput(StdinName, ReadBounded(stdin, StdinName));
        }
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path))
            {
                throw new CliInputException($"{path}: is a directory, not a transcript file");
            }
            if (!info.Exists)
            {
                throw new CliInputException($"{path}: no such file");
            }
            // A file larger in bytes than the limit in characters is refused unread.
            if (info.Length > ReaderLimits.MaxChars)
            {
                throw new CliInputException(TooLarge(path, $"{info.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes"));
            }
            using var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: true);
            return new CliInput(path, reader.ReadToEnd());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException($"{path}: cannot read: {e.Message}");
        }
    }

    private static string ReadBounded(TextReader reader, string name)
    {
        var sb = new StringBuilder();
        var buffer = new char[64 * 1024];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            sb.Append(buffer, 0, read);
            if (sb.Length > ReaderLimits.MaxChars)
            {
                throw new CliInputException(TooLarge(name, "more than that"));
            }
        }
        return sb.ToString();
    }

    private static string TooLarge(string name, string size) =>
        $"{name}: input is too large ({size}); the limit is {ReaderLimits.MaxChars.ToString("N0", CultureInfo.InvariantCulture)} characters";
}

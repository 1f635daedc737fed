using System.Globalization;
using BriefingRoom.Transcripts;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingRoom.Formats.Markdown;

/// <summary>Reads the YAML front matter of a briefing-room Markdown file into <see cref="Metadata"/>.</summary>
internal static class FrontMatterReader
{
    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd HH:mm:ssZ", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-dd HH:mm:ss.FFFFFFFZ", "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ",
    ];

    /// <param name="yaml">The text between the <c>---</c> lines.</param>
    /// <param name="firstLine">The file line the YAML starts on, for error positions.</param>
    public static Metadata Read(string yaml, int firstLine)
    {
        var metadata = new Metadata();
        var extra = new List<ExtraField>();
        var tags = new List<string>();
        string? tagKey = null;
        string? urlKey = null;
        var parser = new Parser(new StringReader(yaml));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return metadata;
            }
            parser.Consume<DocumentStart>();
            if (parser.TryConsume<Scalar>(out var empty) && empty.Value.Length == 0)
            {
                return metadata;
            }
            parser.Consume<MappingStart>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>();
                switch (key.Value)
                {
                    case "title": metadata = metadata with { Title = ReadScalar(parser, key.Value, firstLine) }; break;
                    case "date":
                        {
                            var value = ReadScalar(parser, key.Value, firstLine);
                            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                            {
                                metadata = metadata with { Date = date };
                            }
                            else
                            {
                                extra.Add(new ExtraField(key.Value, value));
                            }
                            break;
                        }
                    case "published_time" or "modified_time":
                        {
                            var value = ReadScalar(parser, key.Value, firstLine);
                            if (DateTimeOffset.TryParseExact(value, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
                            {
                                metadata = key.Value == "published_time" ? metadata with { Published = instant } : metadata with { Modified = instant };
                            }
                            else
                            {
                                extra.Add(new ExtraField(key.Value, value));
                            }
                            break;
                        }
                    case "permalink" or "source_url" when urlKey is null:
                        urlKey = key.Value;
                        metadata = metadata with { Url = ReadScalar(parser, key.Value, firstLine) };
                        break;
                    case "category" or "tags" when tagKey is null:
                        tagKey = key.Value;
                        ReadList(parser, key.Value, firstLine, tags);
                        break;
                    default:
                        extra.Add(new ExtraField(key.Value, ReadScalar(parser, key.Value, firstLine)));
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            throw new TranscriptParseException($"front matter: {Describe(e)}", firstLine + (int)e.Start.Line - 1, (int)e.Start.Column);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // YamlDotNet fails this way on some malformed scalars; the position is the parser's last known one.
            var at = parser.Current?.Start ?? Mark.Empty;
            throw new TranscriptParseException("front matter: unreadable YAML", firstLine + Math.Max(0, (int)at.Line - 1), Math.Max(1, (int)at.Column));
        }
        var style = urlKey switch
        {
            "source_url" => FrontMatterStyle.Archive,
            "permalink" => FrontMatterStyle.Live,
            _ => tagKey == "tags" ? FrontMatterStyle.Archive : FrontMatterStyle.Live,
        };
        return metadata with { Tags = new ValueList<string>(tags), Extra = new ValueList<ExtraField>(extra), Style = style };
    }

    /// <summary>A YAML error's message without YamlDotNet's own position prefix.</summary>
    internal static string Describe(YamlException e)
    {
        var message = e.Message;
        // YamlDotNet prefixes its own "(Line: …)" position; ours is in the file:line:col already.
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }

    private static string ReadScalar(Parser parser, string key, int firstLine)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            return scalar.Value;
        }
        var at = parser.Current?.Start ?? Mark.Empty;
        throw new TranscriptParseException($"front matter: '{key}' must be a single value", firstLine + (int)at.Line - 1, (int)at.Column);
    }

    private static void ReadList(Parser parser, string key, int firstLine, List<string> into)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            if (scalar.Value.Length > 0)
            {
                into.Add(scalar.Value);
            }
            return;
        }
        if (!parser.TryConsume<SequenceStart>(out _))
        {
            var at = parser.Current?.Start ?? Mark.Empty;
            throw new TranscriptParseException($"front matter: '{key}' must be a value or a list of values", firstLine + (int)at.Line - 1, (int)at.Column);
        }
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            into.Add(ReadScalar(parser, key, firstLine));
        }
    }
}

using System.Globalization;
using BriefingRoom.Formats;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Transcripts;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingRoom.Protection;

/// <summary>
/// Reads a protected identities file (YAML: <c>speakers</c>, <c>allow</c>, <c>redact</c>; see docs/formats.md).
/// Anything it cannot take for certain is a <see cref="TranscriptParseException"/> at the line and column of the
/// trouble: a file that protects less than its author meant must never be read quietly.
/// </summary>
public static class ProtectedIdentitiesReader
{
    public static ProtectedIdentities Read(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var parser = new Parser(new StringReader(yaml));
        try
        {
            return ReadDocument(new YamlEvents(parser));
        }
        catch (YamlException e)
        {
            throw new TranscriptParseException(FrontMatterReader.Describe(e), (int)e.Start.Line, (int)e.Start.Column);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // YamlDotNet fails this way on some malformed input; the position is the parser's last known one.
            var at = parser.Current?.Start ?? Mark.Empty;
            throw new TranscriptParseException("unreadable YAML", Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column));
        }
    }

    private static ProtectedIdentities ReadDocument(YamlEvents events)
    {
        events.Parser.Consume<StreamStart>();
        if (events.Parser.Accept<StreamEnd>(out var end))
        {
            throw Error("the file is empty: it must list the protected 'speakers'", end.Start);
        }
        events.Parser.Consume<DocumentStart>();
        var top = events.Expect<MappingStart>("the file must be a mapping of 'speakers', 'allow' and 'redact'");
        var speakers = new List<ProtectedSpeaker>();
        var allow = new List<string>();
        var redact = new List<string>();
        var sawSpeakers = false;
        var labelsByIdentifier = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in events.Keys(["speakers", "allow", "redact"]))
        {
            switch (key.Value)
            {
                case "speakers":
                    sawSpeakers = true;
                    foreach (var start in events.Items("'speakers' must be a list of speakers"))
                    {
                        var speaker = ReadSpeaker(events, start);
                        CheckDistinct(speaker, labelsByIdentifier, events);
                        speakers.Add(speaker);
                    }
                    break;
                case "allow": events.Strings("allow", allow); break;
                default: events.Strings("redact", redact); break;
            }
        }
        if (!sawSpeakers)
        {
            throw Error("'speakers' is missing: the file must list the protected speakers", top.Start);
        }
        if (speakers.Count == 0)
        {
            throw Error("'speakers' is empty: the file must list at least one protected speaker", top.Start);
        }
        events.Parser.Consume<DocumentEnd>();
        if (events.Parser.Accept<DocumentStart>(out var second))
        {
            throw Error("only one YAML document is allowed", second.Start);
        }
        return new ProtectedIdentities(new(speakers), new(allow), new(redact));
    }

    private static ProtectedSpeaker ReadSpeaker(YamlEvents events, ParsingEvent start)
    {
        if (start is not MappingStart)
        {
            throw Error("a speaker must be a mapping with 'label', 'mention', 'names' and 'aliases'", start.Start);
        }
        string? label = null;
        string? mention = null;
        var names = new List<string>();
        var aliases = new List<string>();
        var exactCase = new List<string>();
        foreach (var key in events.Keys(["label", "mention", "names", "aliases"]))
        {
            switch (key.Value)
            {
                case "label": label = events.String("label"); break;
                case "mention": mention = events.String("mention"); break;
                case "names": Identifiers(events, "names", "name", names, exactCase); break;
                default: Identifiers(events, "aliases", "alias", aliases, exactCase); break;
            }
        }
        if (label is null)
        {
            throw Error("the speaker has no 'label'", start.Start);
        }
        if (names.Count == 0 && aliases.Count == 0)
        {
            throw Error($"the speaker '{label}' has no 'names' and no 'aliases': nothing to protect", start.Start);
        }
        return new ProtectedSpeaker(label, mention ?? label.ToLower(CultureInfo.InvariantCulture), new(names), new(aliases)) { ExactCase = new(exactCase) };
    }

    /// <summary>
    /// A speaker's <c>names</c> or <c>aliases</c>: a string, or a list of strings and of mappings
    /// <c>{alias: BUSH, exact-case: true}</c> (<c>name:</c> under <c>names</c>), the marked ones also into <paramref name="exactCase"/>.
    /// </summary>
    private static void Identifiers(YamlEvents events, string key, string singular, List<string> into, List<string> exactCase)
    {
        var shape = $"'{key}' must be a string or a list of strings and {{{singular}: …, exact-case: true}} mappings";
        events.RefuseAnchors();
        if (events.Parser.TryConsume<Scalar>(out var single))
        {
            into.Add(events.Text(single, key));
            return;
        }
        if (events.Parser.TryConsume<MappingStart>(out var one))
        {
            Marked(events, one, key, singular, into, exactCase);
            return;
        }
        foreach (var item in events.Items(shape))
        {
            switch (item)
            {
                case Scalar scalar: into.Add(events.Text(scalar, key)); break;
                case MappingStart start: Marked(events, start, key, singular, into, exactCase); break;
                default: throw Error(shape, item.Start);
            }
        }
    }

    /// <summary>One <c>{alias: …, exact-case: true|false}</c> mapping, its mapping start already read.</summary>
    private static void Marked(YamlEvents events, MappingStart start, string key, string singular, List<string> into, List<string> exactCase)
    {
        string? identifier = null;
        var exact = false;
        foreach (var k in events.Keys([singular, "exact-case"]))
        {
            if (k.Value == singular)
            {
                identifier = events.String($"{key}: {singular}");
                continue;
            }
            var value = events.Expect<Scalar>("'exact-case' must be true or false");
            exact = value.Style is ScalarStyle.Plain && value.Value is "true" or "false"
                ? value.Value == "true"
                : throw Error($"'exact-case' must be true or false, not '{value.Value}'", value.Start);
        }
        if (identifier is null)
        {
            throw Error($"a mapping in '{key}' needs '{singular}': the {singular} it marks", start.Start);
        }
        into.Add(identifier);
        if (exact)
        {
            exactCase.Add(identifier);
        }
    }

    /// <summary>One identifier under two labels would leave the redactor to guess whose turn it is, so it is refused.</summary>
    private static void CheckDistinct(ProtectedSpeaker speaker, Dictionary<string, string> labelsByIdentifier, YamlEvents events)
    {
        foreach (var identifier in speaker.Identifiers)
        {
            if (labelsByIdentifier.TryGetValue(identifier, out var other) && other != speaker.Label)
            {
                throw Error($"'{identifier}' is listed for both '{other}' and '{speaker.Label}'", events.PositionOf(identifier));
            }
            labelsByIdentifier[identifier] = speaker.Label;
        }
    }

    internal static TranscriptParseException Error(string message, Mark at) =>
        new(message, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column));
}

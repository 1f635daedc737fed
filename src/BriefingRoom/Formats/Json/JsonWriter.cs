using System.Text.Encodings.Web;
using System.Text.Json;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Json;

/// <summary>
/// Writes a transcript as the canonical JSON contract (docs/formats.md): camelCase, indented UTF-8, every key
/// always present, paragraphs as their reader-visible <c>text</c> plus typed <c>inlines</c>.
/// </summary>
public static class JsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Transcript t) => TextOutput.Capture(t, Write);

    public static void Write(Transcript t, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new Utf8ToTextStream(output);
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            WriteTranscript(json, t);
        }
        output.Write('\n');
    }

    private static void WriteTranscript(Utf8JsonWriter json, Transcript t)
    {
        var m = t.Metadata;
        json.WriteStartObject();
        json.WriteString("title", m.Title);
        json.WriteString("date", m.Date is { } date ? DateFormats.Date(date) : null);
        json.WriteString("published", m.Published is { } published ? DateFormats.Instant(published) : null);
        json.WriteString("modified", m.Modified is { } modified ? DateFormats.Instant(modified) : null);
        json.WriteString("url", m.Url);
        json.WriteStartArray("tags");
        foreach (var tag in m.Tags)
        {
            json.WriteStringValue(tag);
        }
        json.WriteEndArray();
        json.WriteString("location", t.Dateline);
        WriteTime(json, "start", t.Start);
        WriteTime(json, "end", t.End);
        WriteGroundRules(json, t.GroundRules);
        json.WriteStartArray("preface");
        WriteParagraphs(json, t.Preface);
        json.WriteEndArray();
        json.WriteStartArray("turns");
        foreach (var turn in t.Turns)
        {
            WriteTurn(json, turn);
            json.Flush(); // Bounds the writer's buffer to one turn.
        }
        json.WriteEndArray();
        WriteSpeakers(json, t.Turns);
        json.WriteEndObject();
    }

    /// <summary>Speakers printed under more than one label, so a reader can tell "MR. KIRBY" is "PRESS SECRETARY JOHN F. KIRBY".</summary>
    private static void WriteSpeakers(Utf8JsonWriter json, IReadOnlyList<Turn> turns)
    {
        json.WriteStartArray("speakers");
        foreach (var labels in SpeakerLinks.Of(turns))
        {
            json.WriteStartObject();
            json.WriteStartArray("labels");
            foreach (var label in labels)
            {
                json.WriteStringValue(label);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteTime(Utf8JsonWriter json, string name, TimeMark? mark)
    {
        if (mark is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("text", InlineText.Flatten(mark.Text));
        json.WriteString("time", mark.Time is { } time ? DateFormats.Time(time) : null);
        json.WriteString("zone", mark.Zone is { } zone ? InlineText.Flatten(zone) : null);
        json.WriteEndObject();
    }

    private static void WriteGroundRules(Utf8JsonWriter json, GroundRules rules)
    {
        json.WriteStartObject("groundRules");
        json.WriteString("attribution", WireNames.Of(rules.Attribution));
        json.WriteStartArray("attributedTo");
        foreach (var label in rules.AttributedTo)
        {
            json.WriteStringValue(label);
        }
        json.WriteEndArray();
        json.WriteString("embargo", rules.Embargo);
        json.WriteBoolean("disclosedForInformation", rules.DisclosedForInformation);
        if (rules.Change is { } change)
        {
            json.WriteStartObject("change");
            json.WriteString("attribution", WireNames.Of(change.Attribution));
            if (change.FromTurn is { } from)
            {
                json.WriteNumber("fromTurn", from);
            }
            else
            {
                json.WriteNull("fromTurn");
            }
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("change");
        }
        json.WriteEndObject();
    }

    private static void WriteTurn(Utf8JsonWriter json, Turn turn)
    {
        json.WriteStartObject();
        json.WriteString("speaker", turn.Speaker);
        json.WriteString("role", WireNames.Of(turn.Role));
        json.WriteString("offset", turn.Offset is { } offset ? DateFormats.Offset(offset) : null);
        json.WriteStartArray("paragraphs");
        WriteParagraphs(json, turn.Paragraphs);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteParagraphs(Utf8JsonWriter json, ValueList<Paragraph> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            json.WriteStartObject();
            json.WriteString("text", paragraph.Text);
            json.WriteStartArray("inlines");
            WriteInlines(json, DisplayInlines.Of(paragraph));
            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    private static void WriteInlines(Utf8JsonWriter json, IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            json.WriteStartObject();
            switch (inline)
            {
                case TextRun r: Typed(json, "text", r.Text); break;
                case Insertion i: Typed(json, "insertion", i.Text); break;
                case Deletion d: Typed(json, "deletion", d.Text); break;
                case Redaction r: Typed(json, "redaction", r.Text); break;
                case AttributionPlaceholder a: Typed(json, "attribution", a.Text); break;
                case Note n:
                    Typed(json, "note", n.Text);
                    json.WriteBoolean("square", n.Square);
                    break;
                case LineBreak:
                    json.WriteString("type", "break");
                    break;
                case Link l:
                    json.WriteString("type", "link");
                    json.WriteString("url", l.Url);
                    json.WriteBoolean("auto", l.Auto);
                    json.WriteStartArray("inlines");
                    WriteInlines(json, l.Content);
                    json.WriteEndArray();
                    break;
                case RawHtml h:
                    json.WriteString("type", "html");
                    json.WriteString("html", h.Html);
                    break;
                case Emphasis e:
                    json.WriteString("type", "emphasis");
                    json.WriteBoolean("strong", e.Strong);
                    json.WriteStartArray("inlines");
                    WriteInlines(json, e.Content);
                    json.WriteEndArray();
                    break;
                default:
                    throw new InvalidOperationException($"Unknown inline {inline.GetType().Name}");
            }
            json.WriteEndObject();
        }
    }

    private static void Typed(Utf8JsonWriter json, string type, string text)
    {
        json.WriteString("type", type);
        json.WriteString("text", text);
    }
}

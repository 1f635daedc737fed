using System.Xml;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.AkomaNtoso;

/// <summary>
/// Writes a transcript as an Akoma Ntoso 3.0 <c>debate</c>: FRBR identification and speaker references in
/// <c>meta</c>, title, date, dateline, start time, ground rules and the text before the first turn in <c>preface</c>, and the turns as
/// <c>speech</c>, <c>question</c> and <c>answer</c> elements of one <c>debateSection</c>.
/// </summary>
public static class AkomaNtosoWriter
{
    public const string Namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    internal const string SourceId = "briefingRoom";
    internal const string DatelineId = "dateline";

    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        OmitXmlDeclaration = true,
        CloseOutput = false,
    };

    public static string Write(Transcript t) => TextOutput.Capture(t, Write);

    /// <summary>Writes the document; the declaration says UTF-8, the encoding to store and serve it in.</summary>
    public static void Write(Transcript t, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(output);
        output.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        using (var xml = XmlWriter.Create(output, Settings))
        {
            var references = new AknReferences(t.Turns);
            var slug = Slug.Of(t.Metadata.Title ?? "");
            xml.WriteStartElement("akomaNtoso", Namespace);
            xml.WriteStartElement("debate");
            xml.WriteAttributeString("name", slug.Length > 0 ? slug : "briefing");
            xml.WriteStartElement("meta");
            AknMeta.WriteIdentification(xml, t.Metadata, slug.Length > 0 ? slug : "briefing");
            WriteReferences(xml, t, references);
            xml.WriteEndElement();
            WritePreface(xml, t);
            AknBody.Write(xml, t, references);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        output.Write('\n');
    }

    private static void WriteReferences(XmlWriter xml, Transcript t, AknReferences references)
    {
        xml.WriteStartElement("references");
        xml.WriteAttributeString("source", "#" + SourceId);
        Reference(xml, "TLCOrganization", SourceId, "/ontology/organization/briefingRoom", "Briefing Room");
        if (t.Dateline is not null)
        {
            Reference(xml, "TLCLocation", DatelineId, "/ontology/location/" + Slug.Of(t.Dateline), InlineText.Flatten(t.Dateline));
        }
        foreach (var (label, id) in references.Persons)
        {
            Reference(xml, "TLCPerson", id, "/ontology/person/" + id, InlineText.Flatten(label));
        }
        foreach (var role in references.Roles)
        {
            Reference(xml, "TLCRole", AknReferences.RoleId(role), "/ontology/role/" + WireNames.Of(role), WireNames.Of(role));
        }
        xml.WriteEndElement();
    }

    private static void Reference(XmlWriter xml, string element, string id, string href, string showAs)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("eId", id);
        xml.WriteAttributeString("href", MarkupChars.Clean(href));
        xml.WriteAttributeString("showAs", MarkupChars.Clean(showAs));
        xml.WriteEndElement();
    }

    private static void WritePreface(XmlWriter xml, Transcript t)
    {
        var m = t.Metadata;
        if (m.Title is null && m.Date is null && t.Dateline is null && t.Start is null && t.GroundRules == GroundRules.NotStated && t.Preface.Count == 0)
        {
            return; // A preface must hold at least one block.
        }
        xml.WriteStartElement("preface");
        if (m.Title is not null)
        {
            StartP(xml, "title");
            AknText.Element(xml, "docTitle", m.Title);
            xml.WriteEndElement();
        }
        if (m.Date is { } date)
        {
            StartP(xml, "date");
            xml.WriteStartElement("docDate");
            xml.WriteAttributeString("date", DateFormats.Date(date));
            xml.WriteString(DateFormats.Spelled(date));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        if (t.Dateline is not null)
        {
            StartP(xml, "dateline");
            xml.WriteStartElement("location");
            xml.WriteAttributeString("refersTo", "#" + DatelineId);
            AknText.Write(xml, InlineText.Flatten(t.Dateline));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        WriteTime(xml, "startTime", t.Start, m.Date);
        if (t.GroundRules != GroundRules.NotStated)
        {
            StartP(xml, "groundRules");
            AknText.Write(xml, GroundRulesText.Summary(t.GroundRules));
            xml.WriteEndElement();
        }
        foreach (var paragraph in t.Preface)
        {
            AknBody.WriteParagraph(xml, paragraph, "preface");
        }
        xml.WriteEndElement();
    }

    /// <summary>A time line; the <c>time</c> element needs a full date-time, so without the date the text stands alone.</summary>
    internal static void WriteTime(XmlWriter xml, string name, TimeMark? mark, DateOnly? date)
    {
        if (mark is null)
        {
            return;
        }
        StartP(xml, name);
        var text = InlineText.Flatten(mark.Text);
        if (mark.Time is { } time && date is { } day)
        {
            xml.WriteStartElement("time");
            xml.WriteAttributeString("time", DateFormats.LocalDateTime(day, time));
            AknText.Write(xml, text);
            xml.WriteEndElement();
        }
        else
        {
            AknText.Write(xml, text);
        }
        xml.WriteEndElement();
    }

    /// <summary>Opens a paragraph whose content is inline, so no indentation whitespace enters it.</summary>
    internal static void StartP(XmlWriter xml, string @class)
    {
        xml.WriteStartElement("p");
        xml.WriteAttributeString("class", @class);
        xml.WriteString(""); // Marks mixed content so the writer does not indent inside the paragraph.
    }
}

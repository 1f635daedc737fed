using System.Xml;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.AkomaNtoso;

/// <summary>
/// The debate body: reporters' turns as <c>question</c>, an official's turn straight after one as <c>answer</c>,
/// every other turn as <c>speech</c>; then the end time. Text before the first turn is in the preface.
/// </summary>
internal static class AknBody
{
    public static void Write(XmlWriter xml, Transcript t, AknReferences references)
    {
        xml.WriteStartElement("debateBody");
        xml.WriteStartElement("debateSection");
        xml.WriteAttributeString("name", "transcript");
        xml.WriteAttributeString("eId", "dbsect_1");
        var previous = SpeakerRole.Unknown;
        foreach (var turn in t.Turns)
        {
            xml.WriteStartElement(ElementFor(turn.Role, previous));
            xml.WriteAttributeString("by", "#" + references.PersonId(turn.Speaker));
            xml.WriteAttributeString("as", "#" + AknReferences.RoleId(turn.Role));
            AknText.Element(xml, "from", InlineText.Flatten(turn.Speaker));
            foreach (var paragraph in turn.Paragraphs)
            {
                WriteParagraph(xml, paragraph, null);
            }
            xml.WriteEndElement();
            previous = turn.Role;
        }
        AkomaNtosoWriter.WriteTime(xml, "endTime", t.End, t.Metadata.Date);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>Officials, whether labelled by role or by name, answer the question just put to them.</summary>
    public static string ElementFor(SpeakerRole role, SpeakerRole previous) => role switch
    {
        SpeakerRole.Reporter => "question",
        SpeakerRole.Official or SpeakerRole.Named when previous == SpeakerRole.Reporter => "answer",
        _ => "speech",
    };

    /// <summary>One paragraph of inlines, with a class when given (<c>preface</c>).</summary>
    internal static void WriteParagraph(XmlWriter xml, Paragraph paragraph, string? @class)
    {
        xml.WriteStartElement("p");
        if (@class is not null)
        {
            xml.WriteAttributeString("class", @class);
        }
        xml.WriteString(""); // Marks mixed content so the writer does not indent inside the paragraph.
        WriteInlines(xml, DisplayInlines.Of(paragraph));
        xml.WriteEndElement();
    }

    private static void WriteInlines(XmlWriter xml, IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun r:
                    AknText.Write(xml, r.Text);
                    break;
                case Emphasis e:
                    xml.WriteStartElement(e.Strong ? "b" : "i");
                    WriteInlines(xml, e.Content);
                    xml.WriteEndElement();
                    break;
                case Link l when SourceUrls.IsWebAddress(l.Url):
                    xml.WriteStartElement("a");
                    xml.WriteAttributeString("href", l.Url);
                    WriteInlines(xml, l.Content);
                    xml.WriteEndElement();
                    break;
                case Link l:
                    WriteInlines(xml, l.Content);
                    break;
                case RawHtml:
                    break;
                case Insertion i:
                    AknText.Element(xml, "ins", "[" + i.Text + "]");
                    break;
                case Deletion d:
                    AknText.Element(xml, "del", d.Text);
                    break;
                case Redaction r:
                    AknText.Element(xml, "omissis", "[" + r.Text + "]");
                    break;
                case AttributionPlaceholder a:
                    xml.WriteStartElement("span");
                    xml.WriteAttributeString("class", "attribution");
                    AknText.Write(xml, "[" + a.Text + "]");
                    xml.WriteEndElement();
                    break;
                case Note n:
                    AknText.Element(xml, "remark", n.Square ? "[" + n.Text + "]" : "(" + n.Text + ")");
                    break;
                case LineBreak:
                    xml.WriteStartElement("eol");
                    xml.WriteEndElement();
                    break;
                default:
                    throw new InvalidOperationException($"Unknown inline {inline.GetType().Name}");
            }
        }
    }
}

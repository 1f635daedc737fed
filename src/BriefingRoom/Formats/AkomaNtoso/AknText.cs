using System.Xml;

namespace BriefingRoom.Formats.AkomaNtoso;

/// <summary>Text into the XML writer with the characters XML 1.0 forbids removed first, so the document is always well-formed.</summary>
internal static class AknText
{
    public static void Write(XmlWriter xml, string text) => xml.WriteString(MarkupChars.Clean(text));

    public static void Element(XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name);
        Write(xml, text);
        xml.WriteEndElement();
    }
}

using System.Xml;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.AkomaNtoso;

/// <summary>
/// The FRBR identification: work, expression (English) and manifestation (this XML), with URIs of the form
/// <c>/akn/us/debate/{date}/{slug}</c>. An undated transcript is filed under 0001-01-01 rather than an invalid date.
/// </summary>
internal static class AknMeta
{
    public static void WriteIdentification(XmlWriter xml, Metadata m, string slug)
    {
        var published = m.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : (DateOnly?)null;
        var modified = m.Modified is { } mod ? DateOnly.FromDateTime(mod.DateTime) : (DateOnly?)null;
        var day = m.Date ?? published ?? DateOnly.MinValue;
        var work = $"/akn/us/debate/{DateFormats.Date(day)}/{slug}";
        var expression = work + "/eng@";
        xml.WriteStartElement("identification");
        xml.WriteAttributeString("source", "#" + AkomaNtosoWriter.SourceId);

        xml.WriteStartElement("FRBRWork");
        Frbr(xml, work + "/!main", work, day, "briefing");
        Value(xml, "FRBRcountry", "value", "us");
        xml.WriteEndElement();

        xml.WriteStartElement("FRBRExpression");
        Frbr(xml, expression + "/!main", expression, published ?? day, "publication");
        Value(xml, "FRBRlanguage", "language", "eng");
        xml.WriteEndElement();

        xml.WriteStartElement("FRBRManifestation");
        Frbr(xml, expression + "/!main.xml", expression + ".akn", modified ?? published ?? day, "modified");
        xml.WriteEndElement();

        xml.WriteEndElement();
    }

    private static void Frbr(XmlWriter xml, string @this, string uri, DateOnly date, string dateName)
    {
        Value(xml, "FRBRthis", "value", @this);
        Value(xml, "FRBRuri", "value", uri);
        xml.WriteStartElement("FRBRdate");
        xml.WriteAttributeString("date", DateFormats.Date(date));
        xml.WriteAttributeString("name", dateName);
        xml.WriteEndElement();
        Value(xml, "FRBRauthor", "href", "#" + AkomaNtosoWriter.SourceId);
    }

    private static void Value(XmlWriter xml, string element, string attribute, string value)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString(attribute, value);
        xml.WriteEndElement();
    }
}

using System.Xml.Linq;
using BriefingRoom.Formats.AkomaNtoso;
using BriefingRoom.Tests.Specs;
using static BriefingRoom.Tests.Formats.HostileTranscript;

namespace BriefingRoom.Tests.Formats.AkomaNtoso;

public sealed class AkomaNtosoWriterTests
{
    private static readonly XNamespace Akn = AkomaNtosoWriter.Namespace;

    public static TheoryData<SpecCase> Cases() => WriterSpecs.Cases("akn");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Writes_the_golden_output(SpecCase spec) =>
        Assert.Equal(spec.Expected, AkomaNtosoWriter.Write(OutlineInput.Parse(spec.Input)));

    [Fact]
    public void Maps_reporters_to_questions_officials_after_them_to_answers_and_the_rest_to_speeches()
    {
        var doc = XDocument.Parse(AkomaNtosoWriter.Write(WriterSpecs.Input("akn", "exchange")));
        var section = doc.Descendants(Akn + "debateSection").Single();
        Assert.Equal(
            ["question", "answer", "speech", "question", "answer", "speech", "speech"],
            section.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(
            ["Q", "SENIOR ADMINISTRATION OFFICIAL", "MODERATOR", "Q", "MR. McCLELLAN", "SENIOR ADMINISTRATION OFFICIAL", "MR McCLELLAN"],
            section.Elements().Select(e => e.Element(Akn + "from")!.Value));
    }

    [Fact]
    public void Every_by_and_as_points_at_a_distinct_reference()
    {
        var doc = XDocument.Parse(AkomaNtosoWriter.Write(WriterSpecs.Input("akn", "exchange")));
        var ids = doc.Descendants(Akn + "references").Elements().Select(e => (string)e.Attribute("eId")!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var speech in doc.Descendants(Akn + "debateSection").Elements().Where(e => e.Attribute("by") is not null))
        {
            Assert.Contains(((string)speech.Attribute("by")!)[1..], ids);
            Assert.Contains(((string)speech.Attribute("as")!)[1..], ids);
        }
        var persons = doc.Descendants(Akn + "TLCPerson").ToDictionary(e => (string)e.Attribute("showAs")!, e => (string)e.Attribute("eId")!);
        Assert.NotEqual(persons["MR. McCLELLAN"], persons["MR McCLELLAN"]);
    }

    [Fact]
    public void Every_hostile_string_comes_back_verbatim_from_well_formed_xml()
    {
        var doc = XDocument.Parse(AkomaNtosoWriter.Write(Create()), LoadOptions.PreserveWhitespace); // Mixed content: a lone space between inlines is text.
        var k = Kept(Evil);
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName == "script");
        Assert.All(doc.Descendants(), e => Assert.Equal(Akn, e.Name.Namespace));
        Assert.Equal("Title " + k, doc.Descendants(Akn + "docTitle").Single().Value);
        Assert.Equal("Dateline " + k, doc.Descendants(Akn + "location").Single().Value);
        Assert.Equal("1:00 P.M. " + k, doc.Descendants(Akn + "time").Single().Value);
        Assert.Equal("LABEL " + k, doc.Descendants(Akn + "from").Single().Value);
        Assert.Equal("LABEL " + k, (string)doc.Descendants(Akn + "TLCPerson").Single().Attribute("showAs")!);
        Assert.Equal("[ins " + k + "]", doc.Descendants(Akn + "ins").Single().Value);
        Assert.Equal("del " + k, doc.Descendants(Akn + "del").Single().Value);
        Assert.Equal("[red " + k + "]", doc.Descendants(Akn + "omissis").Single().Value);
        Assert.Equal("[attr " + k + "]", doc.Descendants(Akn + "span").Single().Value);
        Assert.Equal("(note " + k + ")", doc.Descendants(Akn + "remark").Single().Value);
        Assert.Equal("em " + k, doc.Descendants(Akn + "i").Single().Value);
        Assert.Equal(
            $"Text {k} [ins {k}] del {k} [red {k}] [attr {k}] (note {k}) em {k}",
            doc.Descendants(Akn + "speech").Single().Element(Akn + "p")!.Value);
        Assert.Contains("until " + k, doc.Descendants(Akn + "p").Single(p => (string?)p.Attribute("class") == "groundRules").Value, StringComparison.Ordinal);
    }
}

using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Transcripts;

/// <summary>The label and time forms the plain-text and HTML readers rely on, pinned where the readers made them stricter.</summary>
public sealed class LabelAndTimeFormsTests
{
    [Theory]
    [InlineData("Q", "Q", "")]
    [InlineData("Q:  Why?", "Q", ":  ")]
    [InlineData("Q.  Why?", "Q", ".  ")]
    [InlineData("Q\u00a0\u00a0 Why?", "Q", "\u00a0\u00a0 ")]
    [InlineData("QWhat now?", "Q", "")]
    [InlineData("QI'm sorry.", "Q", "")]
    [InlineData("QI\u2019m sorry.", "Q", "")]
    [InlineData("QI think so.", "Q", "")]
    [InlineData("Q(inaudible)", "Q", "")]
    [InlineData("Q (Inaudible.)", "Q", " ")]
    [InlineData("MR. McCLELLAN:  Hi.", "MR. McCLELLAN", ":  ")]
    [InlineData("SENIOR ADMINISTRATION OFFICIAL ONE: Hi.", "SENIOR ADMINISTRATION OFFICIAL ONE", ": ")]
    public void Labels(string line, string label, string separator)
    {
        Assert.True(SpeakerLabels.TryMatch(line, out var match));
        Assert.Equal((label, separator), (match.Label, match.Separator));
    }

    [Theory]
    [InlineData("Mr. Bacon: Good afternoon.", LabelEvidence.None, "Mr. Bacon", SpeakerRole.Named)]
    [InlineData("Mr. KIRBY:  Thanks.", LabelEvidence.UpperCaseNames, "Mr. KIRBY", SpeakerRole.Named)]
    [InlineData("Voice: Jan Novak.", LabelEvidence.Transcript, "Voice", SpeakerRole.Unknown)]
    [InlineData("A: The hearing is set.", LabelEvidence.Questions, "A", SpeakerRole.Official)]
    [InlineData("A.  The hearing is set.", LabelEvidence.Questions, "A", SpeakerRole.Official)]
    public void Mixed_case_labels_where_the_document_shows_them(string line, LabelEvidence evidence, string label, SpeakerRole role)
    {
        Assert.True(SpeakerLabels.TryMatch(line, out var match, evidence));
        Assert.Equal((label, role), (match.Label, match.Role));
    }

    [Theory]
    [InlineData("Voice: Jan Novak.", LabelEvidence.None)]
    [InlineData("A: The hearing is set.", LabelEvidence.Transcript)]
    [InlineData("A.M.: The morning session.", LabelEvidence.Questions)]
    [InlineData("Speaker McCarthy: Some members", LabelEvidence.Any)]
    [InlineData("Secretary Cohen: Some members", LabelEvidence.UpperCaseNames)]
    [InlineData("Secretary Cohen: \u201cWe will stay.\u201d", LabelEvidence.Any)]
    [InlineData("Secretary Kerry: Remarks on Climate Action", LabelEvidence.Any)]
    [InlineData("Mr. President:", LabelEvidence.None)]
    [InlineData("Dear Mr. Smith: Thanks.", LabelEvidence.Any)]
    [InlineData("Mr. Smith said: yes.", LabelEvidence.Any)]
    public void Mixed_case_near_misses(string line, LabelEvidence evidence) =>
        Assert.False(SpeakerLabels.TryMatch(System.Text.RegularExpressions.Regex.Unescape(line), out _, evidence));

    [Theory]
    [InlineData("QUESTIONS")]
    [InlineData("Q.E.D., as they say.")]
    [InlineData("QAnon accounts spread it.")]
    [InlineData("Q&A follows.")]
    [InlineData("Quite so.")]
    [InlineData("NATO: the allies.")]
    [InlineData("Note: background.")]
    public void Not_labels(string line) =>
        Assert.False(SpeakerLabels.TryMatch(line, out _));

    [Theory]
    [InlineData("1:11 P.M. EST", "13:11", "EST")]
    [InlineData("1:11\u00a0P.M.\u00a0EST", "13:11", "EST")]
    [InlineData("11:30 A.M. (Local)", "11:30", "Local")]
    [InlineData("10:36 A.M. HAST", "10:36", "HAST")]
    [InlineData("3:34 P.M. MDT", "15:34", "MDT")]
    [InlineData("9:00 A.M. GMT+3", "09:00", "GMT+3")]
    [InlineData("9:00 A.M. Local Time", "09:00", "Local Time")]
    [InlineData("12:00 A.M.", "00:00", null)]
    public void Times(string line, string time, string? zone)
    {
        Assert.True(TimeMarks.TryParse(line, out var mark));
        Assert.Equal((TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), zone), (mark.Time!.Value, mark.Zone));
    }

    [Theory]
    [InlineData("1:11 P.M. (Local")]
    [InlineData("1:11 P.M. Local)")]
    [InlineData("1:11 P.M. 3PM")]
    [InlineData("1:11 P.M. on the dot and then some more")]
    [InlineData("13:11 P.M. EST")]
    [InlineData("1:11 PMEST")]
    public void Not_times(string line) =>
        Assert.False(TimeMarks.TryParse(line, out _));
}

using System.Text.Json;
using BriefingRoom.Tests.Specs;
using Briefing = BriefingRoom.Server.CommandLine.Cli;

namespace BriefingRoom.Tests.Cli;

/// <summary><c>briefing redact</c> and <c>briefing check</c> end to end: files in, exit codes and printed findings out.</summary>
public sealed class ProtectionCommandsTests : IDisposable
{
    internal const string Identities = """
        speakers:
          - label: SENIOR ADMINISTRATION OFFICIAL
            mention: senior administration official
            names: ["Jacob Jeremiah Sullivan"]
            aliases: ["Jake Sullivan", "Jake", "Sullivan"]
          - label: MODERATOR
            mention: senior administration official
            aliases: ["Morgan Reyes", "Morgan"]
        allow: ["Jake Tapper"]
        redact: ["Situation Room"]

        """;

    internal const string Call = """
        MORGAN REYES:  Our speaker is Jake. Jake? Are you there?

        MR. SULLIVAN:  I am here, Morgan, in the Situation Room.

        Q    Jake Tapper, CNN. Thank you, Jake and Morgan.

        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("briefing-protect-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Redact_writes_the_redacted_transcript_as_markdown()
    {
        var result = CliResult.Of("redact", Write("call.md", Call), "--protect", Write("ids.yml", Identities), "--from", "markdown");

        Assert.Equal((Briefing.Ok, ""), (result.Code, result.Err));
        Assert.Equal("""
            MODERATOR:  Our speaker is \[senior administration official\]. \[Senior
            administration official\]? Are you there?

            SENIOR ADMINISTRATION OFFICIAL:  I am here, \[senior administration
            official\], in the \[redacted\].

            Q    Jake Tapper, CNN. Thank you, \[senior administration officials\].

            """, result.Out);
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("json")]
    [InlineData("html")]
    [InlineData("text")]
    public void A_name_hyphenated_at_a_wrap_is_redacted_though_the_model_joins_the_wrap(string to)
    {
        // The model reads "Sulli-⏎van" as "Sulli- van"; once it was missed by redaction and by the check of its output.
        var call = "MR. SULLIVAN:  Write if you need Sulli-\nvan's schedule or Mor-\ngan's.\n";

        var redacted = CliResult.Of("redact", Write("call.md", call), "--protect", Write("ids.yml", Identities), "--to", to);

        Assert.Equal((Briefing.Ok, ""), (redacted.Code, redacted.Err));
        Assert.DoesNotContain("Sulli", redacted.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Mor-", redacted.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("senior administration official", redacted.Out.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("json")]
    [InlineData("html")]
    [InlineData("text")]
    [InlineData("akn")]
    // WebVTT needs turn times, which no file the CLI reads carries: BoundaryDisguiseProperty checks its captions.
    public void A_title_across_a_hard_line_break_or_in_part_emphasised_is_redacted_not_refused(string to)
    {
        // Issue 14: the check read these titles across the markup but the redactor did not, so redact refused.
        var ids = Write("ids.yml", Identities.Replace("\"Jake Sullivan\", ", "\"Jake Sullivan\", \"Deputy National Security Advisor\", ", StringComparison.Ordinal));
        var call = "MODERATOR:  Our first speaker is the Deputy National Security  \nAdvisor, on background.\n\n" +
            "Q    Thank you. Will the Deputy *National* Security Advisor take one more?\n";

        var redacted = CliResult.Of("redact", Write("call.md", call), "--protect", ids, "--to", to);
        var check = CliResult.Of("check", Write("out." + to, redacted.Out), "--protect", ids);

        Assert.Equal((Briefing.Ok, "", Briefing.Ok, ""), (redacted.Code, redacted.Err, check.Code, check.Out));
        Assert.DoesNotContain("National", redacted.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Advisor", redacted.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Deputy", redacted.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("senior administration official", redacted.Out.ReplaceLineEndings(" "), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("html")]
    [InlineData("text")]
    [InlineData("akn")]
    public void Redact_writes_every_format_and_the_output_checks_clean(string to)
    {
        var ids = Write("ids.yml", Identities);
        var redacted = CliResult.Of("redact", Write("call.md", Call), "--protect", ids, "--to", to);
        Assert.Equal((Briefing.Ok, ""), (redacted.Code, redacted.Err));

        var check = CliResult.Of("check", Write("out." + to, redacted.Out), "--protect", ids);

        Assert.Equal((Briefing.Ok, "", ""), (check.Code, check.Out, check.Err));
        Assert.DoesNotContain("Sullivan", redacted.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Morgan", redacted.Out, StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<string, string> SeedsAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in Seeds.Names())
        {
            foreach (var to in (string[])["markdown", "json", "html", "text", "akn"])
            {
                data.Add(seed, to);
            }
        }
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(SeedsAndFormats))]
    public void A_seed_with_names_it_holds_protected_redacts_in_every_format_and_checks_clean(string name, string to)
    {
        Seeds.Read(name);
        var ids = Write("ids.yml", "speakers:\n  - label: SENIOR ADMINISTRATION OFFICIAL\n    names: [Joseph Biden]\n    aliases: [President Biden, Biden, Putin]\nredact: [Geneva]\n");

        var redacted = CliResult.Of("redact", Path.Combine(Seeds.Folder!, name), "--protect", ids, "--to", to);
        var check = CliResult.Of("check", Write("out." + to, redacted.Out), "--protect", ids);

        Assert.Equal((Briefing.Ok, "", Briefing.Ok, ""), (redacted.Code, redacted.Err, check.Code, check.Out));
        Assert.Contains("senior administration official", redacted.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_explain_lists_every_change_and_self_identification_on_stderr_and_writes_the_same_output()
    {
        var ids = Write("ids.yml", Identities.Replace("\"Sullivan\"]", "\"Sullivan\", \"National Security Advisor\"]", StringComparison.Ordinal));
        var call = Write("call.md", Call + "\nMR. SULLIVAN:  As National Security Advisor, I agree.\n");

        var plain = CliResult.Of("redact", call, "--protect", ids);
        var explained = CliResult.Of("redact", call, "--protect", ids, "--explain");

        Assert.Equal((Briefing.Ok, plain.Out), (explained.Code, explained.Out));
        Assert.Equal(
        [
            "turn 1, paragraph 1: \"Jake\" → [senior administration official]",
            "turn 1, paragraph 1: \"Jake\" → [Senior administration official]",
            "turn 1, label: \"MORGAN REYES\" → MODERATOR",
            "turn 2, paragraph 1: \"Morgan\" → [senior administration official]",
            "turn 2, paragraph 1: \"Situation Room\" → [redacted]",
            "turn 2, label: \"MR. SULLIVAN\" → SENIOR ADMINISTRATION OFFICIAL",
            "turn 3, paragraph 1: \"Jake and Morgan\" → [senior administration officials]",
            "turn 4, paragraph 1: \"National Security Advisor\" → [senior administration official]",
            "turn 4, label: \"MR. SULLIVAN\" → SENIOR ADMINISTRATION OFFICIAL",
            "turn 4, paragraph 1: review: \"National Security Advisor\" identifies the speaker as National Security Advisor of SENIOR ADMINISTRATION OFFICIAL",
        ], explained.Err.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("SITUATION ROOM OPERATOR:  Your line is open.\n", "OPERATOR:")]
    [InlineData("MODERATOR:  Go ahead.\n\nSITUATION ROOM:  Your line is open.\n", "SPEAKER:")]
    public void Redact_rewrites_a_label_made_of_a_redact_phrase_instead_of_refusing_it(string markdown, string expected)
    {
        // The label keeps the role it states, else the turn's; the check then passes.
        var call = Write("call.md", markdown);

        var result = CliResult.Of("redact", call, "--protect", Write("ids.yml", Identities));
        var check = CliResult.Of("check", Write("out.md", result.Out), "--protect", Write("ids.yml", Identities));

        Assert.Equal((Briefing.Ok, "", Briefing.Ok, ""), (result.Code, result.Err, check.Code, check.Out));
        Assert.Contains(expected, result.Out, StringComparison.Ordinal);
        Assert.Contains("Your line is open.", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("SITUATION", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_prints_each_leak_with_its_position_and_exits_1()
    {
        var file = Write("page.md", "Thanks.\n\nAnd Jake\nSullivan said so; ask Jake Tapper.\n");

        var result = CliResult.Of("check", file, "--protect", Write("ids.yml", Identities));

        Assert.Equal((Briefing.Findings, ""), (result.Code, result.Err));
        Assert.Equal($"{file}:3:5: leak: \"Jake\\nSullivan\" matches Jake Sullivan of SENIOR ADMINISTRATION OFFICIAL\n", result.Out.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("index.md", "As Sul<s>ivan</s> \\[livan\\] said.\n", 4, "Sul<s>ivan</s> \\\\[livan\\\\]")]
    [InlineData("feed.atom", "<feed><entry><summary>As Sul [livan] said.</summary></entry></feed>\n", 26, "Sul [livan]")]
    public void Check_reads_a_correction_as_corrected_and_says_where_it_is_written(string name, string text, int column, string matched)
    {
        var file = Write(name, text);

        var result = CliResult.Of("check", file, "--protect", Write("ids.yml", Identities));

        Assert.Equal((Briefing.Findings, ""), (result.Code, result.Err));
        Assert.Equal($"{file}:1:{column}: leak: \"{matched}\" matches Sullivan of SENIOR ADMINISTRATION OFFICIAL\n", result.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Check_of_clean_files_prints_nothing_and_exits_0()
    {
        var ids = Write("ids.yml", Identities);

        var result = CliResult.Of("check", Write("a.md", "Jake Tapper asked.\n"), Write("b.html", "<p>jacket</p>\n"), "--protect", ids);

        Assert.Equal((Briefing.Ok, "", ""), (result.Code, result.Out, result.Err));
    }

    [Fact]
    public void Check_as_json_gives_the_same_findings()
    {
        var file = Write("feed.json", "{\"title\": \"Call with J\\u0061ke\"}\n");

        var result = CliResult.Of("check", file, "--protect", Write("ids.yml", Identities), "--json");

        Assert.Equal((Briefing.Findings, ""), (result.Code, result.Err));
        var finding = Assert.Single(JsonDocument.Parse(result.Out).RootElement.EnumerateArray());
        Assert.Equal(
            (file, 1, "leak", "Jake", "SENIOR ADMINISTRATION OFFICIAL"),
            (finding.GetProperty("file").GetString(), finding.GetProperty("line").GetInt32(), finding.GetProperty("kind").GetString(),
             finding.GetProperty("identifier").GetString(), finding.GetProperty("label").GetString()));
    }

    [Theory]
    [InlineData("redact")]
    [InlineData("check")]
    public void A_bad_identities_file_exits_2_with_its_position(string command)
    {
        var ids = Write("ids.yml", "speakers:\n  - label: MODERATOR\n    nmaes: [Morgan Reyes]\n");

        var result = CliResult.Of(command, Write("call.md", Call), "--protect", ids);

        Assert.Equal((Briefing.BadInput, ""), (result.Code, result.Out));
        Assert.Equal($"{ids}:3:5: unknown key 'nmaes' (expected 'label', 'mention', 'names', 'aliases')\n", result.Err.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("redact")]
    [InlineData("check")]
    public void A_missing_protect_option_or_file_exits_2(string command)
    {
        var call = Write("call.md", Call);

        var withoutOption = CliResult.Of(command, call);
        var withoutFile = CliResult.Of(command, call, "--protect", Path.Combine(_dir, "none.yml"));

        Assert.Equal((Briefing.BadInput, Briefing.BadInput), (withoutOption.Code, withoutFile.Code));
        Assert.Contains("--protect", withoutOption.Err, StringComparison.Ordinal);
        Assert.Contains("none.yml: no such file", withoutFile.Err, StringComparison.Ordinal);
        Assert.False(withoutOption.HasStackTrace || withoutFile.HasStackTrace);
    }

    [Fact]
    public void A_transcript_that_does_not_read_exits_2_with_its_position()
    {
        var call = Write("call.md", "---\ntitle: [unclosed\n---\n\nMODERATOR:  Hi.\n");

        var result = CliResult.Of("redact", call, "--protect", Write("ids.yml", Identities));

        Assert.Equal((Briefing.BadInput, ""), (result.Code, result.Out));
        Assert.StartsWith($"{call}:", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_missing_file_exits_2_and_prints_no_findings()
    {
        var result = CliResult.Of("check", Write("a.md", "Jake\n"), Path.Combine(_dir, "none.md"), "--protect", Write("ids.yml", Identities));

        Assert.Equal((Briefing.BadInput, ""), (result.Code, result.Out));
        Assert.Contains("none.md: no such file", result.Err, StringComparison.Ordinal);
    }
}

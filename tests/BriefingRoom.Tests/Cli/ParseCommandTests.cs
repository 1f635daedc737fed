using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using BriefingRoom.Formats;
using Briefing = BriefingRoom.Server.CommandLine.Cli;
using BriefingRoom.Tests.Specs;

namespace BriefingRoom.Tests.Cli;

public sealed partial class ParseCommandTests
{
    public static TheoryData<string> SeedNames() => Seeds.Names();

    [SkippableTheory]
    [MemberData(nameof(SeedNames))]
    public void A_seed_parsed_to_markdown_is_the_same_bytes(string name)
    {
        var seed = Seeds.Read(name);

        var result = CliResult.Of("parse", Path.Combine(Seeds.Folder!, name), "--to", "markdown");

        Assert.Equal((Briefing.Ok, "", seed), (result.Code, result.Err, result.Out));
    }

    [SkippableTheory]
    [MemberData(nameof(SeedNames))]
    public void A_seed_read_from_stdin_is_the_same_bytes(string name)
    {
        var seed = Seeds.Read(name);

        var result = CliResult.WithStdin(seed, "parse", "-", "--from", "markdown", "--to", "markdown");

        Assert.Equal((Briefing.Ok, "", seed), (result.Code, result.Err, result.Out));
    }

    [SkippableTheory]
    [MemberData(nameof(SeedNames))]
    public void A_seed_as_json_carries_its_detected_ground_rules(string name)
    {
        Seeds.Read(name);

        var result = CliResult.Of("parse", Path.Combine(Seeds.Folder!, name));

        Assert.Equal((Briefing.Ok, ""), (result.Code, result.Err));
        var rules = RulesOf(result.Out);
        Assert.Equal(("background", "senior administration official", true), (rules.Attribution, rules.AttributedTo, rules.Disclosed));
        Assert.Matches("^until (its )?conclusion$", rules.Embargo);
    }

    [SkippableTheory]
    [InlineData("text")]
    [InlineData("html")]
    [InlineData("markdown")]
    public void A_seed_written_out_and_read_back_by_detection_keeps_its_ground_rules(string via)
    {
        var name = "2022-01-08-background-press-call-on-russia.md";
        Seeds.Read(name);
        var written = CliResult.Of("parse", Path.Combine(Seeds.Folder!, name), "--to", via);

        var again = CliResult.WithStdin(written.Out, "parse", "-");

        Assert.Equal((Briefing.Ok, ""), (again.Code, again.Err));
        Assert.Equal(("background", "senior administration official", "until conclusion", true), RulesOf(again.Out));
    }

    /// <summary>The groundRules object of <c>--to json</c> output.</summary>
    private static (string? Attribution, string? AttributedTo, string? Embargo, bool Disclosed) RulesOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        var rules = document.RootElement.GetProperty("groundRules");
        return (rules.GetProperty("attribution").GetString(), string.Join(" | ", rules.GetProperty("attributedTo").EnumerateArray().Select(l => l.GetString())),
            rules.GetProperty("embargo").GetString(), rules.GetProperty("disclosedForInformation").GetBoolean());
    }

    [SkippableTheory]
    [InlineData("json", "{")]
    [InlineData("markdown", "---")]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("text", "Background Press Call")]
    [InlineData("akn", "<?xml")]
    public void Every_output_format_writes_a_seed(string to, string start)
    {
        var name = "2021-12-29-background-press-call-biden-putin-call-preview.md";
        Seeds.Read(name);

        var result = CliResult.Of("parse", Path.Combine(Seeds.Folder!, name), "--to", to);

        Assert.Equal((Briefing.Ok, ""), (result.Code, result.Err));
        Assert.StartsWith(start, result.Out, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public void The_program_writes_utf8_without_a_byte_order_mark()
    {
        var name = "2022-01-08-background-press-call-on-russia.md";
        var seed = Seeds.Read(name);
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "briefing.dll"), "parse", Path.Combine(Seeds.Folder!, name), "--to", "markdown"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        using var bytes = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(bytes);
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Seeds.Folder!, name)), bytes.ToArray());
    }

    [Fact]
    public void A_parse_error_on_stdin_is_positioned_and_exits_2()
    {
        var result = CliResult.WithStdin("---\ntitle: x\n", "parse", "-", "--from", "markdown");

        Assert.Equal(Briefing.BadInput, result.Code);
        Assert.Matches(Positioned(), result.Err);
        Assert.StartsWith("<stdin>:1:1: ", result.Err, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_file_named_html_is_read_as_html_though_it_opens_like_text()
    {
        // Saved pages often start with a comment or words before any tag; the name still says HTML.
        var path = Path.Combine(Path.GetTempPath(), $"briefing-{Guid.NewGuid():N}.HTM");
        File.WriteAllText(path, "Saved from the archive\n<div class=\"body-content\"><p>MODERATOR:&nbsp; Hi &amp; welcome.</p></div>\n");
        try
        {
            var result = CliResult.Of("parse", path, "--to", "text");

            Assert.Equal(0, result.Code);
            Assert.Contains("Hi & welcome.", result.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("&nbsp;", result.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_parse_error_in_a_file_names_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefing-{Guid.NewGuid():N}.md");
        File.WriteAllText(path, "---\ntitle: [unclosed\n---\n");
        try
        {
            var result = CliResult.Of("parse", path);

            Assert.Equal(Briefing.BadInput, result.Code);
            Assert.StartsWith(path + ":", result.Err, StringComparison.Ordinal);
            Assert.Matches(Positioned(), result.Err);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("no-such-file.md", "no-such-file.md: no such file")]
    [InlineData(".", ".: is a directory")]
    public void An_unreadable_file_exits_2_with_its_name(string path, string message)
    {
        var result = CliResult.Of("parse", path);

        Assert.Equal(Briefing.BadInput, result.Code);
        Assert.StartsWith(message, result.Err, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace, result.Err);
    }

    [Theory]
    [InlineData("parse", "x.md", "--bogus")]
    [InlineData("parse", "x.md", "--to", "pdf")]
    [InlineData("parse", "x.md", "--from", "docx")]
    [InlineData("parse")]
    [InlineData("frobnicate")]
    [InlineData]
    public void A_bad_command_line_exits_2_with_a_message(params string[] args)
    {
        var result = CliResult.Of(args);

        Assert.Equal(Briefing.BadInput, result.Code);
        Assert.StartsWith("briefing: ", result.Err, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace, result.Err);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Help_exits_0()
    {
        var result = CliResult.Of("parse", "--help");

        Assert.Equal(Briefing.Ok, result.Code);
        Assert.Contains("--from", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_program_s_help_lists_every_verb()
    {
        // Only the verb named first is built for a run; without one, all seven must be there to list.
        var result = CliResult.Of("--help");

        Assert.Equal(Briefing.Ok, result.Code);
        foreach (var verb in new[] { "parse", "redact", "check", "serve", "import", "search", "export" })
        {
            Assert.Contains($"  {verb} ", result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_unread()
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefing-{Guid.NewGuid():N}.md");
        using (var file = File.Create(path))
        {
            file.SetLength(ReaderLimits.MaxChars + 1L);
        }
        try
        {
            var result = CliResult.Of("parse", path);

            Assert.Equal(Briefing.BadInput, result.Code);
            Assert.Contains("too large", result.Err, StringComparison.Ordinal);
            Assert.False(result.HasStackTrace, result.Err);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Standard_input_over_the_size_limit_is_refused()
    {
        var result = CliResult.WithStdin(new string('x', ReaderLimits.MaxChars + 1), "parse", "-");

        Assert.Equal(Briefing.BadInput, result.Code);
        Assert.StartsWith("<stdin>: input is too large", result.Err, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> HostileInputs()
    {
        string[] inputs =
        [
            "", "\0", "\ud800", "\udc00x\ud800", "---", "---\n", "---\n---\n", "---\ntitle: \"\\x\"\n---\n", "---\ndate: '2021-13-45'\n---\n",
            "---\n: :\n---\n", "---\n- a\n---\n", "---\ntitle: &a [*a]\n---\n", "---\r\ntitle: x\r\n---\r\n\r\nQ", new string('*', 100_000),
            string.Concat(Enumerable.Repeat("<b>", 10_000)), string.Concat(Enumerable.Repeat("\\[", 5_000)), "<s>" + new string('x', 1000),
            "MODERATOR:", "Q", "Q:", "\r\r\r", "<html><body><p>", "<!doctype html>", "<p>" + string.Concat(Enumerable.Repeat("<div>", 5_000)),
            "&#0;&#x110000;&bogus;", "12:99 P.M. EST\n", new string('\n', 10_000), "\ufeff---\ntitle: x\n---\n",
        ];
        var data = new TheoryData<string, string>();
        foreach (var input in inputs)
        {
            foreach (var from in new[] { "auto", "markdown", "text", "html" })
            {
                data.Add(input, from);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Hostile_input_gives_output_or_a_positioned_error_never_a_stack_trace(string input, string from)
    {
        var result = CliResult.WithStdin(input, "parse", "-", "--from", from, "--to", "markdown");

        Assert.False(result.HasStackTrace, result.Err);
        if (result.Code == Briefing.Ok)
        {
            Assert.Equal("", result.Err);
        }
        else
        {
            Assert.Equal(Briefing.BadInput, result.Code);
            Assert.Matches(Positioned(), result.Err);
        }
    }

    [Fact]
    public void A_transcript_without_turn_times_is_refused_as_vtt_saying_where_times_come_from()
    {
        var result = CliResult.WithStdin("MODERATOR:  Good afternoon.\n\nQ:  One question.\n", "parse", "-", "--to", "vtt");

        Assert.Equal((Briefing.BadInput, ""), (result.Code, result.Out));
        Assert.StartsWith("<stdin>: WebVTT needs a time on every turn, and this transcript has none: turn times come from a call Briefing Room ran and recorded", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void An_unexpected_failure_is_one_internal_error_line()
    {
        var name = "2021-12-29-background-press-call-biden-putin-call-preview.md";
        Seeds.Read(name);
        using var error = new StringWriter();

        var code = Briefing.Run(["parse", Path.Combine(Seeds.Folder!, name)], TextReader.Null, new BrokenWriter(), error);

        Assert.Equal(Briefing.BadInput, code);
        Assert.Equal("internal error: the pipe is closed\n", error.ToString());
    }

    /// <summary>Standard output whose reader went away.</summary>
    private sealed class BrokenWriter : StringWriter
    {
        public override void Write(string? value) => throw new IOException("the pipe is closed");
    }

    [GeneratedRegex(@"^[^\n]+:\d+:\d+: \S[^\n]*\n$")]
    private static partial Regex Positioned();
}

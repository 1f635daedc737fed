using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BriefingRoom.Protection;
using Xunit.Abstractions;
using BriefingRoom.Publishing;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// Issue 14 through a live call: the stenographer types the protected official's name and title in every disguise a
/// live paragraph can carry (and corrects some), the moderator ends the call, and the record publishes by itself
/// within a second of the lift, each mention the attribution once, everyday words untouched, and nothing public naming anyone.
/// </summary>
public sealed class LiveDisguiseTests(ITestOutputHelper output)
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    private const string Name = "Edith Sullivan";
    private const string Title = "Deputy National Security Advisor";
    private const string Label = "Senior Administration Official";

    /// <summary>Words of the real name: none may appear in anything public, however it is spelled out.</summary>
    private static readonly string[] NameWords = ["Edith", "Sullivan"];

    /// <summary>The product's promise: the public record within a second of the lift.</summary>
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A paragraph as typed, what it tests, and the corrections made to it: each strikes <c>Strike</c> (maybe nothing)
    /// where <c>At</c> first stands in the typed text and puts <c>Replacement</c> in.
    /// </summary>
    private sealed record Typed(string What, string Text, params (string At, string Strike, string Replacement)[] Corrections);

    // Each names the official exactly once, so each must come out with exactly one attribution placeholder.
    // A live paragraph is one line of plain text (no \n or \r; no markup of its own), so line breaks are U+2028 and
    // U+0085, and emphasis, tags, entities and escapes are what the stenographer typed.
    private static readonly Typed[] Mentions =
    [
        new("plain name", $"Our thanks to {Name} for joining us."),
        new("title", $"The {Title} will speak first."),
        new("alias that is also a word, naming her", "We thank Price for the numbers."),
        new("possessive", "That is Sullivan's view, and the team agrees."),
        new("typographic possessive, sentence start", "Sullivan\u2019s team agrees."),
        new("plural", "The Sullivans have always backed it."),
        new("hyphen between letters", "We thank Sulli-van for that."),
        new("line-break hyphen joined to a space", "We thank Sulli- van for that."),
        new("zero-width space", "We thank Sul\u200Blivan for that."),
        new("zero-width joiner and word joiner", "We thank Sul\u200Dli\u2060van for that."),
        new("soft hyphens", "We thank Sul\u00ADli\u00ADvan for that."),
        new("no-break spaces in the title", "The Deputy\u00A0National\u00A0Security\u00A0Advisor will speak first."),
        new("tab in the title", "The Deputy National\tSecurity Advisor will speak first."),
        new("line separator in the title", "The Deputy National Security\u2028Advisor will speak first."),
        new("next-line character in the title", "The Deputy National Security\u0085Advisor will speak first."),
        new("emphasis typed around one word of the title", "The Deputy *National* Security Advisor will speak first."),
        new("strong emphasis typed inside the name", "We thank Sul**li**van for that."),
        new("underscores typed around the name", "We thank _Sullivan_ for that."),
        new("tags typed inside the name", "We thank Sul<b>li</b>van for that."),
        new("named entity typed", "We thank Sulliv&agrave;n for that."),
        new("numeric entity typed", "We thank Sulli&#118;an for that."),
        new("percent-escape typed", "We thank Sulli%76an for that."),
        new("Markdown escapes typed", "We thank \\[Sullivan\\] for that."),
        new("diacritic", "We thank Sullivàn for that."),
        new("name run together", "Write to EdithSullivan with questions."),
        new("correction inside the surname", "We thank Sullivna for that.", ("na", "na", "an")),
        new("correction of the whole surname", "Our thanks to Edith Sullivn today.", ("Sullivn", "Sullivn", "Sullivan")),
        new("insertion completing the title", "The Deputy Security Advisor will speak first.", ("Security", "", "National")),
        new("deletion completing the title", "The Deputy National uh Security Advisor will speak first.", ("uh ", "uh ", "")),
        new("name struck out as typed", $"Our thanks to {Name}, who joins us.", ("Sullivan", "Sullivan", "our speaker")),
    ];

    /// <summary>Everyday words that are an alias or part of the title: a reader sees no one named, so the record prints them as typed.</summary>
    private const string NearMiss = "Price controls are off the table; the price of national security is what the deputy will advise on, and our security advisors agree.";

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Every_disguise_typed_live_publishes_within_a_second_of_the_lift_naming_no_one(string engine)
    {
        await using var office = await Office.OpenAsync(engine, plan: Office.Plan(p =>
            p["speakers"] = new[] { new { name = Name, aliases = new[] { "Sullivan", Title, "Price" }, label = Label } }));
        await office.OkAsync("moderator", office.Api("/open"));
        var moderator = await TurnAsync(office, "moderator");
        var paragraph = 0;
        foreach (var typed in Mentions)
        {
            await office.OkAsync("stenographer", office.Api($"/turns/{moderator}/paragraphs"), new { text = typed.Text });
            paragraph++;
            foreach (var (at, strike, replacement) in typed.Corrections)
            {
                var start = typed.Text.IndexOf(at, StringComparison.Ordinal);
                await office.OkAsync("stenographer", office.Api($"/turns/{moderator}/paragraphs/{paragraph}/corrections"), new { start, length = strike.Length, replacement });
            }
        }
        await office.OkAsync("stenographer", office.Api($"/turns/{moderator}/paragraphs"), new { text = NearMiss });
        var official = await TurnAsync(office, "s1");
        await office.OkAsync("stenographer", office.Api($"/turns/{official}/paragraphs"), new { text = "Thanks, everybody. Happy to take questions." });

        await office.OkAsync("moderator", office.Api("/conclude?confirm=true"));
        var lifted = Stopwatch.StartNew();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var path = PublicPaths.Of("press-briefings", DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime), (string)Office.Plan()["title"]!);
        var served = await PublicPageAsync(office, path, lifted);
        output.WriteLine($"{engine}: public page served {served.TotalMilliseconds:0} ms after the conclusion was acknowledged");

        var anonymous = office["anonymous"];
        var json = await anonymous.GetStringAsync(path + PublicPaths.JsonFile);
        (string Where, string Text, TextKind Kind)[] answers =
        [
            ("page", await anonymous.GetStringAsync(path), TextKind.Markup),
            ("Markdown", await anonymous.GetStringAsync(path + PublicPaths.MarkdownFile), TextKind.Markdown),
            ("JSON", json, TextKind.Json),
            ("index", await anonymous.GetStringAsync(PublicPaths.Root), TextKind.Markup),
            ("RSS", await anonymous.GetStringAsync(PublicPaths.Root + "feed.rss"), TextKind.Markup),
            ("Atom", await anonymous.GetStringAsync(PublicPaths.Root + "feed.atom"), TextKind.Markup),
        ];
        Assert.Contains(path, answers[3].Text, StringComparison.Ordinal);

        // Every shortfall is gathered into one message, so a run shows all the disguises that fail, not just the first.
        var problems = new List<string>();
        if (served > Promise)
        {
            problems.Add($"the public page was served {served.TotalMilliseconds:0} ms after the conclusion lifted the embargo; the promise is {Promise.TotalMilliseconds:0} ms");
        }
        var matcher = IdentityMatcher.Build(Identities());
        foreach (var (where, text, kind) in answers)
        {
            problems.AddRange(LeakChecker.Check(text, kind, matcher).Where(f => f.Blocks).Select(f => $"{where}: {f.Describe(where)}"));
            var bare = Bare(text);
            problems.AddRange(NameWords.Where(w => bare.Contains(w, StringComparison.OrdinalIgnoreCase)).Select(w => $"{where}: holds \"{w}\""));
        }
        var published = PublishedParagraphs(json, "MODERATOR");
        Assert.True(published.Count == Mentions.Length + 1, $"the moderator's turn was published with {published.Count} paragraphs, not {Mentions.Length + 1}");
        for (var i = 0; i < Mentions.Length; i++)
        {
            var placeholders = Placeholders(published[i]);
            if (placeholders != 1)
            {
                problems.Add($"{Mentions[i].What}: published as \"{published[i]}\", {placeholders} placeholders, not one");
            }
        }
        if (published[Mentions.Length] != NearMiss)
        {
            problems.Add($"near miss: published as \"{published[Mentions.Length]}\", not as typed");
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>The identities the server publishes under (BriefingPlan.ToProtectedIdentities of the plan above).</summary>
    private static ProtectedIdentities Identities() =>
        new([new ProtectedSpeaker(Label, Label.ToLowerInvariant(), [Name], ["Sullivan", Title, "Price"])], [], []);

    private static async Task<int> TurnAsync(Office office, string speaker) =>
        (await office.OkAsync("stenographer", office.Api("/turns"), new { speaker })).GetProperty("turnId").GetInt32();

    /// <summary>
    /// Polls the public path until the page is served, and returns how long after <paramref name="lifted"/> that was;
    /// fails at once, with the findings, if the publication was blocked instead.
    /// </summary>
    private static async Task<TimeSpan> PublicPageAsync(Office office, string path, Stopwatch lifted)
    {
        var anonymous = office["anonymous"];
        while (lifted.Elapsed < TimeSpan.FromSeconds(30))
        {
            using (var page = await anonymous.GetAsync(path))
            {
                if (page.StatusCode == HttpStatusCode.OK)
                {
                    return lifted.Elapsed;
                }
            }
            var status = await office["publisher"].GetFromJsonAsync<JsonElement>(office.Api("/publication"));
            if (status.GetProperty("state").GetString() == "blocked")
            {
                var findings = status.GetProperty("findings").EnumerateArray().Select(f =>
                    $"{f.GetProperty("artefact").GetString()}:{f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()}: \"{Escaped(f.GetProperty("matched").GetString()!)}\" matches {f.GetProperty("identifier").GetString()}");
                Assert.Fail($"Automatic publication was blocked {lifted.Elapsed.TotalMilliseconds:0} ms after the lift:\n{string.Join('\n', findings)}");
            }
        }
        Assert.Fail($"The public page at {path} was not served within {lifted.Elapsed.TotalSeconds:0} s of the lift.");
        return lifted.Elapsed;
    }

    /// <summary>The paragraphs' text of the last turn under <paramref name="speaker"/> in the public JSON (the first is the call's ground rules).</summary>
    private static List<string> PublishedParagraphs(string json, string speaker)
    {
        using var document = JsonDocument.Parse(json);
        var turn = document.RootElement.GetProperty("turns").EnumerateArray().Last(t => t.GetProperty("speaker").GetString() == speaker);
        return [.. turn.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()!)];
    }

    private static int Placeholders(string text)
    {
        var count = 0;
        for (var at = text.IndexOf("[senior administration official", StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf("[senior administration official", at + 1, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }
        return count;
    }

    // What a reader's eye skips inside a word: invisible characters, soft hyphens and a hyphen between letters.
    private static string Bare(string text)
    {
        var bare = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not ('\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '-'))
            {
                bare.Append(c);
            }
        }
        return bare.ToString();
    }

    private static string Escaped(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) || (char.IsWhiteSpace(c) && c != ' ') || c is '\u200B' or '\u200D' or '\u2060' or '\u00AD' ? $"\\u{(int)c:x4}" : c.ToString()));
}

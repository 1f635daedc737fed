using System.Text;

namespace BriefingRoom.Fuzz;

/// <summary>Seeded mutations of a parser's input: flips, deletions, splices of the tokens it cares about, and blow-ups.</summary>
internal sealed class Mutator(Random random, IReadOnlyList<string> corpus, IReadOnlyList<string> tokens)
{
    private const int MaxLength = 4 * 1024 * 1024;

    // What readers branch on: escapes, strike-through, labels, front matter, quotes, HTML, entities, and hostile characters.
    public static readonly string[] TranscriptTokens =
    [
        "\\[", "\\]", "\\", "<s>", "</s>", "Q ", "Q    ", "Q:", "QWhat", "MODERATOR:  ", "OPERATOR:", "SENIOR ADMINISTRATION OFFICIAL:  ",
        "MR. McCLELLAN:", "NATO:", "---\n", "---", "\"", "“", "”", "’", "\n", "\r\n", "\r", "\n\n", "  \n", "\\\n", "\0", "\ud800", "\udc00",
        "\u00a0", "\u2028", "\ufeff", "\t", ":", "[", "]", "(", ")", "[redacted]", "[senior administration official]", "(inaudible)",
        "*", "**", "_", "`", "#", "> ", "- ", "1. ", "<", ">", "&", "<p>", "</p>", "<b>", "</b>", "<br>", "<br/>", "<div>", "</div>",
        "<html>", "<body>", "<!--", "-->", "<![CDATA[", "<script>", "&amp;", "&#0;", "&#x110000;", "&nbsp;", "&", "<s", "</",
        "1:11 P.M. EST", "12:41 P.M.\u00a0EST", "11:30 A.M. (Local)", "Via Teleconference", "title: \"", "title: '", "date: '2021-13-45'",
        "published_time: 2021-12-29 25:00:00-05:00", "tags:", "  - ", "category: ", "{", "}", "&lt;s&gt;", "\\_", "\\u2019", "\\x", "\\U0010FFFF",
        // Forms of the briefing-room corpus (issue 12): links, tags, no-break blank lines and labels, multi-line datelines.
        "<https://example.gov/a>", "[text](https://example.gov/b)", "](", "[a](javascript:x)", "<sup>", "</sup>", "<figure>",
        "<img src=\"x\" alt='y'>", "\u00a0 \u00a0\n", "\n\u00a0\n", "\u202f", "MS.\u00a0 DALTON:\u00a0 ", "\u00a0 \u00a0 MS. PSAKI:", "AIDE:",
        "ANNOUNCER:", "SUBJECT:", "*\u00a0Via Teleconference*", "Aboard Air Force One  \nEn Route Hampton, Virginia\n\n", "(June 22, 2021)\n\n",
        "## ", "-   ", "\\#", "embargoed for 5:00 a.m.",
        // Mixed-case labels and the answer (issue 12 item 4), and the near misses they must not take.
        "Mr. Bacon: ", "Gen. Jackson:", "Mr. KIRBY:", "Voice: ", "Moderator:", "A: ", "A. ", "A.M.:", "Dear Mr. Smith:", "Sen. Tom Carper: “",
        // Labels that end in a period (the Public Papers), and the sentences and abbreviations they must not take.
        "\n\nQ. ", "\n\nThe President. ", "Prime Minister Murayama. ", "\n    The Vice President. ", "Mr. Smith. ", "U.S. ", "Q. 4 ", "\\. ",
        // Heads and rules of other eras (issue 12 items 2, 3 and 6): wrappers, office lines, presenter times, mixed rules.
        "Following is the White House transcript:\n", "Read the Transcript\n", "Office of the Assistant Secretary of Defense (Public Affairs)\n",
        "Presenter: Press Secretary Dana Whitfield June 25, 2008 1:00 PM EDT\n", "DPB #11\n", "From: DOSFAN at <http://www.state.gov>\n",
        "Sean McCormack, Spokesman\n", "Home Issues & Press Travel\n", "on background to \"senior defense official,\"",
        "for attribution to senior officials", "Remarks will be on the record; the Q&A will be on background.", "Off-Camera, On-the-Record Press Briefing",
        "PRESS SECRETARY JOHN F. KIRBY:  ", "MR. KIRBY:  ",
        // Flattened text (issue 12 item 5): what the pre-pass cuts at inside one long line, and what it must not.
        "(1:05 p.m. EDT) ", "Presenters: ", "Briefer: ", "Q (Inaudible.) ", "END 2:15 P.M. EDT", " Brig. Gen. ", "Briefing Room Press Briefing ",
        "Printer-Friendly Version For Immediate Release ", "Tammy Bruce, Department Spokesperson Washington, D.C. ", "Q: Why? A: Because. ",
        "\"MR. SMITH: said\" ", "# # #",
    ];

    private static readonly Func<string, int, string>[] BlowUps =
    [
        (_, n) => string.Concat(Enumerable.Repeat("<b>", n)),
        (_, n) => new string('*', n * 10),
        (_, n) => new string('[', n * 5),
        (_, n) => new string('>', n),
        (_, n) => string.Concat(Enumerable.Repeat("\\[", n)),
        (_, n) => string.Concat(Enumerable.Repeat("<s>", n)),
        (_, n) => string.Concat(Enumerable.Repeat("<div>", n)),
        (_, n) => string.Concat(Enumerable.Repeat("- ", n)),
        (_, n) => new string('\n', n * 10),
        (_, n) => new string('x', n * 100),
        (_, n) => string.Concat(Enumerable.Repeat("Q\n", n)),
        (_, n) => string.Concat(Enumerable.Repeat("MODERATOR:  a\n\n", n)),
        (s, n) => string.Concat(Enumerable.Repeat(s.Length > 200 ? s[..200] : s, Math.Max(1, n / 100))),
        // A flattened call of many turns, and a flattened head of chrome and datelines with no label: the pre-pass must stay linear.
        (_, n) => string.Concat(Enumerable.Repeat("MS. PSAKI: Yes. Q Why? ", n)),
        (_, n) => string.Concat(Enumerable.Repeat("For Immediate Release Via Teleconference Presenters: Ann Lee, Spokesperson 1:00 P.M. EDT ", n)),
    ];

    /// <summary>The non-blank lines joined by spaces in runs of <paramref name="run"/>, one run a line: a transcript copied into a few lines.</summary>
    private static string JoinRuns(string s, int run) =>
        string.Join('\n', s.ReplaceLineEndings("\n").Split('\n').Where(l => l.Trim().Length > 0).Chunk(run).Select(r => string.Join(' ', r)));

    public string Mutate(string input)
    {
        var text = input;
        var rounds = 1 + random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            text = MutateOnce(text);
            if (text.Length > MaxLength)
            {
                text = text[..MaxLength];
            }
        }
        return text;
    }

    private string MutateOnce(string s) => random.Next(12) switch
    {
        0 => Replace(s, Position(s), 1, RandomChar().ToString()),
        1 or 2 or 3 => Replace(s, Position(s), 0, tokens[random.Next(tokens.Count)]),
        4 => Replace(s, Position(s), random.Next(Math.Min(64, s.Length - Position(s) + 1)), ""),
        5 => Splice(s),
        6 => Duplicate(s),
        7 => random.Next(5) switch
        {
            0 => s.Replace("\n", "\r\n", StringComparison.Ordinal),
            1 => s.Replace('\n', '\r'),
            2 => s.Replace("\r", "", StringComparison.Ordinal),
            // Copied flat: every line break a space, or the lines joined in runs.
            3 => s.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' '),
            _ => JoinRuns(s, 2 + random.Next(12)),
        },
        8 => s[..Position(s)],
        9 => Replace(s, Position(s), 0, BlowUps[random.Next(BlowUps.Length)](s, 1000 + random.Next(10_000))),
        10 => Replace(s, Position(s), 0, new string(Enumerable.Range(0, 1 + random.Next(16)).Select(_ => RandomChar()).ToArray())),
        _ => Replace(s, Position(s), 1, tokens[random.Next(tokens.Count)]),
    };

    private int Position(string s) => s.Length == 0 ? 0 : random.Next(s.Length + 1);

    private static string Replace(string s, int at, int remove, string insert)
    {
        at = Math.Min(at, s.Length);
        remove = Math.Min(remove, s.Length - at);
        return new StringBuilder(s.Length + insert.Length).Append(s, 0, at).Append(insert).Append(s, at + remove, s.Length - at - remove).ToString();
    }

    private string Splice(string s)
    {
        var other = corpus[random.Next(corpus.Count)];
        if (other.Length == 0)
        {
            return s;
        }
        var from = random.Next(other.Length);
        var length = random.Next(Math.Min(2000, other.Length - from) + 1);
        return Replace(s, Position(s), 0, other.Substring(from, length));
    }

    private string Duplicate(string s)
    {
        if (s.Length == 0)
        {
            return s;
        }
        var from = random.Next(s.Length);
        var length = random.Next(Math.Min(500, s.Length - from) + 1);
        return Replace(s, Position(s), 0, s.Substring(from, length));
    }

    private char Pick(string chars) => chars[random.Next(chars.Length)];

    private char RandomChar() => random.Next(4) switch
    {
        0 => (char)random.Next(0, 0x80),
        1 => (char)random.Next(0, 0x10000),
        2 => Pick("\0\r\n\t \u00a0\ud800\udfff\ufffd\u200b\u202e"),
        _ => Pick("[]()<>*_\\:\"'`#-&;/!="),
    };
}

using BriefingRoom.Formats;

namespace BriefingRoom.Fuzz;

/// <summary>Starting inputs (␣ in the built-in ones is a no-break space): the shared seed transcripts when they are beside the checkout, plus small documents of each format written here.</summary>
internal static class Corpus
{
    private const string Markdown = """
        ---
        category: press-briefings
        date: '2024-03-05'
        modified_time: 2024-03-05 14:55:54-05:00
        permalink: https://example.org/briefing-room/2024/03/05/call/
        published_time: 2024-03-05 15:00:00-05:00
        title: "Background Press Call on\_the\u2019 Week\
          \ Ahead"
        ---
         
        Via Teleconference

        2:02 P.M.␣EST

        MODERATOR:  Hello.  This call is on background, attributed to a “senior
        administration official,” and embargoed <s>upon</s> \[until\] its end.  
          
        For your information only, our speaker is \[senior administration
        official\].

        SENIOR ADMINISTRATION OFFICIAL:  Thanks. *Very* glad to be **here** (inaudible).

        Q    A question about \[redacted\]?

        OPERATOR:  Next line is open.

        2:30 P.M.␣EST

        """;

    private const string Text = """
        THE WHITE HOUSE
        Office of the Press Secretary
        For Immediate Release                          March 5, 2004

        PRESS BRIEFING BY A SENIOR OFFICIAL

        James S. Brady Briefing Room

        11:30 A.M. (Local)

        MR. EXAMPLE:  Good morning.  This is on the record.

        Q:  A question?

        MR. EXAMPLE:  An answer; NATO: allies agree.

        QWhat about the schedule?

        SENIOR ADMINISTRATION OFFICIAL ONE:  (Laughter.)  Next.

        QUESTIONS

        END 11:45 A.M. (Local)
        """;

    private const string Html = """
        <!DOCTYPE html>
        <html lang="en"><head><title>Press Briefing</title></head>
        <body><main><h1>Press Briefing by an Official</h1>
        <p>Via Teleconference</p>
        <p>1:11 P.M. EST</p>
        <p>MODERATOR:  Hi, everyone.  This is on <b>background</b>, embargoed <s>upon</s> [until] the end.</p>
        <p>SENIOR ADMINISTRATION OFFICIAL:  Thanks &amp; welcome.<br>Second line.</p>
        <p>Q    A question about [senior administration official]?</p>
        <div><p>1:28 P.M. EST</p></div>
        </main></body></html>
        """;

    public static IReadOnlyList<string> For(TranscriptFormat format)
    {
        var own = format switch
        {
            TranscriptFormat.Markdown => Markdown,
            TranscriptFormat.Html => Html,
            _ => Text,
        };
        var inputs = new List<string> { "", "\n", own.Replace('␣', '\u00a0') };
        inputs.AddRange(Seeds());
        return inputs;
    }

    /// <summary>The checkout's root (where BriefingRoom.slnx is), found above the running program; null when run elsewhere.</summary>
    public static string? RepositoryRoot { get; } = FindRoot();

    private static IEnumerable<string> Seeds()
    {
        var seeds = RepositoryRoot is null ? null : Path.Combine(RepositoryRoot, "..", "shared", "seeds");
        return seeds is not null && Directory.Exists(seeds)
            ? Directory.GetFiles(seeds, "20*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText)
            : [];
    }

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriefingRoom.slnx")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}

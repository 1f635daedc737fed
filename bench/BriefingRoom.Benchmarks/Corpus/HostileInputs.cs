namespace BriefingRoom.Benchmarks.Corpus;

/// <summary>A unit repeated until the input is large: the shapes the readers' tests feed them to prove they never hang.</summary>
public sealed record HostileInput(string Name, BenchFormat Format, string Lead, string Unit)
{
    // The same units as PlainTextReaderTests, HtmlReaderTests and HostileMarkdownTests, named for the benchmark table.
    public static readonly IReadOnlyList<HostileInput> All =
    [
        new("text Q lines", BenchFormat.Text, "", "Q\n"),
        new("text brackets", BenchFormat.Text, "", "[("),
        new("text labels", BenchFormat.Text, "", "MR. A:  x\n"),
        new("text NATO:", BenchFormat.Text, "", "NATO: x "),
        new("text time lines", BenchFormat.Text, "", "1:11 P.M. EST\n"),
        new("text chrome lines", BenchFormat.Text, "", "The White House\n"),
        new("html breaks", BenchFormat.Html, "", "<br>"),
        new("html Q paragraphs", BenchFormat.Html, "", "<p>Q<br>"),
        new("html closers", BenchFormat.Html, "", "</p>"),
        new("html emphasised labels", BenchFormat.Html, "", "<em>MODERATOR: x</em><p>"),
        new("markdown deletions", BenchFormat.Markdown, "MODERATOR: ", "<s>x "),
        new("markdown emphasis", BenchFormat.Markdown, "MODERATOR: ", "*a* "),
        new("markdown openers", BenchFormat.Markdown, "MODERATOR: ", "*a "),
        new("markdown entities", BenchFormat.Markdown, "MODERATOR: ", "&amp;&#97;&bogus; "),
        new("markdown turns", BenchFormat.Markdown, "", "Q  a\n\n"),
    ];

    /// <summary>The lead, then the unit repeated to about <paramref name="chars"/> characters.</summary>
    public string Build(int chars) => Lead + string.Concat(Enumerable.Repeat(Unit, chars / Unit.Length));

    public override string ToString() => Name;
}

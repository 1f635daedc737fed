namespace BriefingRoom.Archive.Search;

/// <summary>
/// Writes a query for PostgreSQL's <c>to_tsquery('simple', …)</c> (passed as a parameter, never spliced into SQL).
/// Injection-proof by construction: every word is one single-quoted lexeme (quotes and backslashes doubled, though
/// folded words hold only letters and digits), so no user text is ever <c>&amp;</c>, <c>|</c>, <c>!</c>, <c>&lt;-&gt;</c>,
/// a weight or a prefix mark; those and the parentheses are only the ones written here, around every compound operand.
/// </summary>
internal static class TsQueryTranslator
{
    public static string Translate(SearchNode node) => node switch
    {
        SearchLeaf leaf => Leaf(leaf),
        AllOf and => string.Join(" & ", and.Items.Select(i => i is Without not ? "!" + Operand(not.Operand) : Operand(i))),
        AnyOf or => string.Join(" | ", or.Items.Select(Operand)),
        Without not => "!" + Operand(not.Operand),
        _ => throw new InvalidOperationException($"unknown search node {node.GetType().Name}"),
    };

    private static string Operand(SearchNode node) => node is Term or Prefix ? Translate(node) : $"({Translate(node)})";

    // Words in a row are lexemes joined by <-> (followed by); ':*' makes the last one a prefix.
    private static string Leaf(SearchLeaf leaf) =>
        string.Join(" <-> ", leaf.Words.Select(Lexeme)) + (leaf.IsPrefix ? ":*" : "");

    private static string Lexeme(string word) =>
        "'" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}

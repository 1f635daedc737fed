namespace BriefingRoom.Archive.Search;

/// <summary>
/// Writes a query in SQLite FTS5's MATCH syntax. Injection-proof by construction: every leaf is one FTS5 string
/// (double-quoted, any quote doubled, though folded words hold only letters and digits), so no user text is ever an
/// FTS5 operator, column filter or NEAR; the operators and parentheses are only the ones written here, each compound
/// operand parenthesised so FTS5's precedence (NOT over AND over OR) never decides.
/// </summary>
internal static class Fts5Translator
{
    public static string Translate(SearchNode node) => node switch
    {
        SearchLeaf leaf => Leaf(leaf),
        AllOf and => All(and),
        AnyOf or => string.Join(" OR ", or.Items.Select(Operand)),
        _ => throw new InvalidOperationException($"FTS5 has no query for {node} on its own: the parser accepts NOT only beside a positive term"),
    };

    // FTS5's NOT is binary, "a NOT b": the positive items together, then each negated one subtracted in turn.
    private static string All(AllOf and)
    {
        var positive = and.Items.Where(i => i is not Without).ToList();
        var text = positive.Count == 1 ? Operand(positive[0]) : string.Join(" AND ", positive.Select(Operand));
        var negated = and.Items.OfType<Without>().ToList();
        if (negated.Count == 0)
        {
            return text;
        }
        return (positive.Count == 1 ? text : $"({text})") + string.Concat(negated.Select(n => " NOT " + Operand(n.Operand)));
    }

    private static string Operand(SearchNode node) => node is SearchLeaf leaf ? Leaf(leaf) : $"({Translate(node)})";

    // A string of several words is a phrase to FTS5; a '*' after it makes its last word a prefix.
    private static string Leaf(SearchLeaf leaf) =>
        "\"" + string.Join(' ', leaf.Words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (leaf.IsPrefix ? "*" : "");
}

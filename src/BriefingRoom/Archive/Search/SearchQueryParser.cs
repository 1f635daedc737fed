namespace BriefingRoom.Archive.Search;

/// <summary>
/// Recursive descent over the tokens: <c>or := and (OR and)*</c>, <c>and := unary ([AND] unary)*</c>,
/// <c>unary := NOT primary | primary</c>, <c>primary := leaf | ( or )</c>. Nested groups of one kind are flattened,
/// and a NOT is accepted only beside something positive, because FTS5's NOT can only subtract.
/// </summary>
internal sealed class SearchQueryParser(List<SearchToken> tokens)
{
    private int _next;
    private int _terms;

    /// <summary>A node and the column of its first token, for errors found once the node is built.</summary>
    private readonly record struct Parsed(SearchNode Node, int Column);

    public SearchNode Parse()
    {
        var query = ParseOr(0);
        if (_next < tokens.Count)
        {
            // ParseOr stops only at the end or before a ')': this one has no '('.
            throw new SearchQueryException(tokens[_next].Column, "this ) closes no (");
        }
        if (IsNegative(query))
        {
            throw new SearchQueryException(query.Column, "a query cannot be only NOT terms; add a word to search for");
        }
        return query.Node;
    }

    private Parsed ParseOr(int depth)
    {
        var items = new List<Parsed> { ParseAnd(depth) };
        while (Peek(SearchTokenKind.Or) is { } or)
        {
            _next++;
            RequireOperand(or, "OR needs a term on each side");
            items.Add(ParseAnd(depth));
        }
        if (items.Count == 1)
        {
            return items[0];
        }
        if (items.FirstOrDefault(IsNegative) is { Node: not null } negative)
        {
            throw new SearchQueryException(negative.Column, negative.Node is Without
                ? "a NOT term cannot be an alternative of OR: it can only leave out matches of the terms ANDed with it"
                : "a group of only NOT terms cannot be an alternative of OR");
        }
        return new(new AnyOf(Flatten<AnyOf>(items)), items[0].Column);
    }

    private Parsed ParseAnd(int depth)
    {
        if (_next < tokens.Count && tokens[_next].Kind is SearchTokenKind.Or or SearchTokenKind.And)
        {
            var keyword = tokens[_next].Kind == SearchTokenKind.Or ? "OR" : "AND";
            throw new SearchQueryException(tokens[_next].Column, $"{keyword} needs a term on each side");
        }
        var items = new List<Parsed> { ParseUnary(depth) };
        while (_next < tokens.Count && tokens[_next].Kind is not (SearchTokenKind.Or or SearchTokenKind.Close))
        {
            if (tokens[_next].Kind == SearchTokenKind.And)
            {
                RequireOperand(tokens[_next++], "AND needs a term on each side");
            }
            items.Add(ParseUnary(depth));
        }
        return items.Count == 1 ? items[0] : new(new AllOf(Flatten<AllOf>(items)), items[0].Column);
    }

    private Parsed ParseUnary(int depth)
    {
        if (Peek(SearchTokenKind.Not) is not { } not)
        {
            return ParsePrimary(depth);
        }
        _next++;
        if (Peek(SearchTokenKind.Not) is { } twice)
        {
            throw new SearchQueryException(twice.Column, "NOT cannot apply to another NOT");
        }
        RequireOperand(not, "NOT needs a word, phrase or group after it");
        var operand = ParsePrimary(depth);
        if (IsNegative(operand))
        {
            throw new SearchQueryException(not.Column, operand.Node is Without ? "NOT cannot apply to another NOT" : "NOT cannot apply to a group of only NOT terms");
        }
        return new(new Without(operand.Node), not.Column);
    }

    private Parsed ParsePrimary(int depth)
    {
        var token = tokens[_next++];
        switch (token.Kind)
        {
            case SearchTokenKind.Leaf:
                if (++_terms > SearchQuery.MaxTerms)
                {
                    throw new SearchQueryException(token.Column, $"a query can have at most {SearchQuery.MaxTerms} terms");
                }
                return new(token.Leaf!, token.Column);
            case SearchTokenKind.Open:
                if (depth == SearchQuery.MaxNesting)
                {
                    throw new SearchQueryException(token.Column, $"parentheses cannot nest more than {SearchQuery.MaxNesting} deep");
                }
                if (_next == tokens.Count)
                {
                    throw new SearchQueryException(token.Column, "the ( opened here is never closed");
                }
                if (Peek(SearchTokenKind.Close) is not null)
                {
                    throw new SearchQueryException(token.Column, "the parentheses hold nothing to search for");
                }
                var inner = ParseOr(depth + 1);
                if (Peek(SearchTokenKind.Close) is null)
                {
                    throw new SearchQueryException(token.Column, "the ( opened here is never closed");
                }
                _next++;
                return inner;
            default:
                // Callers check for a missing operand first; only a ')' opening a query or a group's item is left.
                throw new SearchQueryException(token.Column, "this ) closes no (");
        }
    }

    private SearchToken? Peek(SearchTokenKind kind) => _next < tokens.Count && tokens[_next].Kind == kind ? tokens[_next] : null;

    /// <summary>An operator must be followed by a term: a word, a phrase, a group or a NOT.</summary>
    private void RequireOperand(SearchToken op, string reason)
    {
        if (_next == tokens.Count || tokens[_next].Kind is SearchTokenKind.Close or SearchTokenKind.Or or SearchTokenKind.And)
        {
            throw new SearchQueryException(op.Column, reason);
        }
    }

    /// <summary>True when a node only leaves things out: it cannot stand alone, be an alternative or be negated.</summary>
    private static bool IsNegative(Parsed parsed) => parsed.Node is Without || parsed.Node is AllOf all && all.Items.All(i => i is Without);

    private static List<SearchNode> Flatten<T>(List<Parsed> items)
        where T : SearchGroup =>
        [.. items.SelectMany(i => i.Node is T same ? same.Items : [i.Node])];
}

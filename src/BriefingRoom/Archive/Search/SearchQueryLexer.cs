namespace BriefingRoom.Archive.Search;

/// <summary>
/// Splits a query into tokens: parentheses, <c>OR</c>/<c>|</c>, <c>AND</c>, <c>NOT</c>/a leading <c>-</c>, quoted
/// phrases and words (a trailing <c>*</c> makes a prefix). A word of punctuation only is dropped, as a tokenizer would.
/// </summary>
internal static class SearchQueryLexer
{
    public static List<SearchToken> Lex(string text)
    {
        var tokens = new List<SearchToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var column = i + 1;
            if (IsBlank(c))
            {
                i++;
                continue;
            }
            switch (c)
            {
                case '(':
                    tokens.Add(new(SearchTokenKind.Open, column));
                    i++;
                    break;
                case ')':
                    tokens.Add(new(SearchTokenKind.Close, column));
                    i++;
                    break;
                case '|':
                    tokens.Add(new(SearchTokenKind.Or, column));
                    i++;
                    break;
                case '"':
                    i = Quoted(text, i, tokens);
                    break;
                // A dash starts a negation only when something follows it; on its own it is punctuation.
                case '-' when i + 1 < text.Length && !IsBlank(text[i + 1]) && text[i + 1] is not (')' or '|'):
                    tokens.Add(new(SearchTokenKind.Not, column));
                    i++;
                    break;
                case '*':
                    throw Star(text, i);
                default:
                    i = Word(text, i, tokens);
                    break;
            }
        }
        return tokens;
    }

    private static int Quoted(string text, int open, List<SearchToken> tokens)
    {
        var close = text.IndexOf('"', open + 1);
        if (close < 0)
        {
            throw new SearchQueryException(open + 1, "the quote opened here is never closed");
        }
        var inside = text.AsSpan(open + 1, close - open - 1);
        if (inside.IndexOf('*') is var star and >= 0)
        {
            throw new SearchQueryException(open + 2 + star, "a * inside quotes is not a prefix; put it after the closing quote, as in \"strategic stab\"*");
        }
        var words = SearchText.Words(inside);
        if (words.Count == 0)
        {
            throw new SearchQueryException(open + 1, "the quoted phrase has no words in it");
        }
        var end = close + 1;
        var prefix = end < text.Length && text[end] == '*';
        tokens.Add(new(SearchTokenKind.Leaf, open + 1, Leaf(words, prefix)));
        return prefix ? end + 1 : end;
    }

    private static int Word(string text, int start, List<SearchToken> tokens)
    {
        var end = start;
        while (end < text.Length && !IsBlank(text[end]) && text[end] is not ('(' or ')' or '"' or '|'))
        {
            end++;
        }
        var raw = text.AsSpan(start, end - start);
        var keyword = raw switch
        {
            "OR" => SearchTokenKind.Or,
            "AND" => SearchTokenKind.And,
            "NOT" => SearchTokenKind.Not,
            _ => SearchTokenKind.Leaf,
        };
        if (keyword != SearchTokenKind.Leaf)
        {
            tokens.Add(new(keyword, start + 1));
            return end;
        }
        var star = raw.IndexOf('*');
        if (star >= 0 && star < raw.Length - 1)
        {
            throw Star(text, start + star);
        }
        var prefix = star >= 0;
        var words = SearchText.Words(prefix ? raw[..^1] : raw);
        if (words.Count > 0)
        {
            tokens.Add(new(SearchTokenKind.Leaf, start + 1, Leaf(words, prefix)));
        }
        else if (prefix)
        {
            throw new SearchQueryException(start + star + 1, "a * must follow a letter or digit, as in sanction*");
        }
        return end;
    }

    private static SearchLeaf Leaf(IReadOnlyList<string> words, bool prefix) => words switch
    {
        [var word] when prefix => new Prefix(word),
        [var word] => new Term(word),
        _ => new Phrase(words, prefix),
    };

    /// <summary>A <c>*</c> that does not end a word: alone (it would match everything) or inside or before one.</summary>
    private static SearchQueryException Star(string text, int at)
    {
        var alone = at + 1 == text.Length || IsBlank(text[at + 1]) || text[at + 1] is ')' or '|' or '"';
        return new SearchQueryException(at + 1, alone
            ? "a lone * is not a search; put it at the end of a word, as in sanction*"
            : "a * can only end a word, as in sanction*");
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || char.IsControl(c);
}

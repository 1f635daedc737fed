namespace BriefingRoom.Archive.Search;

internal enum SearchTokenKind
{
    Leaf,
    Open,
    Close,
    Or,
    And,
    Not,
}

/// <summary>One token of a query at its 1-based column; a <see cref="SearchTokenKind.Leaf"/> carries its word, prefix or phrase.</summary>
internal readonly record struct SearchToken(SearchTokenKind Kind, int Column, SearchLeaf? Leaf = null);

namespace BriefingRoom.Archive.Search;

/// <summary>A node of a parsed query; <see cref="object.ToString"/> prints it as an S-expression.</summary>
public abstract record SearchNode;

/// <summary>A node that matches text by itself: a word, a prefix or a phrase. Its words are folded (<see cref="SearchText"/>).</summary>
public abstract record SearchLeaf : SearchNode
{
    /// <summary>The words to find next to each other, in order.</summary>
    public abstract IReadOnlyList<string> Words { get; }

    /// <summary>True when the last word is a stem that any longer word starting with it also matches.</summary>
    public abstract bool IsPrefix { get; }

    private protected static string Quote(string word) => $"\"{word}\"";
}

/// <summary>One word.</summary>
public sealed record Term(string Word) : SearchLeaf
{
    public override IReadOnlyList<string> Words => [Word];

    public override bool IsPrefix => false;

    public override string ToString() => Quote(Word);
}

/// <summary>Any word starting with <see cref="Stem"/> (<c>sanction*</c>).</summary>
public sealed record Prefix(string Stem) : SearchLeaf
{
    public override IReadOnlyList<string> Words => [Stem];

    public override bool IsPrefix => true;

    public override string ToString() => Quote(Stem) + "*";
}

/// <summary>Two or more words in a row: quoted, or one typed word with punctuation inside (<c>U.S.</c>); the last may be a stem.</summary>
public sealed record Phrase(IReadOnlyList<string> Items, bool LastIsPrefix) : SearchLeaf
{
    public override IReadOnlyList<string> Words => Items;

    public override bool IsPrefix => LastIsPrefix;

    // Records compare lists by reference; a phrase is its words.
    public bool Equals(Phrase? other) => other is not null && LastIsPrefix == other.LastIsPrefix && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => HashCode.Combine(LastIsPrefix, string.Join(' ', Items));

    public override string ToString() => $"(phrase {string.Join(' ', Items.Select(Quote))}{(LastIsPrefix ? "*" : "")})";
}

/// <summary>An <see cref="AllOf"/> or an <see cref="AnyOf"/> of two or more items, none of them of its own kind.</summary>
public abstract record SearchGroup(IReadOnlyList<SearchNode> Items) : SearchNode
{
    // Records compare lists by reference; a group is its items.
    public virtual bool Equals(SearchGroup? other) =>
        other is not null && EqualityContract == other.EqualityContract && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => HashCode.Combine(EqualityContract, Items.Count);

    private protected string Print(string name) => $"({name} {string.Join(' ', Items)})";
}

/// <summary>Every item matches; some items may be <see cref="Without"/>, which leave out what they match.</summary>
public sealed record AllOf(IReadOnlyList<SearchNode> Items) : SearchGroup(Items)
{
    public override string ToString() => Print("and");
}

/// <summary>Any item matches.</summary>
public sealed record AnyOf(IReadOnlyList<SearchNode> Items) : SearchGroup(Items)
{
    public override string ToString() => Print("or");
}

/// <summary>Leaves out what <see cref="Operand"/> matches; only ever an item of an <see cref="AllOf"/> with something positive.</summary>
public sealed record Without(SearchNode Operand) : SearchNode
{
    public override string ToString() => $"(not {Operand})";
}

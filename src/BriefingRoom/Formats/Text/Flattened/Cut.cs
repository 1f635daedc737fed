namespace BriefingRoom.Formats.Text.Flattened;

/// <summary>Where a paragraph is cut: before character <see cref="Offset"/> of top-level inline <see cref="Inline"/>; <see cref="Label"/> when a turn starts there.</summary>
internal readonly record struct Cut(int Inline, int Offset, bool Label) : IComparable<Cut>
{
    public int CompareTo(Cut other) => (Inline, Offset).CompareTo((other.Inline, other.Offset));
}

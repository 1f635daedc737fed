using System.Collections.Frozen;

namespace BriefingRoom.Formats.Text.Flattened;

/// <summary>Words ending in a full stop that end no sentence: titles and initials.</summary>
internal static class Abbreviations
{
    // Words ending in a full stop that do not end a sentence: "Mr. Smith said", "Gen. Milley".
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        ["MR.", "MRS.", "MS.", "DR.", "ST.", "GEN.", "SEN.", "REP.", "GOV.", "LT.", "COL.", "SGT.", "CAPT.", "ADM.", "MAJ.", "AMB.",
         "NO.", "VS.", "JR.", "SR.", "MESSRS.", "PROF.", "REV.", "HON.", "SEC.", "PRES.", "CMDR.", "BRIG.", "ENS.", "SPC.", "ATTY.", "GENS.", "CMDT.", "CPL.", "PVT.", "FT.", "MT."],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Is(ReadOnlySpan<char> word)
    {
        word = word.TrimStart("\"'(\u201c\u2018[");
        // An initial ("John F. Kennedy") or a title ("Mr.", "Gen.").
        return (word.Length == 2 && char.IsUpper(word[0])) || AbbreviationLookup.Contains(word);
    }
}

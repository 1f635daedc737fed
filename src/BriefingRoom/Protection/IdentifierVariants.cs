namespace BriefingRoom.Protection;

/// <summary>
/// The normalised forms one identifier is searched as, each framed by spaces so matches are whole words: as written,
/// with a plural <c>s</c>, run together (<c>jakesullivan</c> in handles and addresses), and "last, first" for two words.
/// </summary>
internal static class IdentifierVariants
{
    public static IEnumerable<string> Of(string identifier)
    {
        string[] words;
        using (var normalised = TextNormaliser.Normalise(identifier, TextKind.Plain))
        {
            words = new string(normalised.Chars, 0, normalised.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        if (words.Length == 0)
        {
            yield break;
        }
        var spaced = string.Join(' ', words);
        yield return Framed(spaced);
        if (Pluralisable(spaced))
        {
            yield return Framed(spaced + "s");
        }
        if (words.Length > 1)
        {
            var joined = string.Concat(words);
            yield return Framed(joined);
            if (Pluralisable(joined))
            {
                yield return Framed(joined + "s");
            }
        }
        if (words.Length == 2)
        {
            yield return Framed(words[1] + " " + words[0]);
        }
    }

    private static bool Pluralisable(string words) => char.IsLetter(words[^1]) && words[^1] != 's';

    private static string Framed(string words) => " " + words + " ";
}

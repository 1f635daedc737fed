using System.Globalization;

namespace BriefingRoom.Protection;

/// <summary>
/// The normalised forms one identifier is searched as, each framed by spaces so matches are whole words: as written,
/// with a plural <c>s</c>, run together (<c>jakesullivan</c> in handles and addresses), and "last, first" for two words.
/// </summary>
internal static class IdentifierVariants
{
    public static IEnumerable<IdentifierVariant> Of(string identifier)
    {
        var (words, cases) = Words(identifier);
        if (words.Length == 0)
        {
            yield break;
        }
        // The case of each letter as written, for `exact-case`: 'A' upper, 'a' lower, '*' either (digits, a plural s).
        foreach (var (form, cased) in Forms(words, cases))
        {
            yield return new IdentifierVariant(Framed(form), Framed(cased), words.Length == 1 ? form : null);
        }
    }

    private static IEnumerable<(string Form, string Case)> Forms(string[] words, string[] cases)
    {
        var spaced = string.Join(' ', words);
        var spacedCase = string.Join(' ', cases);
        yield return (spaced, spacedCase);
        if (Pluralisable(spaced))
        {
            yield return (spaced + "s", spacedCase + "*");
        }
        if (words.Length > 1)
        {
            var joined = string.Concat(words);
            var joinedCase = string.Concat(cases);
            yield return (joined, joinedCase);
            if (Pluralisable(joined))
            {
                yield return (joined + "s", joinedCase + "*");
            }
        }
        if (words.Length == 2)
        {
            yield return (words[1] + " " + words[0], cases[1] + " " + cases[0]);
        }
    }

    /// <summary>The identifier's normalised words, and beside each the case of its letters as written.</summary>
    private static (string[] Words, string[] Cases) Words(string identifier)
    {
        using var normalised = TextNormaliser.Normalise(identifier, TextKind.Plain);
        var chars = new char[normalised.Length];
        for (var k = 0; k < normalised.Length; k++)
        {
            var c = normalised.Chars[k];
            chars[k] = c == ' ' || !char.IsLetter(c) ? (c == ' ' ? ' ' : '*') : CaseAt(identifier, normalised.Starts[k]) switch
            {
                LetterCase.Upper => 'A',
                LetterCase.Lower => 'a',
                _ => '*',
            };
        }
        var words = new string(normalised.Chars, 0, normalised.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cases = new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (words, cases);
    }

    /// <summary>Whether the character a reader sees at <paramref name="at"/> (an escape decoded) is upper or lower case.</summary>
    internal static LetterCase CaseAt(string text, int at, TextKind kind = TextKind.Plain)
    {
        EscapeDecoder.Decode(text, at, kind, out var codePoint);
        return CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => LetterCase.Upper,
            UnicodeCategory.LowercaseLetter => LetterCase.Lower,
            _ => LetterCase.None,
        };
    }

    private static bool Pluralisable(string words) => char.IsLetter(words[^1]) && words[^1] != 's';

    private static string Framed(string words) => " " + words + " ";
}

/// <summary>
/// One searched form: its normalised <see cref="Pattern"/>, the case its letters were written in (<see cref="Case"/>,
/// same length: 'A', 'a', '*' either) and, for a form of a one-word identifier, that word (plural included).
/// </summary>
internal readonly record struct IdentifierVariant(string Pattern, string Case, string? OneWord);

internal enum LetterCase
{
    None,
    Upper,
    Lower,
}

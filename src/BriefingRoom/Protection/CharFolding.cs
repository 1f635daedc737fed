using System.Globalization;
using System.Reflection;

namespace BriefingRoom.Protection;

/// <summary>
/// Folds one character to what the leak check compares: NFKD without combining marks (from FoldTable.txt, because
/// invariant globalization does not normalise), lower case, and a space for anything that is not a letter or digit.
/// </summary>
internal static class CharFolding
{
    private static readonly Dictionary<int, int[]> Decompositions = Load();

    // Each BMP character folded once, on first sight (not all 65,536 at start-up: a one-shot command sees a few hundred),
    // so the scan then does one array load per character; two threads folding the same one store equal strings.
    private static readonly string?[] Bmp = new string?[0x10000];

    public static string Fold(int codePoint) => codePoint < 0x10000 ? Bmp[codePoint] ??= ComputeBmp(codePoint) : Compute(codePoint);

    public static bool IsInvisible(int c) => c is >= 0x200B and <= 0x200D or 0x2060 or 0xFEFF;

    private static string ComputeBmp(int c) => c is >= 0xD800 and <= 0xDFFF ? " " : Compute(c);

    private static string Compute(int codePoint)
    {
        if (IsInvisible(codePoint) || codePoint == 0xAD)
        {
            return "";
        }
        var parts = Decompositions.TryGetValue(codePoint, out var d) ? d : [codePoint];
        var result = new System.Text.StringBuilder(parts.Length);
        foreach (var part in parts)
        {
            var text = char.ConvertFromUtf32(part);
            var category = CharUnicodeInfo.GetUnicodeCategory(text, 0);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(text, 0))
            {
                result.Append(text.ToLowerInvariant());
            }
            else
            {
                result.Append(' ');
            }
        }
        return result.ToString();
    }

    private static Dictionary<int, int[]> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("FoldTable.txt")
            ?? throw new InvalidOperationException("FoldTable.txt is not embedded in " + Assembly.GetExecutingAssembly().FullName);
        using var reader = new StreamReader(stream);
        var map = new Dictionary<int, int[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = int.Parse(line.AsSpan(0, colon), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            map[key] = [.. line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))];
        }
        return map;
    }
}

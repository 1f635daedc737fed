using System.Text.RegularExpressions;
using BriefingRoom.Protection;

namespace BriefingRoom.Tests.Protection;

/// <summary>
/// A TEST DOUBLE for <c>IdentityMatcher.Find</c>, so the redactor is tested on its own: exact, case-insensitive,
/// whole-word matches of every identifier and <c>redact</c> phrase, blanks (hyphens too in URLs) between words,
/// none inside an <c>allow</c> phrase. It does none of the matcher's normalisation and is not shipped.
/// </summary>
public sealed class ExactFinder(ProtectedIdentities ids)
{
    public IReadOnlyList<IdentityMatch> Find(string text, TextKind kind)
    {
        var allowed = ids.Allow.SelectMany(a => Pattern(a, kind).Matches(text)).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var found = new List<IdentityMatch>();
        void Add(string identifier, ProtectedSpeaker? speaker)
        {
            foreach (Match m in Pattern(identifier, kind).Matches(text))
            {
                if (!allowed.Any(a => a.Index <= m.Index && m.Index + m.Length <= a.End))
                {
                    found.Add(new IdentityMatch(m.Index, m.Length, identifier, speaker));
                }
            }
        }
        foreach (var speaker in ids.Speakers)
        {
            foreach (var identifier in speaker.Identifiers)
            {
                Add(identifier, speaker);
            }
        }
        foreach (var phrase in ids.Redact)
        {
            Add(phrase, null);
        }
        return found;
    }

    private static Regex Pattern(string phrase, TextKind kind)
    {
        var between = kind == TextKind.Url ? @"[\s\u00a0\-_/]+" : @"[\s\u00a0]+";
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        return new Regex(@"(?<![\p{L}\p{N}])" + string.Join(between, words) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}

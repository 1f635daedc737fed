namespace BriefingRoom.Corpus;

/// <summary>
/// Who speaks on a call: the labels answering questions (unnamed officials on background, invented
/// named speakers such as <c>MR. McDRAVEN</c> otherwise), their display names, and whether a moderator and operator run it.
/// </summary>
internal sealed record Cast(string[] Labels, string[] Names, string Office, bool Moderated)
{
    public static Cast Draw(Prng random, Lexicon lexicon, CallKind kind)
    {
        var office = random.Pick(Wordlists.Offices);
        if (kind == CallKind.BackgroundCall)
        {
            var count = random.NextDouble() switch { < 0.6 => 1, < 0.9 => 2, _ => 3 };
            return new Cast([.. Enumerable.Range(0, count).Select(k => CallGenerator.OfficialLabel(count, k))], [], office, true);
        }
        var people = kind == CallKind.OnRecordCall ? 1 + random.Next(2) : 1;
        var labels = new string[people];
        var names = new string[people];
        for (var k = 0; k < people; k++)
        {
            var surname = random.Pick(lexicon.Surnames);
            var mc = random.Chance(0.12);
            var courtesy = random.NextDouble() switch { < 0.45 => "MR.", < 0.9 => "MS.", _ => "DR." };
            labels[k] = courtesy + " " + (mc ? "Mc" : "") + surname.ToUpperInvariant();
            names[k] = random.Pick(lexicon.GivenNames) + " " + (mc ? "Mc" : "") + surname;
        }
        return new Cast(labels, names, office, kind == CallKind.OnRecordCall);
    }
}

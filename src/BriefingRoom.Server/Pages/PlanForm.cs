using System.Text.RegularExpressions;
using BriefingRoom.Server.Briefings;

namespace BriefingRoom.Server.Pages;

/// <summary>
/// The schedule form as fields: reads a posted form into a <see cref="PlanInput"/> and the reporters to admit, and
/// files each validation message under the form field it is about.
/// </summary>
public static partial class PlanForm
{
    /// <summary>Speaker fieldsets on the form; blank ones are left out, so a call may have fewer speakers.</summary>
    public const int SpeakerRows = 3;

    public static FormState Defaults { get; } = new(new Dictionary<string, string>
    {
        ["kind"] = "background-press-call",
        ["location"] = "Via Teleconference",
        ["timeZone"] = "America/New_York",
        ["attribution"] = "background",
        ["embargo"] = "until-conclusion",
        ["publishMode"] = "automatic",
        ["outletFairness"] = "on",
        ["section"] = "press-briefings",
        ["speakers[0].label"] = "SENIOR ADMINISTRATION OFFICIAL",
    }, new Dictionary<string, string[]>());

    /// <summary>The plan as typed, the speaker fieldset each listed speaker came from, and the reporter accounts ticked.</summary>
    public static (PlanInput Input, IReadOnlyList<int> SpeakerRowsUsed, IReadOnlyList<long> Reporters) Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var speakers = new List<SpeakerInput>();
        var rows = new List<int>();
        for (var i = 0; i < SpeakerRows; i++)
        {
            var (name, aliases, label) = (form.Text($"speakers[{i}].name"), form.Text($"speakers[{i}].aliases"), form.Text($"speakers[{i}].label"));
            if (name is null && aliases is null && (label is null || i > 0))
            {
                continue;
            }
            speakers.Add(new SpeakerInput($"s{i + 1}", name, aliases?.Split(','), label));
            rows.Add(i);
        }
        var input = new PlanInput(form.Text("title"), form.Text("kind"), form.Text("location"), form.Text("starts"), form.Text("timeZone"),
            form.Text("attribution"), form.Text("embargo"), form.Text("embargoUntil"), form.Text("disclosedForInformation") is not null,
            speakers, form.Text("publishMode"), form.Text("outletFairness") is not null, form.Text("section"));
        var reporters = form["reporters"].Select(v => long.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).ToList();
        return (input, rows, reporters);
    }

    /// <summary>Validation messages keyed by form field: plan paths (rules.embargo.until) become field names, speakers their fieldset.</summary>
    public static Dictionary<string, string[]> ToFields(IReadOnlyDictionary<string, string[]> errors, IReadOnlyList<int> speakerRows)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(speakerRows);
        var fields = new Dictionary<string, string[]>();
        foreach (var (key, messages) in errors)
        {
            var field = key switch
            {
                "startsAt" => "starts",
                "rules.attribution" => "attribution",
                "rules.embargo.until" => "embargoUntil",
                "rules.disclosedForInformation" => "disclosedForInformation",
                _ => SpeakerIndex().Replace(key, m => $"speakers[{(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var i && i < speakerRows.Count ? speakerRows[i] : 0)}]"),
            };
            field = AliasIndex().Replace(field, ".aliases");
            fields[field] = [.. fields.GetValueOrDefault(field, []), .. messages];
        }
        return fields;
    }

    [GeneratedRegex(@"^speakers\[(\d+)\]")]
    private static partial Regex SpeakerIndex();

    [GeneratedRegex(@"\.aliases\[\d+\]")]
    private static partial Regex AliasIndex();
}

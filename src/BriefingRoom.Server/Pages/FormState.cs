namespace BriefingRoom.Server.Pages;

/// <summary>A form as it was posted, with the messages for the fields that need attention: re-shown so nothing typed is lost.</summary>
public sealed record FormState(IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string[]> Errors)
{
    public static FormState Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string[]>());

    public bool HasErrors => Errors.Count > 0;

    public string Value(string field) => Values.GetValueOrDefault(field, "");

    /// <summary>Messages for the field and for anything under it ("speakers[0]" also gets "speakers[0].aliases[1]").</summary>
    public IReadOnlyList<string> Messages(params IReadOnlyList<string> fields) =>
        [.. Errors.Where(e => fields.Any(f => e.Key == f || e.Key.StartsWith(f + ".", StringComparison.Ordinal) || e.Key.StartsWith(f + "[", StringComparison.Ordinal)))
            .SelectMany(e => e.Value)];

    /// <summary>The form's values, except passwords and the anti-forgery token, which are never sent back.</summary>
    public static FormState From(IFormCollection form, IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(form);
        var values = form.Where(f => !f.Key.Contains("password", StringComparison.OrdinalIgnoreCase) && !f.Key.StartsWith("__", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => f.Value.ToString());
        return new(values, errors);
    }
}

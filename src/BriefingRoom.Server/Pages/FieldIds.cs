namespace BriefingRoom.Server.Pages;

/// <summary>The ids a form field and its hint and messages share, so each input names what describes it.</summary>
public static class FieldIds
{
    /// <summary>speakers[0].name becomes f-speakers-0-name.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return "f-" + name.Replace('[', '-').Replace("]", "", StringComparison.Ordinal).Replace('.', '-');
    }

    /// <summary>The hint's and the messages' ids, or null when there is neither.</summary>
    public static string? DescribedBy(string id, string? hint, IReadOnlyList<string> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var ids = string.Join(' ', new[] { hint is null ? null : id + "-hint", messages.Count > 0 ? id + "-error" : null }.OfType<string>());
        return ids.Length == 0 ? null : ids;
    }
}

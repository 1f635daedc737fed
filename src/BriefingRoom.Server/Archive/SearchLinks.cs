namespace BriefingRoom.Server.Archive;

/// <summary>Links to a search: the page or its feed with the same query and filters, leaving out what is blank.</summary>
public static class SearchLinks
{
    public const string Page = "/archive/search";
    public const string Feed = "/archive/search.atom";

    public static string To(string path, SearchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        KeyValuePair<string, string?>[] pairs =
        [
            new("q", input.Q), new("from", input.From), new("to", input.To), new("kind", input.Kind),
            new("attribution", input.Attribution), new("role", input.Role), new("order", input.Order),
            new("page", input.Page is > 1 ? input.Page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
        ];
        return path + QueryString.Create(pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value)));
    }
}

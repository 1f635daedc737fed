using System.Text.Json;
using System.Text.Json.Serialization;
using BriefingRoom.Briefings;

namespace BriefingRoom.Server.Live;

/// <summary>JSON for stored events and live frames: web casing, enums by name, and nothing escaped that JSON does not require.</summary>
public static class EventJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}

/// <summary>An event's stored type name: the discriminator its JSON carries.</summary>
public static class EventNames
{
    public static string Of(BriefingEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return JsonNamingPolicy.KebabCaseLower.ConvertName(e.GetType().Name);
    }
}

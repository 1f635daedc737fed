using System.Text.Json;
using System.Text.RegularExpressions;
using BriefingRoom.Briefings;
using Microsoft.AspNetCore.Diagnostics;

namespace BriefingRoom.Server.Hosting;

/// <summary>
/// Requests refused before an endpoint's own checks run — a body too large, of the wrong type or not JSON, a route or
/// query value that is not a number — answered as problem details naming the field, never a 500 or an error in the log.
/// </summary>
public static partial class BadRequests
{
    public static IServiceCollection AddBadRequestAnswers(this IServiceCollection services)
    {
        // Binding failures become exceptions, so the handler below can say which parameter failed and why.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = FieldLimits.RequestBody);
        services.AddExceptionHandler<Handler>();
        return services.AddProblemDetails(options => options.CustomizeProblemDetails = Describe);
    }

    /// <summary>Refuses a body whose declared length is over the limit before anything reads it; Kestrel stops longer chunked ones.</summary>
    // Not async: it returns the rest of the pipeline's task, so a live stream holds no state machine of this middleware.
    public static IApplicationBuilder UseBodyLimit(this IApplicationBuilder app) => app.Use((http, next) =>
        http.Request.ContentLength > FieldLimits.RequestBody ? Problems.TooLarge().ExecuteAsync(http) : next(http));

    /// <summary>The problem for a request the framework refused; the status it chose (400, 413, 415) stays.</summary>
    public static IResult Answer(BadHttpRequestException bad)
    {
        ArgumentNullException.ThrowIfNull(bad);
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.TooLarge();
        }
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return Problems.UnsupportedMediaType();
        }
        if (bad.InnerException is JsonException json)
        {
            return Problems.Invalid(JsonField(json.Path), JsonMessage(json));
        }
        var message = bad.Message;
        if (message.Contains("anti-forgery", StringComparison.Ordinal))
        {
            return Problems.Invalid("form", "The form has expired or did not come from this site: reload the page and send it again.");
        }
        if (message.Contains("no body was provided", StringComparison.Ordinal) || message.EndsWith("from body.", StringComparison.Ordinal))
        {
            return Problems.Invalid("body", "required: send the fields as a JSON object.");
        }
        if (message.Contains("from the request body", StringComparison.Ordinal))
        {
            return Problems.Invalid("body", "The body could not be read as the fields this address takes.");
        }
        var parameter = Parameter().Match(message);
        if (!parameter.Success)
        {
            return Problems.Invalid("request", message);
        }
        var (type, name) = (parameter.Groups["type"].Value, parameter.Groups["name"].Value);
        return parameter.Groups["value"].Success
            ? Problems.Invalid(name, $"'{parameter.Groups["value"].Value}' is not {Kind(type)}.")
            : Problems.Invalid(name, "required");
    }

    // "$.speakers[0].name" names the field as the errors of a 400 do; "$" (or none) is the body as a whole.
    private static string JsonField(string? path) =>
        path is null or "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string JsonMessage(JsonException json)
    {
        var converted = Converted().Match(json.Message);
        if (converted.Success)
        {
            return $"not {Kind(converted.Groups["type"].Value)}.";
        }
        var at = json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})" : "";
        return $"The body is not valid JSON{at}.";
    }

    // Type names as .NET writes them ("System.Int32", "Nullable<int>", "long") in words a caller knows.
    private static string Kind(string type) => type switch
    {
        _ when type.Contains("Int32", StringComparison.Ordinal) || Word(type, "int") => "a whole number from -2147483648 to 2147483647",
        _ when type.Contains("Int64", StringComparison.Ordinal) || Word(type, "long") => "a whole number from -9223372036854775808 to 9223372036854775807",
        _ when type.Contains("Boolean", StringComparison.Ordinal) || Word(type, "bool") => "true or false",
        _ when (type.Contains("String", StringComparison.Ordinal) && !type.Contains("List", StringComparison.Ordinal)) || Word(type, "string") => "text (a JSON string)",
        _ when type.Contains("List", StringComparison.Ordinal) || type.EndsWith("[]", StringComparison.Ordinal) => "a list (a JSON array)",
        _ => "a value of the right kind here (see docs/api.md)",
    };

    // "int", "int?" and "Nullable<int>" all name an int.
    private static bool Word(string type, string word) => type == word || type == word + "?" || type.Contains($"<{word}>", StringComparison.Ordinal);

    private static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Detail is not null)
        {
            return;
        }
        (problem.Title, problem.Detail) = problem.Status switch
        {
            StatusCodes.Status404NotFound => ("Not found", context.HttpContext.Request.Path.StartsWithSegments("/api") ? "There is no such address in the API here." : "There is nothing at this address."),
            StatusCodes.Status405MethodNotAllowed => ("Method not allowed", $"This address does not take {context.HttpContext.Request.Method}; the Allow header lists what it takes."),
            StatusCodes.Status413PayloadTooLarge => (Problems.TooLargeTitle, Problems.TooLargeDetail),
            StatusCodes.Status415UnsupportedMediaType => (Problems.UnsupportedTitle, Problems.UnsupportedDetail),
            _ => (problem.Title, problem.Detail),
        };
    }

    [GeneratedRegex("""parameter "(?<type>[^"]+) (?<name>[^" ]+)"(?: from "(?<value>.*)"\.$)?""", RegexOptions.Singleline)]
    private static partial Regex Parameter();

    [GeneratedRegex(@"could not be converted to (?<type>\S+?)\.? Path")]
    private static partial Regex Converted();

    private sealed class Handler : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException bad)
            {
                return false;
            }
            await Answer(bad).ExecuteAsync(httpContext);
            return true;
        }
    }
}

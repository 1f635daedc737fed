using Microsoft.AspNetCore.Http.HttpResults;

namespace BriefingRoom.Server.Hosting;

/// <summary>
/// The server's error answers, all RFC 9457 problem details with a message a person can act on; declared results, so a
/// route that returns them can say so in its signature (<c>Results&lt;Ok&lt;T&gt;, ProblemHttpResult&gt;</c>) and in the OpenAPI document.
/// </summary>
public static class Problems
{
    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Some fields need attention.");

    public static ValidationProblem Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");

    /// <summary>Also used where a resource exists but the caller may not know it: its absence and its secrecy look the same.</summary>
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem($"There is no {what} here.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public const string TooLargeTitle = "Too large";
    public const string TooLargeDetail = "The body is larger than 1 MiB (1,048,576 bytes), the most this server takes.";

    public static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(TooLargeDetail, statusCode: StatusCodes.Status413PayloadTooLarge, title: TooLargeTitle);

    public const string UnsupportedTitle = "Unsupported media type";
    public const string UnsupportedDetail = "This address takes a JSON body: send it with Content-Type: application/json (the pages' forms send form fields).";

    public static ProblemHttpResult UnsupportedMediaType() =>
        TypedResults.Problem(UnsupportedDetail, statusCode: StatusCodes.Status415UnsupportedMediaType, title: UnsupportedTitle);

    public static ProblemHttpResult Conflict(string code, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Not possible now",
            extensions: new Dictionary<string, object?> { ["code"] = code });

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");
}

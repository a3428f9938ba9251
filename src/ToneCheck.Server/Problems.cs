namespace ToneCheck.Server;

/// <summary>Every error the service returns is a JSON problem document (RFC 9457) with a message a caller can act on.</summary>
internal static class Problems
{
    public static IResult Create(int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title);

    public static IResult BadRequest(string detail) => Create(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static IResult TooLarge(int limit) => Create(StatusCodes.Status413PayloadTooLarge, "Request body too large",
        $"The request body is larger than the {limit:N0} bytes this service accepts for one letter.");

    public static IResult Timeout(double seconds) => Create(StatusCodes.Status503ServiceUnavailable, "Check timed out",
        $"The check did not finish within {seconds:0.###} s and was stopped; try a shorter letter or try again later.");

    public static IResult Busy() => Create(StatusCodes.Status429TooManyRequests, "Too many requests",
        "The service is checking as many letters as it allows at once; try again shortly.");
}

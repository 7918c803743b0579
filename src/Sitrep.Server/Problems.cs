namespace Sitrep.Server;

/// <summary>Errors as RFC 9457 problem details: a title, a status and a detail that says what to change; never a stack trace.</summary>
public static class Problems
{
    public static IResult Create(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);

    public static IResult BadRequest(string detail) => Create(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static IResult NotFound(string detail) => Create(StatusCodes.Status404NotFound, "Not found", detail);
}

using System.Text.Json;
using Gaoxin.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gaoxin.Hosting;

/// <summary>A rule of the business refused the request; the message says what is wrong and what is expected.</summary>
public sealed class DomainException(string message, int status = StatusCodes.Status400BadRequest) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>
/// Turns every failure into an RFC 9457 problem with a message a person can act on: never a stack trace.
/// </summary>
public sealed class GaoxinExceptionHandler(IProblemDetailsService problems, ILogger<GaoxinExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = Describe(exception);
        if (status >= 500)
        {
            log.LogError(exception, "Request {Path} failed", httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    public static (int Status, string Title, string Detail) Describe(Exception exception) => exception switch
    {
        DomainException d => (d.Status, "The request was refused", d.Message),
        ZoneAccessDeniedException => (404, "Not found", "No such record in the zones you can see."),
        BadHttpRequestException { StatusCode: 413 } => (413, "Request too large", $"The request body is larger than the limit of {RequestLimits.ApiBodyBytes / 1024} KiB."),
        BadHttpRequestException b when b.InnerException is JsonException j => (400, "Malformed JSON", $"The request body is not valid JSON: {j.Message}"),
        BadHttpRequestException b => (b.StatusCode, "Bad request", b.Message),
        JsonException j => (400, "Malformed JSON", $"The request body is not valid JSON: {j.Message}"),
        DbUpdateConcurrencyException => (409, "Changed by someone else", "This record was changed by someone else after you opened it. Reload it, check the changes, and save again; nothing of yours was saved."),
        DbUpdateException { InnerException: SqliteException s } when IsReadOnly(s) => ReadOnly(),
        SqliteException s when IsReadOnly(s) => ReadOnly(),
        DbUpdateException { InnerException: PostgresException { SqlState: "23505" } } => (409, "Already exists", "A record with the same key already exists."),
        DbUpdateException { InnerException: SqliteException { SqliteErrorCode: 19 } } => (409, "Already exists", "A record with the same key already exists, or a record it refers to is missing."),
        NpgsqlException or TimeoutException => (503, "Database unavailable", "The database cannot be reached just now. Try again in a minute; if it persists, tell the operator."),
        OperationCanceledException => (499, "Cancelled", "The request was cancelled."),
        _ => (500, "Unexpected error", "Something went wrong on our side and nothing was saved. The error was logged; try again, and tell the operator if it persists."),
    };

    private static bool IsReadOnly(SqliteException s) => s.SqliteErrorCode is 8 or 14; // SQLITE_READONLY, SQLITE_CANTOPEN

    private static (int, string, string) ReadOnly()
        => (503, "Database cannot be written", "The database file cannot be written (read-only file, full disk or missing folder). Nothing was saved. Tell the operator.");
}

public static class RequestLimits
{
    /// <summary>JSON bodies of the API; file uploads set their own limit on their endpoint.</summary>
    public const long ApiBodyBytes = 1024 * 1024;

    /// <summary>Refuses oversized API bodies up front, before anything is read.</summary>
    public static IApplicationBuilder UseApiBodyLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var feature = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
            if (feature is { IsReadOnly: false })
            {
                feature.MaxRequestBodySize = ApiBodyBytes;
            }

            if (context.Request.ContentLength > ApiBodyBytes)
            {
                throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            }
        }

        await next(context);
    });
}

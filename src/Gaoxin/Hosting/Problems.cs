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
        DomainException { Status: 404 } d => (404, Text.Get("Title.NotFound"), d.Message),
        DomainException { Status: 403 } d => (403, Text.Get("Title.NotAllowed"), d.Message),
        DomainException { Status: 409 } d => (409, Text.Get("Title.Conflict"), d.Message),
        DomainException d => (d.Status, Text.Get("Title.Refused"), d.Message),
        ZoneAccessDeniedException => (404, Text.Get("Title.NotFound"), Text.Get("Err.RecordNotVisible")),
        BadHttpRequestException { StatusCode: 413 } => (413, Text.Get("Title.TooLarge"), Text.Get("Err.TooLarge", RequestLimits.ApiBodyBytes / 1024)),
        BadHttpRequestException b when b.InnerException is JsonException j => (400, Text.Get("Title.MalformedJson"), Text.Get("Err.MalformedJson", j.Message)),
        BadHttpRequestException b => (b.StatusCode, Text.Get("Title.BadRequest"), b.Message),
        JsonException j => (400, Text.Get("Title.MalformedJson"), Text.Get("Err.MalformedJson", j.Message)),
        DbUpdateConcurrencyException => (409, Text.Get("Title.Conflict"), Text.Get("Err.Conflict")),
        DbUpdateException { InnerException: SqliteException s } when IsReadOnly(s) => ReadOnly(),
        SqliteException s when IsReadOnly(s) => ReadOnly(),
        DbUpdateException { InnerException: PostgresException { SqlState: "23505" } } => (409, Text.Get("Title.Exists"), Text.Get("Err.Exists")),
        DbUpdateException { InnerException: SqliteException { SqliteErrorCode: 19 } } => (409, Text.Get("Title.Exists"), Text.Get("Err.ExistsOrMissing")),
        NpgsqlException or TimeoutException => (503, Text.Get("Title.DbUnavailable"), Text.Get("Err.DbUnavailable")),
        OperationCanceledException => (499, Text.Get("Title.Cancelled"), Text.Get("Err.Cancelled")),
        _ => (500, Text.Get("Title.Unexpected"), Text.Get("Err.Unexpected")),
    };

    private static bool IsReadOnly(SqliteException s) => s.SqliteErrorCode is 8 or 14; // SQLITE_READONLY, SQLITE_CANTOPEN

    private static (int, string, string) ReadOnly()
        => (503, Text.Get("Title.ReadOnly"), Text.Get("Err.ReadOnly"));
}

/// <summary>Endpoint metadata: this upload endpoint accepts bodies up to <see cref="Bytes"/> instead of the API's 1 MB.</summary>
public sealed record UploadLimit(long Bytes);

public static class RequestLimits
{
    /// <summary>JSON bodies of the API; file uploads set their own limit on their endpoint.</summary>
    public const long ApiBodyBytes = 1024 * 1024;

    /// <summary>Refuses oversized API bodies up front, before anything is read.</summary>
    public static IApplicationBuilder UseApiBodyLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<UploadLimit>()?.Bytes ?? ApiBodyBytes;
            var feature = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
            if (feature is { IsReadOnly: false })
            {
                feature.MaxRequestBodySize = limit;
            }

            if (context.Request.ContentLength > limit)
            {
                throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            }
        }

        await next(context);
    });
}

namespace Gaoxin.Hosting.Api;

/// <summary>
/// The first file of a multipart upload, read into memory (uploads are capped by <see cref="UploadLimit"/>, so this is
/// bounded). A request without a form or without a file is refused with 415 and a message saying what to send.
/// </summary>
public static class UploadedFile
{
    public static async Task<MemoryStream> ReadFirstAsync(HttpRequest http, CancellationToken ct)
    {
        if (!http.HasFormContentType || (await http.ReadFormAsync(ct)).Files is not [var file, ..])
        {
            throw new DomainException(Text.Get("Err.NeedsForm"), StatusCodes.Status415UnsupportedMediaType);
        }

        var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        stream.Position = 0;
        return stream;
    }
}

using System.ComponentModel.DataAnnotations;

namespace Gaoxin.Hosting;

/// <summary>
/// Checks a request's annotations inside the handler, so pages and the CLI get the same checks the API gets at its edge.
/// </summary>
public static class RequestValidation
{
    public static void Ensure(object request)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
        {
            throw new DomainException(string.Join(" ", results.Select(r => r.ErrorMessage)));
        }
    }
}

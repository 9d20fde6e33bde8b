using Gaoxin.Hosting;
using Gaoxin.Modules.Innovation.Features;

namespace Gaoxin.Modules.Talent.Pages;

/// <summary>
/// The server's refusal of a form, kept so each message shows under its field (<c>Error="@E.Has("name")" ErrorText="@E["name"]"</c>);
/// what belongs to no field shown on the form (a 409, a 403) stays in <see cref="Other"/> for the form's alert.
/// </summary>
public sealed class FormErrors
{
    private IDictionary<string, string[]> _fields = new Dictionary<string, string[]>();
    public string? Other { get; private set; }

    public string? this[string field] => _fields.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    public bool Has(string field) => _fields.ContainsKey(field);

    public void Clear() => (_fields, Other) = (new Dictionary<string, string[]>(), null);

    /// <summary>Keeps a refusal; <paramref name="fieldsOnForm"/> are the fields the form shows messages under.</summary>
    public void Set(Exception e, params string[] fieldsOnForm)
    {
        if (e is FieldsException f)
        {
            _fields = f.Errors;
            var rest = f.Errors.Where(kv => !fieldsOnForm.Contains(kv.Key, StringComparer.Ordinal)).SelectMany(kv => kv.Value).ToList();
            Other = rest.Count > 0 ? string.Join(" ", rest) : null;
        }
        else
        {
            (_fields, Other) = (new Dictionary<string, string[]>(), e.Message);
        }
    }

    public static bool IsRefusal(Exception e) => e is DomainException or FieldsException;
}

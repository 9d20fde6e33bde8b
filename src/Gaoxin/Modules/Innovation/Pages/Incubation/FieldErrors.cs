using Gaoxin.Modules.Innovation.Features;

namespace Gaoxin.Modules.Innovation.Pages.Incubation;

/// <summary>
/// A form's refusal from the server: messages by field (shown under the field they name) and one message for the rest
/// (a conflict, a record gone, a refusal that names no field), shown above the form.
/// </summary>
public sealed class FieldErrors
{
    private Dictionary<string, string[]> _fields = [];

    public string? Message { get; private set; }

    public bool Has(string field) => _fields.ContainsKey(field);

    public string? Of(string field) => _fields.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public void Clear()
    {
        _fields = [];
        Message = null;
    }

    /// <summary>Takes the refusal apart; fields the form does not show go to the message, so nothing is hidden.</summary>
    public void Show(Exception refusal, params string[] shownFields)
    {
        if (refusal is FieldsException fields)
        {
            _fields = fields.Errors.Where(e => shownFields.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value);
            var rest = fields.Errors.Where(e => !shownFields.Contains(e.Key)).SelectMany(e => e.Value).ToList();
            Message = rest.Count > 0 ? string.Join(" ", rest) : null;
        }
        else
        {
            _fields = [];
            Message = refusal.Message;
        }
    }
}

namespace BriefingRoom.Protection;

/// <summary>
/// Finds the inline objects of the JSON contract (<c>{"type": "deletion", "text": "mane"}</c>, docs/formats.md) among a
/// JSON text's strings as they are read, so a paragraph's inlines can be read as the one text they print: each
/// deletion and insertion is an edit, and the structure between two inlines' texts (<c>"}, {"type": "text", "text": "</c>)
/// is an edit both readings leave out.
/// </summary>
internal sealed class JsonInlines
{
    // Keys and type names of the inline objects: strings between two inlines' texts that keep them one run of text.
    private static readonly HashSet<string> Structural =
        ["type", "text", "strong", "inlines", "square", "emphasis", "break", "deletion", "insertion", "redaction", "attribution", "note"];

    private static readonly HashSet<string> InlineTypes = ["text", "deletion", "insertion", "redaction", "attribution", "note"];

    public JsonInlines(NormalisedText output) => output.BracketsAreEdits(false);

    private int _openFrom = -1;
    private int _openRaw;

    // 1 after the key "type", 2 after an inline's type, 3 after its key "text": the next string is an inline's text.
    private int _state;
    private EditKind? _kind;

    // Where the last inline's text ended (normalised, original), while only structure has followed it.
    private (int To, int RawEnd)? _last;

    /// <summary>An unescaped quote at <paramref name="i"/>: a separator that opens or closes a string.</summary>
    public void Quote(string text, int i, NormalisedText output)
    {
        if (_openFrom < 0)
        {
            output.Separator('"', i, i + 1);
            (_openFrom, _openRaw) = (output.Length, i);
            output.BracketsAreEdits(true);
            return;
        }
        var to = output.Length;
        output.BracketsAreEdits(false);
        output.Separator('"', i, i + 1);
        String(text.Substring(_openRaw + 1, i - _openRaw - 1), _openFrom, to, _openRaw, i + 1, output);
        _openFrom = -1;
    }

    private void String(string value, int from, int to, int rawStart, int rawEnd, NormalisedText output)
    {
        if (_state == 3)
        {
            Segment(from, to, rawStart, rawEnd, output);
            _state = 0;
            return;
        }
        if (!Structural.Contains(value))
        {
            _last = null;
        }
        if (_state == 1)
        {
            _kind = value switch { "deletion" => EditKind.Deletion, "insertion" => EditKind.Insertion, _ => null };
            _state = InlineTypes.Contains(value) ? 2 : 0;
            return;
        }
        _state = value == "type" ? 1 : value == "text" && _state == 2 ? 3 : 0;
    }

    private void Segment(int from, int to, int rawStart, int rawEnd, NormalisedText output)
    {
        if (_last is { } last && from > last.To)
        {
            output.AddEdit(new Edit(EditKind.Structure, last.To, from, last.RawEnd, rawStart));
        }
        if (_kind is { } kind && to > from)
        {
            output.AddEdit(new Edit(kind, from, to, rawStart, rawEnd));
        }
        _last = (to, rawEnd);
    }
}

using System.Text.Encodings.Web;

namespace BriefingRoom.Formats.Json;

/// <summary>
/// The relaxed encoder (non-ASCII and quotes written as is) that still escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>,
/// so the JSON stays readable yet can sit inside an HTML script element.
/// </summary>
internal sealed class HtmlSafeJsonEncoder : JavaScriptEncoder
{
    private static readonly JavaScriptEncoder Relaxed = UnsafeRelaxedJsonEscaping;

    public static HtmlSafeJsonEncoder Instance { get; } = new();

    public override int MaxOutputCharactersPerInputCharacter => Relaxed.MaxOutputCharactersPerInputCharacter;

    public override bool WillEncode(int unicodeScalar) => IsHtmlSensitive(unicodeScalar) || Relaxed.WillEncode(unicodeScalar);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var sensitive = new ReadOnlySpan<char>(text, textLength).IndexOfAny('<', '>', '&');
        var relaxed = Relaxed.FindFirstCharacterToEncode(text, textLength);
        return Earliest(sensitive, relaxed);
    }

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text) =>
        Earliest(utf8Text.IndexOfAny((byte)'<', (byte)'>', (byte)'&'), Relaxed.FindFirstCharacterToEncodeUtf8(utf8Text));

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (!IsHtmlSensitive(unicodeScalar))
        {
            return Relaxed.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
        }
        var escape = unicodeScalar switch { '<' => "\\u003C", '>' => "\\u003E", _ => "\\u0026" };
        numberOfCharactersWritten = 0;
        if (bufferLength < escape.Length)
        {
            return false;
        }
        escape.AsSpan().CopyTo(new Span<char>(buffer, bufferLength));
        numberOfCharactersWritten = escape.Length;
        return true;
    }

    private static bool IsHtmlSensitive(int scalar) => scalar is '<' or '>' or '&';

    private static int Earliest(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);
}

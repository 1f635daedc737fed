using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingRoom.Protection;

/// <summary>
/// The few shapes a protected identities file is made of (mappings with known keys, strings, lists of strings),
/// read from YAML events so every refusal carries the line and column of the offending node.
/// </summary>
internal sealed class YamlEvents(IParser parser)
{
    private readonly Dictionary<string, Mark> _lastSeen = new(StringComparer.OrdinalIgnoreCase);

    public IParser Parser { get; } = parser;

    public T Expect<T>(string message)
        where T : ParsingEvent
    {
        RefuseAnchors();
        return Parser.TryConsume<T>(out var found) ? found : throw ProtectedIdentitiesReader.Error(message, Parser.Current?.Start ?? Mark.Empty);
    }

    /// <summary>The keys of the mapping just opened, each refused when unknown or repeated; its value is the caller's to read.</summary>
    public IEnumerable<Scalar> Keys(string[] allowed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!Parser.TryConsume<MappingEnd>(out _))
        {
            var key = Expect<Scalar>("a key must be a plain word");
            if (!allowed.Contains(key.Value, StringComparer.Ordinal))
            {
                throw ProtectedIdentitiesReader.Error($"unknown key '{key.Value}' (expected {string.Join(", ", allowed.Select(a => $"'{a}'"))})", key.Start);
            }
            if (!seen.Add(key.Value))
            {
                throw ProtectedIdentitiesReader.Error($"'{key.Value}' is given twice", key.Start);
            }
            yield return key;
        }
    }

    /// <summary>The items of a list, each yielded as its consumed first event (a scalar, or the start of a mapping or list).</summary>
    public IEnumerable<ParsingEvent> Items(string message)
    {
        Expect<SequenceStart>(message);
        while (!Parser.TryConsume<SequenceEnd>(out _))
        {
            RefuseAnchors();
            yield return Parser.Consume<ParsingEvent>();
        }
    }

    /// <summary>A non-empty string value.</summary>
    public string String(string key) => Text(Expect<Scalar>($"'{key}' must be a string"), key);

    /// <summary>A string or a list of strings, appended to <paramref name="into"/>.</summary>
    public void Strings(string key, List<string> into)
    {
        RefuseAnchors();
        if (Parser.TryConsume<Scalar>(out var single))
        {
            into.Add(Text(single, key));
            return;
        }
        foreach (var item in Items($"'{key}' must be a string or a list of strings"))
        {
            into.Add(item is Scalar scalar ? Text(scalar, key) : throw ProtectedIdentitiesReader.Error($"'{key}' must hold only strings", item.Start));
        }
    }

    /// <summary>Where a string was last read, for errors found after reading (an identifier listed under two labels).</summary>
    public Mark PositionOf(string value) => _lastSeen.TryGetValue(value, out var at) ? at : Mark.Empty;

    public string Text(Scalar scalar, string key)
    {
        var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
        if (isNull || scalar.Value.Trim().Length == 0)
        {
            throw ProtectedIdentitiesReader.Error($"'{key}' must not be empty", scalar.Start);
        }
        _lastSeen[scalar.Value] = scalar.Start;
        return scalar.Value;
    }

    /// <summary>Anchors and aliases would let one node stand for another; a security list is read as written.</summary>
    public void RefuseAnchors()
    {
        if (Parser.Current is AnchorAlias alias)
        {
            throw ProtectedIdentitiesReader.Error("YAML aliases (*name) are not allowed here", alias.Start);
        }
    }
}

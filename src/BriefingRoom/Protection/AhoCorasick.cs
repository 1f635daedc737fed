namespace BriefingRoom.Protection;

/// <summary>
/// One Aho–Corasick automaton over all patterns, with a dense transition table over a compact alphabet: a step is
/// one class lookup and one table load. Table entries are premultiplied by the row width and complemented when the
/// state ends a pattern, so the scan loop tests only a sign.
/// </summary>
internal sealed class AhoCorasick
{
    private readonly ushort[] _classes;
    private readonly int _width;
    private readonly int[] _table;
    private readonly int[] _output;
    private readonly int[] _outputLink;
    private readonly int[] _lengths;

    private AhoCorasick(ushort[] classes, int width, int[] table, int[] output, int[] outputLink, int[] lengths)
    {
        _classes = classes;
        _width = width;
        _table = table;
        _output = output;
        _outputLink = outputLink;
        _lengths = lengths;
    }

    public int States => _output.Length;

    public static AhoCorasick Build(IReadOnlyList<string> patterns)
    {
        // Class 0 is every character no pattern holds: it leads back towards the root.
        var classes = new ushort[0x10000];
        ushort width = 1;
        foreach (var c in patterns.SelectMany(p => p))
        {
            if (classes[c] == 0)
            {
                classes[c] = width++;
            }
        }
        var table = new List<int>(width * 1024);
        var output = new List<int>();
        int NewState()
        {
            output.Add(-1);
            for (var k = 0; k < width; k++)
            {
                table.Add(-1);
            }
            return output.Count - 1;
        }
        NewState();
        for (var p = 0; p < patterns.Count; p++)
        {
            var state = 0;
            foreach (var c in patterns[p])
            {
                var slot = state * width + classes[c];
                if (table[slot] < 0)
                {
                    var next = NewState();
                    table[slot] = next;
                }
                state = table[slot];
            }
            if (output[state] < 0)
            {
                output[state] = p;
            }
        }
        var states = output.Count;
        var fail = new int[states];
        var outputLink = new int[states];
        Array.Fill(outputLink, -1);
        var queue = new Queue<int>();
        for (var c = 0; c < width; c++)
        {
            if (table[c] < 0)
            {
                table[c] = 0;
            }
            else
            {
                queue.Enqueue(table[c]);
            }
        }
        while (queue.Count > 0)
        {
            var r = queue.Dequeue();
            for (var c = 0; c < width; c++)
            {
                var u = table[r * width + c];
                var viaFail = table[fail[r] * width + c];
                if (u < 0)
                {
                    table[r * width + c] = viaFail;
                    continue;
                }
                fail[u] = viaFail;
                outputLink[u] = output[viaFail] >= 0 ? viaFail : outputLink[viaFail];
                queue.Enqueue(u);
            }
        }
        var dense = new int[table.Count];
        for (var k = 0; k < dense.Length; k++)
        {
            var target = table[k];
            dense[k] = output[target] >= 0 || outputLink[target] >= 0 ? ~(target * width) : target * width;
        }
        return new AhoCorasick(classes, width, dense, [.. output], outputLink, [.. patterns.Select(p => p.Length)]);
    }

    /// <summary>Adds (start, end, pattern) for every occurrence of every pattern in <paramref name="text"/>.</summary>
    public void Scan(ReadOnlySpan<char> text, List<(int Start, int End, int Pattern)> hits)
    {
        var table = _table;
        var classes = _classes;
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            state = table[state + classes[text[i]]];
            if (state < 0)
            {
                state = ~state;
                Report(state / _width, i + 1, hits);
            }
        }
    }

    private void Report(int state, int end, List<(int Start, int End, int Pattern)> hits)
    {
        for (var s = _output[state] >= 0 ? state : _outputLink[state]; s >= 0; s = _outputLink[s])
        {
            var p = _output[s];
            hits.Add((end - _lengths[p], end, p));
        }
    }
}

using System.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Protection;

/// <summary>
/// A paragraph's inlines written as one Markup text, with each inline's span in it: text as itself, emphasis in
/// <c>&lt;em&gt;</c>, a link's words in <c>&lt;a&gt;</c>, a deletion in <c>&lt;del&gt;</c>, an insertion in
/// <c>&lt;ins&gt;</c>, a line break as one, anything else as printed.
/// </summary>
internal sealed class WrittenInlines
{
    private readonly StringBuilder _sb = new();
    private readonly List<Node> _top = [];
    private readonly List<Node> _leaves = [];

    // The markup this text adds around inlines, by where it ends and by where it starts, with how the change list shows it.
    private readonly Dictionary<int, (int Start, string Readable)> _markers = [];
    private readonly Dictionary<int, (int End, string Readable)> _markersFrom = [];

    public WrittenInlines(IReadOnlyList<Inline> inlines)
    {
        Write(inlines, _top, null);
        Text = _sb.ToString();
    }

    public string Text { get; }

    /// <summary>True when the inlines' own text holds '&lt;' or '&amp;', which a plain reading reads otherwise than markup.</summary>
    public bool RawMarkup { get; private set; }

    private sealed class Node(Inline inline, Node? parent, List<Node> siblings)
    {
        public Inline Inline { get; } = inline;
        public Node? Parent { get; } = parent;
        public List<Node> Siblings { get; } = siblings;
        public List<Node> Children { get; } = [];
        public int Start { get; set; }
        public int End { get; set; }
        public int InnerStart { get; set; }
        public int InnerEnd { get; set; }
        public bool Container => Inline is Emphasis or Link;
    }

    private void Write(IReadOnlyList<Inline> inlines, List<Node> into, Node? parent)
    {
        foreach (var inline in inlines)
        {
            var node = new Node(inline, parent, into) { Start = _sb.Length };
            into.Add(node);
            switch (inline)
            {
                case TextRun t: Raw(t.Text); break;
                case Emphasis e: Contained(node, e.Content, "em"); break;
                case Link l: Contained(node, l.Content, "a"); break;
                case Deletion d: Marker("<del>", "<s>"); Raw(d.Text); Marker("</del>", "</s>"); break;
                case Insertion i: Marker("<ins>", "["); Raw(i.Text); Marker("</ins>", "]"); break;
                case LineBreak: Marker("\n", " "); break;
                case RawHtml h: Raw(h.Html); break;
                default: Raw(InlineText.Plain([inline])); break;
            }
            node.End = _sb.Length;
            if (!node.Container)
            {
                _leaves.Add(node);
            }
        }
    }

    private void Contained(Node node, IReadOnlyList<Inline> content, string tag)
    {
        Marker($"<{tag}>", "");
        node.InnerStart = _sb.Length;
        Write(content, node.Children, node);
        node.InnerEnd = _sb.Length;
        Marker($"</{tag}>", "");
    }

    private void Raw(string text)
    {
        _sb.Append(text);
        RawMarkup |= text.AsSpan().ContainsAny('<', '&');
    }

    private void Marker(string markup, string readable)
    {
        var start = _sb.Length;
        _sb.Append(markup);
        _markers[_sb.Length] = (start, readable);
        _markersFrom[start] = (_sb.Length, readable);
    }

    /// <summary>
    /// The span a match takes: from and to the letters it covers in text, whole inlines elsewhere, and a deletion's
    /// insertion (or an insertion's deletion) with it; null when it lies inside one deletion, insertion, note or
    /// markup that is no correction's half (that inline's own redaction takes it).
    /// </summary>
    public (int Start, int End)? Affected(IdentityMatch m)
    {
        var first = _leaves.Find(l => l.End > m.Start && l.Start < m.End);
        var last = _leaves.FindLast(l => l.End > m.Start && l.Start < m.End);
        if (first is null || last is null)
        {
            return null;
        }
        if (first == last && first.Inline is not TextRun && Partner(first, -1) is null && Partner(first, +1) is null)
        {
            return null;
        }
        first = Partner(first, -1) ?? first;
        last = Partner(last, +1) ?? last;
        var start = first.Inline is TextRun ? Math.Max(m.Start, first.Start) : first.Start;
        var end = last.Inline is TextRun ? Math.Min(m.End, last.End) : last.End;
        return (start, end);
    }

    /// <summary>The other half of the correction <paramref name="node"/> is part of: the insertion after a deletion (<paramref name="step"/> +1) or the deletion before an insertion (-1), across blanks.</summary>
    private static Node? Partner(Node node, int step)
    {
        if (node.Inline is not (Deletion or Insertion) || node.Inline is Deletion != (step > 0))
        {
            return null;
        }
        var k = node.Siblings.IndexOf(node) + step;
        if (k >= 0 && k < node.Siblings.Count && node.Siblings[k].Inline is TextRun t && string.IsNullOrWhiteSpace(t.Text))
        {
            k += step;
        }
        return k >= 0 && k < node.Siblings.Count && node.Siblings[k].Inline is (Deletion or Insertion) && node.Siblings[k].Inline is Deletion == (step < 0) ? node.Siblings[k] : null;
    }

    /// <summary>The inlines with each replacement's span cut out and its attribution or redaction put where it starts, in the innermost emphasis or link that holds all of it.</summary>
    public List<Inline> Replace(List<Replacement> plan, RedactedText text)
    {
        var owners = plan.Select(Owner).ToList();
        return Rewrite(_top, null, plan, owners, text);
    }

    private Node? Owner(Replacement r)
    {
        Node? owner = null;
        var level = _top;
        while (level.Find(c => c.Container && c.InnerStart <= r.Start && r.End <= c.InnerEnd) is { } inner)
        {
            owner = inner;
            level = inner.Children;
        }
        return owner;
    }

    private List<Inline> Rewrite(List<Node> level, Node? owner, List<Replacement> plan, List<Node?> owners, RedactedText text)
    {
        var result = new List<Inline>();
        foreach (var node in level)
        {
            var touching = Enumerable.Range(0, plan.Count).Where(k => plan[k].Start < node.End && plan[k].End > node.Start).ToList();
            if (touching.Count == 0)
            {
                result.Add(node.Inline);
                continue;
            }
            // The replacements whose placeholder goes at this level, starting in this inline.
            var placed = touching.Where(k => owners[k] == owner && plan[k].Start >= node.Start).ToList();
            switch (node.Inline)
            {
                case TextRun t:
                    var at = node.Start;
                    foreach (var k in touching)
                    {
                        if (plan[k].Start > at)
                        {
                            result.Add(new TextRun(t.Text[(at - node.Start)..(plan[k].Start - node.Start)]));
                        }
                        if (placed.Contains(k))
                        {
                            result.Add(Placeholder(plan[k], text));
                        }
                        at = Math.Max(at, plan[k].End);
                    }
                    if (at < node.End)
                    {
                        result.Add(new TextRun(t.Text[(at - node.Start)..]));
                    }
                    continue;
                case Emphasis or Link:
                    Reframed(result, node, Rewrite(node.Children, node, plan, owners, text));
                    break;
            }
            // Anything else a replacement touches is covered whole (Affected took all of it) and goes.
            result.AddRange(placed.Select(k => Placeholder(plan[k], text)));
        }
        return result;
    }

    /// <summary>An emphasis or link with what is left of its words: blanks at a cut edge moved outside, so no marker stands beside a space; gone when nothing is left.</summary>
    private static void Reframed(List<Inline> result, Node node, List<Inline> content)
    {
        var lead = content is [TextRun first, ..] ? first.Text[..(first.Text.Length - first.Text.TrimStart(InlineText.BlankChars).Length)] : "";
        if (lead.Length > 0)
        {
            content[0] = new TextRun(((TextRun)content[0]).Text[lead.Length..]);
            result.Add(new TextRun(lead));
        }
        var trail = content is [.., TextRun last] ? last.Text[last.Text.TrimEnd(InlineText.BlankChars).Length..] : "";
        if (trail.Length > 0)
        {
            content[^1] = new TextRun(((TextRun)content[^1]).Text[..^trail.Length]);
        }
        content.RemoveAll(i => i is TextRun { Text.Length: 0 });
        if (content.Count > 0)
        {
            result.Add(node.Inline switch
            {
                Emphasis e => e with { Content = new(content) },
                Link l => l with { Content = new(content) },
                _ => node.Inline,
            });
        }
        if (trail.Length > 0)
        {
            result.Add(new TextRun(trail));
        }
    }

    private Inline Placeholder(Replacement r, RedactedText text)
    {
        var with = r.With is AttributionPlaceholder a && OpensSentence(r.Start, text.Before) ? new AttributionPlaceholder(RedactedText.Capitalised(a.Text)) : r.With;
        text.Changed(Readable(r.Start, r.End), RedactedText.Bracketed(with));
        return with;
    }

    /// <summary>Where the markup this text added right before <paramref name="at"/> (emphasis and links opening) starts.</summary>
    public int PastMarkup(int at)
    {
        while (_markers.TryGetValue(at, out var marker))
        {
            at = marker.Start;
        }
        return at;
    }

    /// <summary>True at the start of the paragraph or after a sentence's end, looking back past blanks and the markup this text added.</summary>
    private bool OpensSentence(int start, char before)
    {
        var i = start;
        while (i > 0)
        {
            if (_markers.TryGetValue(i, out var marker))
            {
                i = marker.Start;
            }
            else if (InlineText.IsBlank(Text[i - 1]) || Text[i - 1] == '\n')
            {
                i--;
            }
            else
            {
                break;
            }
        }
        var c = i > 0 ? Text[i - 1] : before;
        return c is '\0' or '.' or '?' or '!';
    }

    /// <summary>A span as the change list shows it: the words as printed, struck-out words in <c>&lt;s&gt;</c>, put-in words in brackets, emphasis unmarked, on one line.</summary>
    private string Readable(int start, int end)
    {
        var sb = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (_markersFrom.TryGetValue(i, out var marker) && marker.End <= end)
            {
                sb.Append(marker.Readable);
                i = marker.End - 1;
                continue;
            }
            sb.Append(Text[i]);
        }
        return InlineText.Flatten(sb.ToString());
    }
}

using System.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats;

/// <summary>
/// A paragraph's inlines as the writers render them: blank runs, no-break spaces and soft breaks collapsed to one
/// space, blanks trimmed at the paragraph's ends and around hard breaks, adjacent text merged, empty emphasis
/// dropped. Every writer starts here so each format spaces the same content the same way.
/// </summary>
public static class DisplayInlines
{
    /// <summary>The paragraph's inlines in display form; text runs hold plain single spaces, breaks are hard.</summary>
    public static IReadOnlyList<Inline> Of(Paragraph paragraph)
    {
        var result = new List<Inline>(paragraph.Inlines.Count);
        var collapser = new Collapser();
        collapser.Walk(paragraph.Inlines, result);
        collapser.EndLine(result);
        return result;
    }

    private sealed class Collapser
    {
        private readonly StringBuilder _run = new();
        private bool _pendingSpace;
        private bool _afterSpace = true;

        public void Walk(IEnumerable<Inline> inlines, List<Inline> into)
        {
            foreach (var inline in inlines)
            {
                switch (inline)
                {
                    case TextRun t:
                        Text(t.Text);
                        break;
                    case LineBreak:
                        EndLine(into);
                        into.Add(HardBreak);
                        _afterSpace = true;
                        break;
                    case Emphasis e:
                        EmitPendingSpace();
                        Flush(into);
                        var content = new List<Inline>();
                        Walk(e.Content, content);
                        Flush(content); // A space still pending here belongs after the emphasis.
                        if (content.Count > 0)
                        {
                            into.Add(e with { Content = new ValueList<Inline>(content) });
                        }
                        break;
                    case Link l:
                        EmitPendingSpace();
                        Flush(into);
                        var words = new List<Inline>();
                        Walk(l.Content, words);
                        Flush(words);
                        into.Add(l with { Content = new ValueList<Inline>(words) });
                        _afterSpace = false;
                        break;
                    default:
                        EmitPendingSpace();
                        Flush(into);
                        into.Add(Atom(inline));
                        _afterSpace = false;
                        break;
                }
            }
        }

        /// <summary>Ends a line at a hard break or the paragraph's end, where a pending space is trailing and dropped.</summary>
        public void EndLine(List<Inline> into)
        {
            _pendingSpace = false;
            Flush(into);
        }

        private void Flush(List<Inline> into)
        {
            if (_run.Length > 0)
            {
                into.Add(new TextRun(_run.ToString()));
                _run.Clear();
            }
        }

        private void Text(string text)
        {
            foreach (var c in text)
            {
                if ((InlineText.IsBlank(c) || c is '\n' or '\r'))
                {
                    _pendingSpace = !_afterSpace;
                    continue;
                }
                EmitPendingSpace();
                _run.Append(c);
                _afterSpace = false;
            }
        }

        private void EmitPendingSpace()
        {
            if (_pendingSpace)
            {
                _run.Append(' ');
                _pendingSpace = false;
                _afterSpace = true;
            }
        }

        private static readonly LineBreak HardBreak = new();

        private static Inline Atom(Inline inline) => inline switch
        {
            Insertion i => i with { Text = InlineText.Flatten(i.Text) },
            Deletion d => d with { Text = InlineText.Flatten(d.Text) },
            Redaction r => r with { Text = InlineText.Flatten(r.Text) },
            AttributionPlaceholder a => a with { Text = InlineText.Flatten(a.Text) },
            Note n => n with { Text = InlineText.Flatten(n.Text) },
            RawHtml h => h,
            _ => throw new InvalidOperationException($"Unknown inline {inline.GetType().Name}"),
        };
    }
}

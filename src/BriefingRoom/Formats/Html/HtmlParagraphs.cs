using System.Text;
using AngleSharp.Dom;
using BriefingRoom.Formats.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Html;

/// <summary>
/// Flattens a page's content element into source paragraphs: block elements and double <c>&lt;br&gt;</c> end a
/// paragraph, a single <c>&lt;br&gt;</c> is a hard line break, emphasis and struck-out text become typed inlines.
/// </summary>
public sealed class HtmlParagraphs
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "center", "hr", "address", "body",
        "html", "caption", "details", "summary",
    };

    private readonly List<SourceParagraph> _paragraphs = [];
    private readonly List<Frame> _frames = [new(null)];
    private int _breaks;
    private bool _content;
    private bool _lastWasSpace = true;
    private (int Line, int Column) _start;

    /// <summary>Paragraphs of <paramref name="container"/>; the document's depth was checked, so the walk's recursion is bounded.</summary>
    public static List<SourceParagraph> Of(IElement container)
    {
        var reader = new HtmlParagraphs();
        reader.Walk(container);
        reader.EndParagraph();
        return reader._paragraphs;
    }

    private void Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    Text(text.Data, node as IElement);
                    break;
                case IElement element when !HtmlContent.IsFurniture(element):
                    Element(element);
                    break;
                default:
                    break;
            }
        }
    }

    private void Element(IElement element)
    {
        switch (element.LocalName)
        {
            case "br":
                _breaks += _content ? 1 : 0;
                _lastWasSpace = true;
                break;
            case "em" or "i" or "cite" or "strong" or "b":
                _frames.Add(new Frame(element.LocalName is "strong" or "b"));
                Walk(element);
                CloseEmphasis();
                break;
            case "s" or "del" or "strike":
                var struck = HtmlMetadata.Clean(element.TextContent);
                if (struck is not null)
                {
                    Content(element);
                    _frames[^1].Items.Add(new Deletion(struck));
                    _lastWasSpace = false;
                }
                break;
            case var name when Blocks.Contains(name):
                EndParagraph();
                Walk(element);
                EndParagraph();
                break;
            default:
                Walk(element);
                break;
        }
    }

    private void Text(string data, IElement? parent)
    {
        var sb = new StringBuilder(data.Length);
        foreach (var c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (!_lastWasSpace)
                {
                    sb.Append(' ');
                    _lastWasSpace = true;
                }
            }
            else
            {
                sb.Append(c);
                _lastWasSpace = false;
            }
        }
        var text = sb.ToString();
        // Blanks alone (&nbsp; between <br>s, or before any words) are layout, not content.
        if (text.AsSpan().Trim(InlineText.BlankChars).IsEmpty && (!_content || _breaks > 0))
        {
            _lastWasSpace = true;
            return;
        }
        Content(parent);
        _frames[^1].Items.Add(new TextRun(text));
    }

    /// <summary>Called before content is added: settles pending line breaks and marks where the paragraph starts.</summary>
    private void Content(IElement? at)
    {
        if (_breaks >= 2)
        {
            EndParagraph();
        }
        else if (_breaks == 1)
        {
            var items = _frames[^1].Items;
            if (items.Count > 0 && items[^1] is TextRun last)
            {
                items[^1] = new TextRun(last.Text.TrimEnd(' '));
            }
            items.Add(new LineBreak());
        }
        _breaks = 0;
        if (!_content)
        {
            _content = true;
            var position = at?.SourceReference?.Position;
            _start = position is { } p ? (p.Line, p.Column) : (1, 1);
        }
    }

    private void CloseEmphasis()
    {
        var frame = _frames[^1];
        _frames.RemoveAt(_frames.Count - 1);
        if (frame.Items.Count > 0)
        {
            _frames[^1].Items.Add(new Emphasis(new ValueList<Inline>(frame.Items), frame.Strong ?? false));
        }
    }

    /// <summary>Closes open emphasis into the paragraph, emits it, and reopens the same emphasis for what follows.</summary>
    private void EndParagraph()
    {
        _breaks = 0;
        _lastWasSpace = true;
        if (!_content)
        {
            return;
        }
        var open = _frames.Skip(1).Select(f => f.Strong).ToList();
        while (_frames.Count > 1)
        {
            CloseEmphasis();
        }
        var inlines = InlineEdits.TrimEnd(InlineEdits.TrimStart([.. _frames[0].Items]));
        _frames[0] = new Frame(null);
        _frames.AddRange(open.Select(strong => new Frame(strong)));
        _content = false;
        var normal = InlineText.Normalize(inlines);
        // A banner sentence printed in markup the element rules do not know is still no one's words.
        if (normal.Count > 0 && !SiteBanners.IsBanner(InlineText.Flatten(InlineText.Plain(normal))))
        {
            _paragraphs.Add(new SourceParagraph(normal, _start.Line, _start.Column));
        }
    }

    /// <summary>Inlines gathered inside one open element: the paragraph itself (null) or an emphasis.</summary>
    private sealed record Frame(bool? Strong)
    {
        public List<Inline> Items { get; } = [];
    }
}

using System.Buffers;

namespace BriefingRoom.Protection;

/// <summary>
/// A text reduced to lower-case word characters and single spaces, framed by spaces, with each character's span in
/// the original text; attribute values follow the text, each after a barrier character. <see cref="Joins"/> lists
/// the spaces that may also join one word: a hyphen between letters, or after a word before blanks or a line break (a
/// wrap, which a transcript joins back as a space), or markup between two letters. Arrays are pooled:
/// dispose it.
/// </summary>
internal sealed class NormalisedText : IDisposable
{
    public char[] Chars { get; private set; }
    public int[] Starts { get; private set; }
    public int[] Ends { get; private set; }
    public int Length { get; private set; }
    public List<int> Joins { get; } = [];

    /// <summary>Spans of the original text (attribute values) read after the text, each behind a <see cref="Barrier"/>.</summary>
    public List<(int Start, int End)> Deferred { get; } = [];

    /// <summary>The words of corrections (struck out, put in), in the order they close; the two readings are built from them.</summary>
    public List<Edit> Edits { get; } = [];

    // Where the open deletion's and insertion's words start (-1: none open), and where their markers start in the original.
    private int _deletionFrom = -1;
    private int _deletionRaw;
    private int _insertionFrom = -1;
    private int _insertionRaw;

    // Attribute values, read after a barrier, hold no corrections.
    private bool _recordingEdits = true;

    // No identifier holds this character, so no match runs across it.
    private const char BarrierChar = '\u0001';

    // Hyphen (then only blanks) tracking for the run of separators since the last word character.
    private bool _runHyphen;
    private bool _runOther;

    // The run is only tags or emphasis markers, right after a word character (Sul<b>li</b>van, Sul**li**van).
    private bool _runMarkup;

    public NormalisedText(int capacity)
    {
        capacity += 2;
        Chars = ArrayPool<char>.Shared.Rent(capacity);
        Starts = ArrayPool<int>.Shared.Rent(capacity);
        Ends = ArrayPool<int>.Shared.Rent(capacity);
        Put(' ', 0, 0);
    }

    public bool LastIsWord => Chars[Length - 1] != ' ';

    public void Word(char c, int start, int end)
    {
        if (Chars[Length - 1] == ' ' && (_runHyphen && !_runOther || _runMarkup))
        {
            Joins.Add(Length - 1);
        }
        _runHyphen = _runOther = _runMarkup = false;
        Put(c, start, end);
    }

    /// <summary>
    /// A tag or emphasis marker: a separator, and also a join when it stands between two word characters with no
    /// space, since a reader then sees one word.
    /// </summary>
    public void Markup(int start, int end)
    {
        _runMarkup = LastIsWord || _runMarkup;
        _runOther = true;
        if (LastIsWord)
        {
            Put(' ', start, end);
        }
    }

    /// <summary>A correction's marker opens (<c>&lt;s&gt;</c>, <c>~~</c>, <c>[</c>) at <paramref name="rawStart"/>: its words start here. An open one stays open.</summary>
    public void OpenEdit(EditKind kind, int rawStart)
    {
        if (!_recordingEdits)
        {
            return;
        }
        if (kind == EditKind.Deletion && _deletionFrom < 0)
        {
            (_deletionFrom, _deletionRaw) = (Length, rawStart);
        }
        else if (kind == EditKind.Insertion && _insertionFrom < 0)
        {
            (_insertionFrom, _insertionRaw) = (Length, rawStart);
        }
    }

    /// <summary>A correction's marker closes, ending at <paramref name="rawEnd"/>; a close with none open is only markup.</summary>
    public void CloseEdit(EditKind kind, int rawEnd)
    {
        ref var from = ref kind == EditKind.Deletion ? ref _deletionFrom : ref _insertionFrom;
        if (from >= 0 && Length > from)
        {
            Edits.Add(new Edit(kind, from, Length, kind == EditKind.Deletion ? _deletionRaw : _insertionRaw, rawEnd));
        }
        from = -1;
    }

    // Whether a bracket here opens or closes an insertion: in JSON only inside a string, not an array's.
    private bool _bracketsAreEdits = true;

    /// <summary>Brackets from here on mark insertions or not (JSON, as a string opens and closes); an insertion left open ends.</summary>
    public void BracketsAreEdits(bool on)
    {
        _bracketsAreEdits = on;
        _insertionFrom = -1;
    }

    /// <summary>An edit found by a reader of the text's own structure (JSON's inline objects).</summary>
    public void AddEdit(Edit edit)
    {
        if (_recordingEdits)
        {
            Edits.Add(edit);
        }
    }

    /// <summary>True while a deletion opened by <c>~~</c> or a tag has not closed.</summary>
    public bool InDeletion => _deletionFrom >= 0;

    /// <summary>A separator character; several in a row become one space. Brackets open and close an insertion; a line break ends an unclosed one.</summary>
    public void Separator(int c, int start, int end)
    {
        if (c == ']' && _bracketsAreEdits)
        {
            CloseEdit(EditKind.Insertion, end);
        }
        else if (c == '\n')
        {
            _insertionFrom = -1;
        }
        _runMarkup = false;
        var fresh = LastIsWord && !_runHyphen;
        if (c is '-' or 0x2010 or 0x2011 or 0xAD && fresh)
        {
            _runHyphen = true;
        }
        else if (c is not ('\n' or '\r' or 0x2028 or ' ' or '\t' or 0xA0))
        {
            // Blanks keep a hyphen's join: "Sulli-⏎van" in a file is "Sulli- van" once the transcript model joins the wrap.
            _runOther = true;
        }
        // A soft hyphen inside a word is invisible: it separates only when a line break follows.
        if (c != 0xAD && LastIsWord)
        {
            Put(' ', start, end);
        }
        if (c == '[' && _bracketsAreEdits)
        {
            OpenEdit(EditKind.Insertion, start);
        }
    }

    /// <summary>Starts a separate stretch of text that no match can reach into from before.</summary>
    public void Barrier(int at)
    {
        _recordingEdits = false;
        _deletionFrom = _insertionFrom = -1;
        _runHyphen = _runOther = _runMarkup = false;
        Put(BarrierChar, at, at);
        Put(' ', at, at);
    }

    /// <summary>Ends the text with a space so a name at the very end is framed like any other.</summary>
    public void Finish(int end)
    {
        if (LastIsWord)
        {
            Put(' ', end, end);
        }
    }

    private void Put(char c, int start, int end)
    {
        if (Length == Chars.Length)
        {
            Grow();
        }
        Chars[Length] = c;
        Starts[Length] = start;
        Ends[Length] = end;
        Length++;
    }

    private void Grow()
    {
        var size = Chars.Length * 2;
        Chars = Regrow(Chars, size);
        Starts = Regrow(Starts, size);
        Ends = Regrow(Ends, size);
    }

    private static T[] Regrow<T>(T[] old, int size)
    {
        var bigger = ArrayPool<T>.Shared.Rent(size);
        old.CopyTo(bigger, 0);
        ArrayPool<T>.Shared.Return(old);
        return bigger;
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(Chars);
        ArrayPool<int>.Shared.Return(Starts);
        ArrayPool<int>.Shared.Return(Ends);
        Chars = [];
        Starts = Ends = [];
    }
}

/// <summary>What a correction did to the words it marks; <see cref="Structure"/> is JSON between two inlines' texts, which neither reading reads.</summary>
internal enum EditKind
{
    Deletion,
    Insertion,
    Structure,
}

/// <summary>
/// A correction's words: <see cref="From"/>..<see cref="To"/> in positions of <see cref="NormalisedText.Chars"/> (a
/// space stands before From and at To unless the words end in one), <see cref="RawStart"/>..<see cref="RawEnd"/> the
/// marked-up span in the original text.
/// </summary>
internal readonly record struct Edit(EditKind Kind, int From, int To, int RawStart, int RawEnd);

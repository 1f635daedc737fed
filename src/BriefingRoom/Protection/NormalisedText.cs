using System.Buffers;

namespace BriefingRoom.Protection;

/// <summary>
/// A text reduced to lower-case word characters and single spaces, framed by spaces, with each character's span in
/// the original text. <see cref="Joins"/> lists the spaces that stand for a hyphen ending a word before a line break
/// or blanks (a wrap, which a transcript joins back as a space), which may also join one word. Arrays are pooled:
/// dispose it.
/// </summary>
internal sealed class NormalisedText : IDisposable
{
    public char[] Chars { get; private set; }
    public int[] Starts { get; private set; }
    public int[] Ends { get; private set; }
    public int Length { get; private set; }
    public List<int> Joins { get; } = [];

    // Hyphen-then-blanks tracking for the run of separators since the last word character.
    private bool _runHyphen;
    private bool _runBlank;
    private bool _runOther;

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
        if (Chars[Length - 1] == ' ' && _runHyphen && _runBlank && !_runOther)
        {
            Joins.Add(Length - 1);
        }
        _runHyphen = _runBlank = _runOther = false;
        Put(c, start, end);
    }

    /// <summary>A separator character; several in a row become one space.</summary>
    public void Separator(int c, int start, int end)
    {
        var fresh = LastIsWord && !_runHyphen;
        if (c is '-' or 0x2010 or 0x2011 or 0xAD && fresh)
        {
            _runHyphen = true;
        }
        else if (c is '\n' or '\r' or 0x2028 or ' ' or '\t' or 0xA0)
        {
            // "Sulli-⏎van" in a file is "Sulli- van" once the transcript model joins the wrap: both may be one word.
            _runBlank = true;
        }
        else
        {
            _runOther = true;
        }
        // A soft hyphen inside a word is invisible: it separates only when a line break follows.
        if (c != 0xAD && LastIsWord)
        {
            Put(' ', start, end);
        }
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

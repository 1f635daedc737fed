namespace BriefingRoom.Protection;

/// <summary>Turns offsets, asked in increasing order, into 1-based line and column with one forward pass.</summary>
internal sealed class LinePositions(string text)
{
    private int _offset;
    private int _line = 1;
    private int _lineStart;

    public (int Line, int Column) At(int offset)
    {
        if (offset < _offset)
        {
            _offset = _lineStart = 0;
            _line = 1;
        }
        for (; _offset < offset; _offset++)
        {
            if (text[_offset] == '\n')
            {
                _line++;
                _lineStart = _offset + 1;
            }
        }
        return (_line, offset - _lineStart + 1);
    }
}

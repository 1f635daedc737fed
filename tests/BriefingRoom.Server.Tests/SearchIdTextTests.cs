using System.Text;
using BriefingRoom.Server.Archive;

namespace BriefingRoom.Server.Tests;

/// <summary>The SQLite id list as it comes over (group_concat's bytes): every id once, in order, and nothing else taken for one.</summary>
public sealed class SearchIdTextTests
{
    [Theory]
    [InlineData("", new long[0])]
    [InlineData("7", new long[] { 7 })]
    [InlineData("1,22,333,4444444444", new long[] { 1, 22, 333, 4444444444 })]
    public void Reads_each_id(string text, long[] ids)
    {
        var read = new List<long>();
        SearchIdText.Read(Encoding.UTF8.GetBytes(text), read.Add);
        Assert.Equal(ids, read);
    }

    [Fact]
    public void Anything_but_digits_and_commas_is_an_error_that_says_what()
    {
        var error = Assert.Throws<FormatException>(() => SearchIdText.Read("1,2x"u8, _ => { }));
        Assert.Contains("'x'", error.Message, StringComparison.Ordinal);
    }
}

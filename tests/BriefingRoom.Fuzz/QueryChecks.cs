using System.Text;
using BriefingRoom.Archive.Search;
using Microsoft.Data.Sqlite;

namespace BriefingRoom.Fuzz;

/// <summary>
/// What the search query parser owes any input: a query or a <see cref="SearchQueryException"/> with a column in the
/// input; words of letters and digits only (what makes the translations injection-proof); and an FTS5 text that
/// SQLite runs without a syntax error.
/// </summary>
internal static class QueryChecks
{
    // What the lexer and parser branch on, and what would be syntax to FTS5 or tsquery if it ever leaked through.
    public static readonly string[] Tokens =
    [
        " ", "(", ")", "\"", "*", "-", "|", " OR ", " AND ", " NOT ", "OR", "AND", "NOT", "or", "\t", "\n", "\u00a0", "\0",
        "\ud800", "\u200b", "sanction*", "\"Vienna Document\"", "\"strategic stab\"*", "U.S.", "COVID-19", "Kyïv", "ﬁ", "ß",
        "'", "''", "\\", ":", ":*", "<->", "<2>", "!", "&", "^", "+", "NEAR(", "NEAR/2", "col:", "{a b}:", "'); --", "**",
        "((((((((((((((((", "))))))))))))))))", "a b c d e f g h i j k l m n o p q r s t u v w x y z",
    ];

    private static readonly Lock Gate = new();
    private static SqliteConnection? _sqlite;

    public static bool Run(string input)
    {
        SearchQuery query;
        try
        {
            query = SearchQuery.Parse(input);
        }
        catch (SearchQueryException e) when (e.Column >= 1 && e.Column <= input.Length + 1)
        {
            return false;
        }
        foreach (var leaf in query.Terms())
        {
            if (leaf.Words.Count == 0 || leaf.Words.Any(w => w.Length == 0 || !w.EnumerateRunes().All(Rune.IsLetterOrDigit)))
            {
                throw new FuzzFailure($"a word that is not only letters and digits: {leaf}", query.ToString());
            }
        }
        _ = query.ToTsQuery();
        RunFts5(query.ToFts5());
        return true;
    }

    private static void RunFts5(string match)
    {
        lock (Gate)
        {
            _sqlite ??= Open();
            using var command = _sqlite.CreateCommand();
            command.CommandText = "SELECT count(*) FROM paragraphs WHERE paragraphs MATCH $q";
            command.Parameters.AddWithValue("$q", match);
            try
            {
                command.ExecuteScalar();
            }
            catch (SqliteException e)
            {
                throw new FuzzFailure($"FTS5 refuses the translation: {e.Message}", match);
            }
        }
    }

    private static SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE VIRTUAL TABLE paragraphs USING fts5(body); INSERT INTO paragraphs (body) VALUES ('strategic stability dialogue'), ('u s sanctions on covid 19');";
        command.ExecuteNonQuery();
        return connection;
    }
}

using System.Data.Common;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Archive;

/// <summary>
/// What search filters, counts and orders by, held in memory per paragraph id: its document, role, turn and number, and
/// each document's date, kind and attribution. Counting a common word's half a million matches by reading their rows
/// took seconds; looking them up here takes microseconds. Loaded on first use and topped up whenever the archive has
/// gained paragraphs (an import, or a publication, which always writes its paragraphs afresh). That test is sound
/// because paragraph ids are never reused (SQLite AUTOINCREMENT, a PostgreSQL identity): a new id means new rows.
/// </summary>
public sealed class SearchColumns : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Snapshot _current = Snapshot.Empty;

    /// <summary>The columns as of the archive's newest paragraph, reading only what was added since the last call.</summary>
    public async Task<Snapshot> CurrentAsync(DbConnection connection, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var newest = await ScalarAsync(connection, "SELECT coalesce(max(\"Id\"), 0) FROM \"ArchiveParagraphs\"", cancel);
        if (newest == _current.NewestParagraph)
        {
            return _current;
        }
        await _refresh.WaitAsync(cancel);
        try
        {
            if (newest != _current.NewestParagraph)
            {
                _current = await _current.GrowAsync(connection, newest, cancel);
            }
            return _current;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private static async Task<long> ScalarAsync(DbConnection connection, string sql, CancellationToken cancel)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Constant SQL.
        command.CommandText = sql;
#pragma warning restore CA2100
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancel), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>One immutable set of columns; a refresh builds the next and swaps it in, so searches never see it half-made.</summary>
    public sealed class Snapshot
    {
        public static readonly Snapshot Empty = new(0, [], [], [], [], [], [], [], [], []);

        /// <summary>Marks a paragraph id that is not (or no longer) in the archive.</summary>
        public const int NoDocument = -1;

        /// <summary>Marks an undated document in <see cref="Day"/>.</summary>
        public const int Undated = int.MinValue;

        private Snapshot(long newestParagraph, int[] document, byte[] role, int[] turn, int[] number,
            int[] day, byte[] kind, byte[] attribution, string[] names, long[] documentId)
        {
            NewestParagraph = newestParagraph;
            Document = document;
            Role = role;
            Turn = turn;
            Number = number;
            Day = day;
            Kind = kind;
            Attribution = attribution;
            Names = names;
            DocumentId = documentId;
        }

        public long NewestParagraph { get; }

        // Per paragraph id: the index of its document in the per-document arrays, its role, turn and number.
        public int[] Document { get; }
        public byte[] Role { get; }
        public int[] Turn { get; }
        public int[] Number { get; }

        // Per document index: date as DateOnly.DayNumber (or Undated), kind and attribution, and its row id.
        public int[] Day { get; }
        public byte[] Kind { get; }
        public byte[] Attribution { get; }
        public long[] DocumentId { get; }

        /// <summary>The strings that <see cref="Role"/>, <see cref="Kind"/> and <see cref="Attribution"/> number.</summary>
        public string[] Names { get; }

        /// <summary>The number a name has here, or -1 when no paragraph or document holds it (so nothing can match it).</summary>
        public int Code(string name) => Array.IndexOf(Names, name);

        public bool Holds(long paragraph) => paragraph > 0 && paragraph < Document.Length && Document[paragraph] != NoDocument;

        internal async Task<Snapshot> GrowAsync(DbConnection connection, long newest, CancellationToken cancel)
        {
            var names = new List<string>(Names);
            var codes = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => (byte)x.i, StringComparer.Ordinal);
            byte Code(string value)
            {
                if (!codes.TryGetValue(value, out var code))
                {
                    code = (byte)names.Count;
                    codes[value] = code;
                    names.Add(value);
                }
                return code;
            }

            // Documents are few (one per transcript) and a republished one may have changed its date or title: read all.
            var documentIndex = new Dictionary<long, int>();
            var day = new List<int>();
            var kind = new List<byte>();
            var attribution = new List<byte>();
            var documentId = new List<long>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT \"Id\", \"Date\", \"Kind\", \"Attribution\" FROM \"ArchiveDocuments\"";
                await using var reader = await command.ExecuteReaderAsync(cancel);
                while (await reader.ReadAsync(cancel))
                {
                    documentIndex[reader.GetInt64(0)] = documentId.Count;
                    documentId.Add(reader.GetInt64(0));
                    day.Add(reader.IsDBNull(1) ? Undated : StoredDates.Read(reader.GetValue(1)).DayNumber);
                    kind.Add(Code(reader.GetString(2)));
                    attribution.Add(Code(reader.GetString(3)));
                }
            }

            var size = checked((int)newest + 1);
            var document = new int[size];
            var role = new byte[size];
            var turn = new int[size];
            var number = new int[size];
            Array.Fill(document, NoDocument);
            // Paragraphs already read keep their columns (their document's index may have moved), new ones are read.
            for (var id = 1; id < Document.Length; id++)
            {
                if (Document[id] != NoDocument && documentIndex.TryGetValue(DocumentId[Document[id]], out var index))
                {
                    (document[id], role[id], turn[id], number[id]) = (index, codes[Names[Role[id]]], Turn[id], Number[id]);
                }
            }
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT \"Id\", \"DocumentId\", \"Role\", \"Turn\", \"Number\" FROM \"ArchiveParagraphs\" WHERE \"Id\" > @after";
                var after = command.CreateParameter();
                after.ParameterName = "@after";
                after.Value = NewestParagraph;
                command.Parameters.Add(after);
                await using var reader = await command.ExecuteReaderAsync(cancel);
                while (await reader.ReadAsync(cancel))
                {
                    var id = reader.GetInt64(0);
                    if (id < size && documentIndex.TryGetValue(reader.GetInt64(1), out var index))
                    {
                        (document[id], role[id], turn[id], number[id]) = (index, Code(reader.GetString(2)), reader.GetInt32(3), reader.GetInt32(4));
                    }
                }
            }
            return new Snapshot(newest, document, role, turn, number, [.. day], [.. kind], [.. attribution], [.. names], [.. documentId]);
        }
    }
}

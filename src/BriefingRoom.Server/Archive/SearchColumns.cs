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

    /// <summary>
    /// One immutable set of columns, indexed by row id (paragraph arrays by paragraph id, document arrays by document
    /// id); a refresh copies it, reads only the new rows into the copy, and swaps it in, so searches never see it half-made.
    /// </summary>
    public sealed class Snapshot
    {
        public static readonly Snapshot Empty = new(0, [], [], [], [], [], [], [], []);

        /// <summary>Marks a paragraph id that is not in the archive (ids start at 1).</summary>
        public const int NoDocument = 0;

        /// <summary>Marks an undated document in <see cref="Day"/>.</summary>
        public const int Undated = int.MinValue;

        private Snapshot(long newestParagraph, int[] document, byte[] role, int[] turn, int[] number, int[] day, byte[] kind, byte[] attribution, string[] names)
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
        }

        public long NewestParagraph { get; }

        // Per paragraph id: its document's id, its role, turn and number.
        public int[] Document { get; }
        public byte[] Role { get; }
        public int[] Turn { get; }
        public int[] Number { get; }

        // Per document id: date as DateOnly.DayNumber (or Undated), kind and attribution.
        public int[] Day { get; }
        public byte[] Kind { get; }
        public byte[] Attribution { get; }

        /// <summary>The strings that <see cref="Role"/>, <see cref="Kind"/> and <see cref="Attribution"/> number; it only grows, so codes never change.</summary>
        public string[] Names { get; }

        /// <summary>The number a name has here, or -1 when no paragraph or document holds it (so nothing can match it).</summary>
        public int Code(string name) => Array.IndexOf(Names, name);

        public bool Holds(long paragraph) => paragraph > 0 && paragraph < Document.Length && Document[paragraph] != NoDocument;

        internal async Task<Snapshot> GrowAsync(DbConnection connection, long newest, CancellationToken cancel)
        {
            var names = new List<string>(Names);
            byte Code(string value)
            {
                var code = names.IndexOf(value);
                if (code < 0)
                {
                    code = names.Count;
                    names.Add(value);
                }
                return (byte)code;
            }

            // A document is (re)read when it has new paragraphs: an import adds both, and a corrected record, which may
            // have a new date or title, is always written with new paragraphs. Its superseded paragraphs match nothing any more.
            var documents = new List<(int Id, int Day, byte Kind, byte Attribution)>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT \"Id\", \"Date\", \"Kind\", \"Attribution\" FROM \"ArchiveDocuments\" WHERE \"Id\" IN (SELECT \"DocumentId\" FROM \"ArchiveParagraphs\" WHERE \"Id\" > @after)";
                ArchiveSearch.Add(command, "@after", NewestParagraph);
                await using var reader = await command.ExecuteReaderAsync(cancel);
                while (await reader.ReadAsync(cancel))
                {
                    documents.Add((checked((int)reader.GetInt64(0)), reader.IsDBNull(1) ? Undated : StoredDates.Read(reader.GetValue(1)).DayNumber,
                        Code(reader.GetString(2)), Code(reader.GetString(3))));
                }
            }
            var documentSize = Math.Max(Day.Length, documents.Count == 0 ? 0 : documents.Max(d => d.Id) + 1);
            var (day, kind, attribution) = (Grown(Day, documentSize), Grown(Kind, documentSize), Grown(Attribution, documentSize));
            foreach (var d in documents)
            {
                (day[d.Id], kind[d.Id], attribution[d.Id]) = (d.Day, d.Kind, d.Attribution);
            }

            var size = checked((int)newest + 1);
            var (document, role, turn, number) = (Grown(Document, size), Grown(Role, size), Grown(Turn, size), Grown(Number, size));
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT \"Id\", \"DocumentId\", \"Role\", \"Turn\", \"Number\" FROM \"ArchiveParagraphs\" WHERE \"Id\" > @after AND \"Id\" <= @newest";
                ArchiveSearch.Add(command, "@after", NewestParagraph);
                ArchiveSearch.Add(command, "@newest", newest);
                await using var reader = await command.ExecuteReaderAsync(cancel);
                while (await reader.ReadAsync(cancel))
                {
                    var id = reader.GetInt64(0);
                    (document[id], role[id], turn[id], number[id]) = (checked((int)reader.GetInt64(1)), Code(reader.GetString(2)), reader.GetInt32(3), reader.GetInt32(4));
                }
            }
            return new Snapshot(newest, document, role, turn, number, day, kind, attribution, [.. names]);
        }

        private static T[] Grown<T>(T[] old, int size)
        {
            var grown = new T[Math.Max(size, old.Length)];
            Array.Copy(old, grown, old.Length);
            return grown;
        }
    }
}

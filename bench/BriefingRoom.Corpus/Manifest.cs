using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefingRoom.Corpus;

/// <summary>What a corpus run wrote: enough for an importer benchmark to check its counts and its failure report.</summary>
internal sealed record Manifest(
    long Seed,
    int Transcripts,
    string[] Formats,
    int Files,
    long Words,
    long Bytes,
    DuplicateFile[] Duplicates,
    BrokenFile[] Broken);

/// <summary><c>same-url</c>: another version under the original's source URL; <c>same-content</c>: the original's bytes under another name.</summary>
internal sealed record DuplicateFile(string Path, string Kind, string Original);

/// <summary>A file the named reader refuses, with the <c>line:col: message</c> it gives.</summary>
internal sealed record BrokenFile(string Path, string Format, string Kind, string Error);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(Manifest))]
internal sealed partial class ManifestJson : JsonSerializerContext;

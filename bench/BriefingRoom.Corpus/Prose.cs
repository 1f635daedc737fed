using System.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Corpus;

/// <summary>How one call talks: its focus topics, the gap after a sentence, and whether officials are unnamed.</summary>
internal sealed record Voice(string[] Focus, string SentenceGap, bool Background);

/// <summary>
/// Builds paragraphs word by word from the lexicon: subject, verb phrase, noun phrases joined by prepositions,
/// with now and then a note, a correction, emphasis or a bracketed attribution, as stenographers print them.
/// </summary>
internal sealed class Prose(Prng random, Lexicon lexicon, Voice voice)
{
    /// <summary>Sentence length in words: log-normal, median 17, σ 0.35, held to 5–45.</summary>
    public const double SentenceMedian = 17, SentenceSigma = 0.35;

    private readonly StringBuilder _text = new();
    private readonly List<Inline> _inlines = [];
    private int _words;

    /// <summary>A statement paragraph of about <paramref name="words"/> words.</summary>
    public Paragraph Statement(int words, double notes)
    {
        while (_words < words)
        {
            Gap();
            Sentence(Math.Max(5, Math.Min(SentenceLength(), words - _words + 3)), '.');
            if (random.Chance(notes))
            {
                Add(" " + random.Pick(Wordlists.Notes));
            }
        }
        return Take();
    }

    /// <summary>A reporter's paragraph: a greeting now and then, a question, sometimes a second one.</summary>
    public Paragraph Question(int words)
    {
        if (random.Chance(0.4))
        {
            Add(random.Pick(Wordlists.Thanks));
        }
        do
        {
            Gap();
            Add(random.Pick(Wordlists.QuestionOpeners));
            Clause(Math.Max(6, Math.Min(SentenceLength(), words - _words + 3)), lower: true);
            _text.Append('?');
        }
        while (_words < words);
        if (random.Chance(0.04))
        {
            Add(" (inaudible)");
        }
        return Take();
    }

    /// <summary>A fixed line in the call's own gap style (the moderator's and operator's formulas).</summary>
    public Paragraph Line(params string[] sentences) =>
        new(InlineText.Normalize([new TextRun(string.Join(voice.SentenceGap, sentences))]));

    public string NounPhrase()
    {
        var r = random.NextDouble();
        return r switch
        {
            < 0.40 => Determiner() + (random.Chance(0.3) ? lexicon.Adjectives.Draw(random) + " " : "") + lexicon.Nouns.Draw(random),
            < 0.62 => (random.Chance(0.5) ? "the " : "") + Topic(),
            < 0.70 => lexicon.PhraseTable.Draw(random),
            < 0.78 => lexicon.PlaceTable.Draw(random),
            _ => Determiner() + lexicon.Nouns.Draw(random) + " in " + lexicon.PlaceTable.Draw(random),
        };
    }

    /// <summary>A topical term, drawn from the call's focus nearly half the time so each call is about something.</summary>
    public string Topic() => random.Chance(0.45) ? random.Pick(voice.Focus) : lexicon.Topics.Draw(random);

    private int SentenceLength() => random.LogNormalInt(SentenceMedian, SentenceSigma, 5, 45);

    private void Sentence(int words, char end)
    {
        var start = _words;
        var opener = random.Chance(0.3);
        if (opener)
        {
            Add(random.Pick(Wordlists.Openers));
        }
        if (voice.Background && random.Chance(0.06))
        {
            Add(opener ? "as [senior administration official] said," : "As [senior administration official] said,");
            opener = true;
        }
        var subject = random.Pick(Wordlists.Subjects);
        Add(opener && subject != "I" ? char.ToLowerInvariant(subject[0]) + subject[1..] : subject);
        Clause(words - (_words - start), lower: false);
        _text.Append(end);
    }

    /// <summary>Verb phrase and noun phrases until the sentence has its words; a correction or emphasis now and then.</summary>
    private void Clause(int words, bool lower)
    {
        var start = _words;
        if (lower)
        {
            Add(random.Pick(Wordlists.Subjects) is var s && s != "I" ? char.ToLowerInvariant(s[0]) + s[1..] : "I");
        }
        Add(random.Pick(Wordlists.Auxiliaries));
        if (random.Chance(0.02))
        {
            Correction(lexicon.Verbs.Draw(random), lexicon.Verbs.Draw(random));
        }
        else
        {
            Add(lexicon.Verbs.Draw(random));
        }
        Add(NounPhrase());
        while (_words - start < words)
        {
            if (random.Chance(0.015))
            {
                Emphasize(lexicon.Nouns.Draw(random));
            }
            Add(random.Pick(Wordlists.Prepositions));
            Add(NounPhrase());
        }
    }

    private string Determiner() => random.Pick(Wordlists.Determiners) + " ";

    /// <summary>Struck-out words followed by the bracketed fix: <c>&lt;s&gt;old&lt;/s&gt; [new]</c>.</summary>
    private void Correction(string struck, string inserted)
    {
        _text.Append(' ');
        Flush();
        _inlines.Add(new Deletion(struck));
        _text.Append(" [").Append(inserted).Append(']');
        _words += Count(inserted);
    }

    private void Emphasize(string word)
    {
        _text.Append(' ');
        Flush();
        _inlines.Add(new Emphasis([new TextRun(word)]));
        _words++;
    }

    private void Gap()
    {
        if (_words > 0)
        {
            _text.Append(voice.SentenceGap);
        }
    }

    private void Add(string words)
    {
        if (_text.Length > 0 && !InlineText.IsBlank(_text[^1]) && words[0] != ' ')
        {
            _text.Append(' ');
        }
        else if (_text.Length == 0 && _inlines.Count > 0)
        {
            _text.Append(' ');
        }
        _text.Append(words);
        _words += Count(words);
    }

    private static int Count(string words)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in words)
        {
            var blank = c == ' ';
            n += !blank && !inWord ? 1 : 0;
            inWord = !blank;
        }
        return n;
    }

    private void Flush()
    {
        if (_text.Length > 0)
        {
            _inlines.Add(new TextRun(_text.ToString()));
            _text.Clear();
        }
    }

    private Paragraph Take()
    {
        Flush();
        var paragraph = new Paragraph(InlineText.Normalize(_inlines));
        _inlines.Clear();
        _words = 0;
        return paragraph;
    }
}

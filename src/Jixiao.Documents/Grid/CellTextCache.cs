using System.Runtime.InteropServices;

namespace Jixiao.Documents.Grid;

/// <summary>
/// What readers ask of a short cell text — its key (<see cref="GridText.Key"/>) and its match in each label set —
/// answered once per read for all the read's grids. A document's tables repeat their headings (一级指标, 指标值), level
/// names (产出指标, 数量指标), units and short values (100%, 是), and the goal-table reader asks every cell of every row
/// for a column heading, a head label and a block end: without this, each grid worked the same answers out again for
/// its own cells, fuzzy matching included. The answers depend on the text alone, so sharing them changes nothing read.
/// </summary>
/// <remarks>One per read, never shared between threads (as <see cref="CellTextPool"/>). Texts longer than
/// <see cref="MaxLength"/> (indicator names, goals) rarely repeat: their grid answers them per cell, as without this
/// cache.</remarks>
internal sealed class CellTextCache
{
    /// <summary>The pool's limit: the texts that repeat (<see cref="CellTextPool"/>).</summary>
    public const int MaxLength = CellTextPool.MaxPooled;

    /// <summary>Marks a text asked for its label that is none, so "not asked" needs no flag.</summary>
    private static readonly TextLabel NoLabel = new(new LabelMatch(string.Empty, LabelMatchKind.Exact, string.Empty, string.Empty), null, string.Empty);

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<Answers> _answers = [];

    /// <summary>True for a text this cache answers: a short one (the empty text included: a goal table has thousands
    /// of empty cells, all answered alike).</summary>
    public static bool Holds(string text) => text.Length <= MaxLength;

    /// <summary>The number by which a grid asks for the answers of <paramref name="text"/> (a text <see cref="Holds"/>):
    /// the same for equal texts, so a grid keeps an int per cell instead of looking the text up at every question.</summary>
    public int IdOf(string text)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, text, out var exists);
        if (!exists)
        {
            id = _answers.Count;
            _answers.Add(new Answers(text));
        }

        return id;
    }

    /// <summary><see cref="GridText.Key"/> of <paramref name="text"/>, worked out once per read.</summary>
    public string Key(string text) => Key(IdOf(text));

    /// <summary><see cref="GridText.Key"/> of the text numbered <paramref name="id"/> (<see cref="IdOf"/>).</summary>
    public string Key(int id) => _answers[id].Key;

    /// <summary><see cref="LabelSet.Match(int, string)"/> of <paramref name="text"/>, worked out once per read and label set.</summary>
    public LabelMatch? Match(string text, LabelSet labels) => Match(IdOf(text), labels);

    /// <summary><see cref="LabelSet.Match(int, string)"/> of the text numbered <paramref name="id"/>, worked out once per
    /// read and label set.</summary>
    public LabelMatch? Match(int id, LabelSet labels)
    {
        var answers = _answers[id];
        if (ReferenceEquals(answers.First, labels))
        {
            return answers.FirstMatch;
        }

        if (ReferenceEquals(answers.Second, labels))
        {
            return answers.SecondMatch;
        }

        if (answers.More is { } more)
        {
            foreach (var (set, match, _) in more)
            {
                if (ReferenceEquals(set, labels))
                {
                    return match;
                }
            }
        }

        var found = labels.Match(answers.Text.Length, answers.Key);
        if (answers.First is null)
        {
            (answers.First, answers.FirstMatch) = (labels, found);
        }
        else if (answers.Second is null)
        {
            (answers.Second, answers.SecondMatch) = (labels, found);
        }
        else
        {
            (answers.More ??= []).Add((labels, found, null));
        }

        return found;
    }

    /// <summary>The label a cell of the text numbered <paramref name="id"/> is in <paramref name="labels"/>
    /// (<see cref="GridSearch.LabelOf"/>), worked out once per read and label set; null when it is none.</summary>
    public TextLabel? Label(int id, LabelSet labels)
    {
        var match = Match(id, labels);
        var answers = _answers[id];
        if (ReferenceEquals(answers.First, labels))
        {
            answers.FirstLabel ??= Find(answers, match, labels);
            return Found(answers.FirstLabel);
        }

        if (ReferenceEquals(answers.Second, labels))
        {
            answers.SecondLabel ??= Find(answers, match, labels);
            return Found(answers.SecondLabel);
        }

        var more = answers.More!;
        for (var i = 0; i < more.Count; i++)
        {
            if (ReferenceEquals(more[i].Set, labels))
            {
                if (more[i].Label is null)
                {
                    more[i] = more[i] with { Label = Find(answers, match, labels) };
                }

                return Found(more[i].Label);
            }
        }

        throw new InvalidOperationException("A label set asked for a match is kept.");
    }

    private static TextLabel Find(Answers answers, LabelMatch? match, LabelSet labels) =>
        GridSearch.Find(answers.Text, answers.Key, match, labels) ?? NoLabel;

    private static TextLabel? Found(TextLabel? label) => ReferenceEquals(label, NoLabel) ? null : label;

    /// <summary>A text's key and its matches (and labels) in the label sets asked so far: the two a goal-table read asks (column
    /// headings, head labels) in place, any further one in a list — no array per text grown set by set.</summary>
    private sealed class Answers(string text)
    {
        public string Text { get; } = text;

        /// <remarks>Made when first asked.</remarks>
        public string Key => field ??= GridText.Key(Text);

        public LabelSet? First { get; set; }

        public LabelMatch? FirstMatch { get; set; }

        public LabelSet? Second { get; set; }

        public LabelMatch? SecondMatch { get; set; }

        /// <summary>The text's label in <see cref="First"/>; null: not asked yet.</summary>
        public TextLabel? FirstLabel { get; set; }

        public TextLabel? SecondLabel { get; set; }

        public List<(LabelSet Set, LabelMatch? Match, TextLabel? Label)>? More { get; set; }
    }
}

namespace Jixiao.Application.Review;

/// <summary>
/// The ids of finding texts (<see cref="Data.Entities.FindingText"/>) one reviewer has seen committed, so that its
/// later writes — the next batches of `jixiao db review` — find a text again without asking the database. A text row
/// is never changed or deleted once committed, so its id stays right for the life of the process; the ids a write
/// found or added are kept only after that write committed (a rolled-back write's new rows do not exist).
/// </summary>
internal sealed class KnownFindingTexts
{
    /// <summary>Enough for the texts every rule repeats and the advice that recurs across a region's projects; beyond
    /// it texts are looked up as before, so memory stays bounded however many distinct amounts the advice quotes.</summary>
    internal const int Capacity = 20_000;

    private readonly Dictionary<(string Fix, string Source), long> ids = [];

    public bool TryGet((string Fix, string Source) text, out long id) => ids.TryGetValue(text, out id);

    /// <summary>Keeps <paramref name="texts"/>, the ids of a write that has committed.</summary>
    public void AddCommitted(IReadOnlyDictionary<(string Fix, string Source), long> texts)
    {
        foreach (var (text, id) in texts)
        {
            if (ids.Count >= Capacity)
            {
                return;
            }

            ids.TryAdd(text, id);
        }
    }
}

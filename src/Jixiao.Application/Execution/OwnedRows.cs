namespace Jixiao.Application.Execution;

/// <summary>Brings a stored list of owned rows in line with the wanted rows by key, updating rows in place: EF
/// cannot track a new row object with the key of one it already tracks.</summary>
internal static class OwnedRows
{
    public static void Sync<T, TKey>(List<T> stored, IReadOnlyList<T> wanted, Func<T, TKey> key, Action<T, T> copy)
        where TKey : notnull
    {
        var byKey = wanted.ToDictionary(key);
        stored.RemoveAll(s => !byKey.ContainsKey(key(s)));
        foreach (var row in wanted)
        {
            var existing = stored.FirstOrDefault(s => EqualityComparer<TKey>.Default.Equals(key(s), key(row)));
            if (existing is null)
            {
                stored.Add(row);
            }
            else
            {
                copy(existing, row);
            }
        }
    }
}

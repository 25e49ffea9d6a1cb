using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Library;

/// <summary>
/// Builds library entries from indicator rows, streamed: <see cref="Add"/> each row of the approved tables, then
/// <see cref="Entries"/>. Every row counts for its region and for the national base (region ""). Names, bases and
/// project kinds repeat on most rows, so each distinct text is normalised once.
/// </summary>
public sealed class LibraryAggregator
{
    /// <summary>The region code of the national base.</summary>
    public const string National = "";

    private const int ExamplesKept = 5;
    private const int CountsKept = 10;

    private readonly Dictionary<(string Region, string Key), Accumulator> _entries = [];
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _kinds = new(StringComparer.Ordinal);
    private readonly ProjectKinds _projectKinds;

    public LibraryAggregator(ProjectKinds? projectKinds = null) => _projectKinds = projectKinds ?? ProjectKinds.Default;

    public int Rows { get; private set; }

    public void Add(IndicatorUse use)
    {
        ArgumentNullException.ThrowIfNull(use);
        var key = KeyOf(use.Name);
        if (key.Length == 0)
        {
            return;
        }

        Rows++;
        if (!_kinds.TryGetValue(use.ProjectName, out var kinds))
        {
            kinds = _projectKinds.Of(use.ProjectName);
            _kinds[use.ProjectName] = kinds;
        }

        Accumulate(use.RegionCode, key, use, kinds);
        if (use.RegionCode.Length > 0)
        {
            Accumulate(National, key, use, kinds);
        }
    }

    /// <summary>The entries learned so far, by region then key.</summary>
    public IEnumerable<LibraryEntry> Entries() =>
        _entries.OrderBy(e => e.Key.Region, StringComparer.Ordinal).ThenBy(e => e.Key.Key, StringComparer.Ordinal)
            .Select(e => e.Value.ToEntry(e.Key.Region, e.Key.Key));

    private string KeyOf(string name)
    {
        if (!_keys.TryGetValue(name, out var key))
        {
            key = IndicatorNames.Key(name);
            _keys[name] = key;
        }

        return key;
    }

    private void Accumulate(string region, string key, IndicatorUse use, IReadOnlyList<string> kinds)
    {
        if (!_entries.TryGetValue((region, key), out var entry))
        {
            entry = new Accumulator();
            _entries[(region, key)] = entry;
        }

        entry.Add(use, kinds);
    }

    private sealed class Accumulator
    {
        private readonly Dictionary<string, int> _spellings = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string, string), int> _placements = [];
        private readonly Dictionary<string, UnitAccumulator> _units = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _bases = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _flags = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Name, int Count)> _departments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _keywords = new(StringComparer.Ordinal);
        private readonly HashSet<int> _projects = [];
        private readonly List<string> _examples = [];
        private int _uses;
        private int _flagged;
        private int _firstYear = int.MaxValue;
        private int _lastYear = int.MinValue;

        public void Add(IndicatorUse use, IReadOnlyList<string> kinds)
        {
            _uses++;
            Increment(_spellings, use.Name.Trim());
            var placement = (use.Profile, use.Level1.Trim(), use.Level2.Trim());
            _placements[placement] = _placements.GetValueOrDefault(placement) + 1;
            if (!_units.TryGetValue(use.Unit, out var unit))
            {
                unit = new UnitAccumulator();
                _units[use.Unit] = unit;
            }

            unit.Add(use);
            if (use.Basis.Trim() is { Length: > 0 } basis)
            {
                Increment(_bases, basis);
            }

            if (use.Flags.Count > 0)
            {
                _flagged++;
                foreach (var flag in use.Flags)
                {
                    Increment(_flags, flag);
                }
            }

            var department = _departments.GetValueOrDefault(use.DepartmentCode);
            _departments[use.DepartmentCode] = (department.Name ?? use.DepartmentName, department.Count + 1);
            foreach (var kind in kinds)
            {
                Increment(_keywords, kind);
            }

            if (_projects.Add(use.ProjectId) && _examples.Count < ExamplesKept)
            {
                var example = use.ProjectCode.Length > 0 ? use.ProjectCode : use.ProjectName;
                if (!_examples.Contains(example))
                {
                    _examples.Add(example);
                }
            }

            _firstYear = Math.Min(_firstYear, use.Year);
            _lastYear = Math.Max(_lastYear, use.Year);
        }

        public LibraryEntry ToEntry(string region, string key)
        {
            var placements = _placements.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item1, StringComparer.Ordinal)
                .Select(p => new LibraryPlacement(p.Key.Item1, p.Key.Item2, p.Key.Item3, p.Value)).ToList();
            return new LibraryEntry
            {
                RegionCode = region,
                Key = key,
                Name = Top(_spellings, 1)[0].Text,
                Level1 = placements[0].Level1,
                Level2 = placements[0].Level2,
                Uses = _uses,
                Projects = _projects.Count,
                FirstYear = _firstYear,
                LastYear = _lastYear,
                FlaggedRows = _flagged,
                Spellings = Top(_spellings, CountsKept),
                Placements = placements,
                Units = [.. _units.OrderByDescending(u => u.Value.Count).ThenBy(u => u.Key, StringComparer.Ordinal).Select(u => u.Value.ToFacts(u.Key))],
                Bases = Top(_bases, CountsKept),
                Flags = Top(_flags, CountsKept),
                Departments = [.. _departments.OrderByDescending(d => d.Value.Count).ThenBy(d => d.Key, StringComparer.Ordinal).Take(CountsKept)
                    .Select(d => new LibraryCount(d.Key, d.Value.Count, d.Value.Name))],
                Keywords = Top(_keywords, CountsKept),
                Examples = [.. _examples],
            };
        }

        private static void Increment(Dictionary<string, int> counts, string text) => counts[text] = counts.GetValueOrDefault(text) + 1;

        private static List<LibraryCount> Top(Dictionary<string, int> counts, int take) =>
            [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(take).Select(c => new LibraryCount(c.Key, c.Value))];
    }

    private sealed class UnitAccumulator
    {
        private readonly List<decimal> _values = [];
        private readonly Dictionary<int, List<decimal>> _byYear = [];

        public int Count { get; private set; }

        private int _higher;
        private int _lower;
        private int _other;

        public void Add(IndicatorUse use)
        {
            Count++;
            if (use.Comparator is { } c && c.IsHigherBetter())
            {
                _higher++;
            }
            else if (use.Comparator is { } l && l.IsLowerBetter())
            {
                _lower++;
            }
            else
            {
                _other++;
            }

            if (use.Number is { } number && use.Unit.Length > 0)
            {
                _values.Add(number);
                if (!_byYear.TryGetValue(use.Year, out var year))
                {
                    year = [];
                    _byYear[use.Year] = year;
                }

                year.Add(number);
            }
        }

        public LibraryUnitFacts ToFacts(string unit) => new(
            unit, Count, _higher, _lower, _other, TargetDistribution.Of(_values),
            [.. _byYear.OrderBy(y => y.Key).Select(y => new LibraryYearFacts(y.Key, TargetDistribution.Of(y.Value)!))]);
    }
}

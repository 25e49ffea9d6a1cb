namespace Jixiao.Documents.Grid;

/// <summary>
/// Some cells of one <see cref="CellGrid"/> in order — a row, the cells starting in a row, the whole grid — as a
/// range of the grid's cells or a slice of an index array, without a list object: readers ask for every row
/// several times. <c>foreach</c> needs no allocation; as an <see cref="IReadOnlyList{T}"/> it is boxed.
/// </summary>
public readonly struct GridCellList : IReadOnlyList<GridCell>
{
    private readonly CellGrid? _grid;
    private readonly int[]? _indices;
    private readonly int _start;

    /// <summary>Cells <paramref name="start"/>.. of <paramref name="grid"/> when <paramref name="indices"/> is null,
    /// else the cells whose indices are <paramref name="indices"/>[<paramref name="start"/>..].</summary>
    internal GridCellList(CellGrid grid, int[]? indices, int start, int count)
    {
        _grid = grid;
        _indices = indices;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public GridCell this[int index] =>
        (uint)index < (uint)Count
            ? new GridCell(_grid!, _indices is null ? _start + index : _indices[_start + index])
            : throw new ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<GridCell> IEnumerable<GridCell>.GetEnumerator() => GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<GridCell>
    {
        private readonly GridCellList _list;
        private int _position;

        internal Enumerator(GridCellList list)
        {
            _list = list;
            _position = -1;
        }

        public readonly GridCell Current => _list[_position];

        readonly object System.Collections.IEnumerator.Current => Current;

        public bool MoveNext() => ++_position < _list.Count;

        public void Reset() => _position = -1;

        public readonly void Dispose()
        {
        }
    }
}

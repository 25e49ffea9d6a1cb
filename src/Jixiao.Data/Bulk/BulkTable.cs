using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Jixiao.Data.Bulk;

/// <summary>
/// The table and columns of an entity type, read from the EF model (names, store types, value converters), so
/// bulk inserts always match the migrations without a hand-written column list.
/// </summary>
internal sealed class BulkTable
{
    private BulkTable(string name, IReadOnlyList<BulkColumn> columns)
    {
        Name = name;
        Columns = columns;
    }

    public string Name { get; }

    public IReadOnlyList<BulkColumn> Columns { get; }

    public string QuotedColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));

    private static readonly ConcurrentDictionary<(IModel, Type), BulkTable> Cache = new();

    public static BulkTable For<T>(DbContext db) => Cache.GetOrAdd((db.Model, typeof(T)), key => Build(key.Item1, key.Item2));

    private static BulkTable Build(IModel model, Type type)
    {
        var entity = model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => Column(p, table)).ToList();
        return new BulkTable(entity.GetTableName()!, columns);
    }

    /// <summary>Reads the value as the database stores it (enums as their names …), by its own type.</summary>
    private static BulkColumn Column(IProperty property, StoreObjectIdentifier table) =>
        BulkColumn.Create(property.GetColumnName(table)!, StoreType(property.GetColumnType()),
            property.PropertyInfo ?? throw new InvalidOperationException($"{property.Name} has no CLR property."), property.GetTypeMapping().Converter);

    /// <summary>"character varying(21)" → "character varying": the type name a binary COPY expects.</summary>
    private static string StoreType(string columnType)
    {
        var paren = columnType.IndexOf('(', StringComparison.Ordinal);
        return paren < 0 ? columnType : columnType[..paren];
    }
}

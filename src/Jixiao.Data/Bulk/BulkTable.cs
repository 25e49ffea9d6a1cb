using System.Collections.Concurrent;
using System.Linq.Expressions;
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
        var columns = entity.GetProperties().Select(p => new BulkColumn(p.GetColumnName(table)!, StoreType(p.GetColumnType()), Getter(p))).ToList();
        return new BulkTable(entity.GetTableName()!, columns);
    }

    /// <summary>"character varying(21)" → "character varying": the type name a binary COPY expects.</summary>
    private static string StoreType(string columnType)
    {
        var paren = columnType.IndexOf('(', StringComparison.Ordinal);
        return paren < 0 ? columnType : columnType[..paren];
    }

    /// <summary>A compiled getter that returns the value as the database stores it (enums as their names …).</summary>
    private static Func<object, object?> Getter(IProperty property)
    {
        var info = property.PropertyInfo ?? throw new InvalidOperationException($"{property.Name} has no CLR property.");
        var parameter = Expression.Parameter(typeof(object));
        var read = Expression.Lambda<Func<object, object?>>(
            Expression.Convert(Expression.Property(Expression.Convert(parameter, info.DeclaringType!), info), typeof(object)), parameter).Compile();
        var converter = property.GetTypeMapping().Converter;
        if (converter is null)
        {
            return read;
        }

        var toProvider = converter.ConvertToProvider;
        return entity => read(entity) is { } value ? toProvider(value) : null;
    }
}

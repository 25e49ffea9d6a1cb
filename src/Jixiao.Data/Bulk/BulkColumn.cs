using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

namespace Jixiao.Data.Bulk;

/// <summary>
/// A column of a table written in bulk: reads its value from a row as the database stores it (value converters
/// applied) and hands it to the COPY stream or the prepared statement by its own type. Reading through
/// <c>object</c> boxed every number, date and converted enum, and the writers then switched on the box's type, per
/// value: for the import's 360,000 indicator rows of 20,000 projects, millions of values.
/// </summary>
internal abstract class BulkColumn(string name, string storeType)
{
    public string Name { get; } = name;

    /// <summary>The column's type as the migrations declare it, without length: "character varying", "numeric" …</summary>
    public string StoreType { get; } = storeType;

    public abstract void Write(NpgsqlBinaryImporter importer, object row, NpgsqlDbType type);

    public abstract int Bind(sqlite3_stmt statement, int index, object row, Utf8Scratch texts);

    /// <summary>A column reading <paramref name="property"/> of a row and converting it with
    /// <paramref name="converter"/> (applied to values, never to NULL, as EF applies it).</summary>
    public static BulkColumn Create(string name, string storeType, System.Reflection.PropertyInfo property, ValueConverter? converter)
    {
        var row = Expression.Parameter(typeof(object), "row");
        Expression value = Expression.Property(Expression.Convert(row, property.DeclaringType!), property);
        if (converter is not null)
        {
            value = Converted(value, converter);
        }

        var nullable = Nullable.GetUnderlyingType(value.Type);
        var column = nullable is null
            ? typeof(Column<>).MakeGenericType(value.Type)
            : typeof(NullableColumn<>).MakeGenericType(nullable);
        var read = Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(object), value.Type), value, row).Compile();
        return (BulkColumn)Activator.CreateInstance(column, name, storeType, read)!;
    }

    /// <summary>The converter's own expression, inlined: a nullable value is converted when it has one.</summary>
    private static Expression Converted(Expression value, ValueConverter converter)
    {
        var convert = converter.ConvertToProviderExpression;
        var model = convert.Parameters[0].Type;
        var provider = convert.ReturnType;
        if (value.Type == model)
        {
            return Inline(convert, value);
        }

        if (Nullable.GetUnderlyingType(value.Type) == model)
        {
            var result = provider.IsValueType && Nullable.GetUnderlyingType(provider) is null ? typeof(Nullable<>).MakeGenericType(provider) : provider;
            return Expression.Condition(
                Expression.Property(value, "HasValue"),
                Expression.Convert(Inline(convert, Expression.Property(value, "Value")), result),
                Expression.Default(result));
        }

        return Inline(convert, Expression.Convert(value, model));
    }

    private static Expression Inline(LambdaExpression lambda, Expression argument) =>
        new Replace(lambda.Parameters[0], argument).Visit(lambda.Body);

    private sealed class Replace(ParameterExpression parameter, Expression with) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? with : node;
    }

    /// <summary>A column whose value is never a NULL of a value type (numbers, dates, flags; texts may be null).</summary>
    private sealed class Column<T>(string name, string storeType, Func<object, T> read) : BulkColumn(name, storeType)
    {
        public override void Write(NpgsqlBinaryImporter importer, object row, NpgsqlDbType type)
        {
            var value = read(row);
            if (value is null)
            {
                importer.WriteNull();
            }
            else
            {
                importer.Write(value, type);
            }
        }

        public override int Bind(sqlite3_stmt statement, int index, object row, Utf8Scratch texts) =>
            SqliteValues.Bind(statement, index, read(row), texts);
    }

    /// <summary>A column of a nullable number, date or flag.</summary>
    private sealed class NullableColumn<T>(string name, string storeType, Func<object, T?> read) : BulkColumn(name, storeType)
        where T : struct
    {
        public override void Write(NpgsqlBinaryImporter importer, object row, NpgsqlDbType type)
        {
            if (read(row) is { } value)
            {
                importer.Write(value, type);
            }
            else
            {
                importer.WriteNull();
            }
        }

        public override int Bind(sqlite3_stmt statement, int index, object row, Utf8Scratch texts) =>
            read(row) is { } value ? SqliteValues.Bind(statement, index, value, texts) : raw.sqlite3_bind_null(statement, index);
    }
}

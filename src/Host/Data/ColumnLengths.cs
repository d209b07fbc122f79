using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PerfEval.Host.Data;

/// <summary>The maximum lengths of an entity's text columns as one table, instead of a <c>Property(…).HasMaxLength(…)</c> line each.</summary>
internal static class ColumnLengths
{
    public static EntityTypeBuilder<T> HasMaxLengths<T>(this EntityTypeBuilder<T> b, params (Expression<Func<T, string?>> Property, int Length)[] columns)
        where T : class
    {
        foreach (var (property, length) in columns)
        {
            b.Property(property).HasMaxLength(length);
        }

        return b;
    }
}

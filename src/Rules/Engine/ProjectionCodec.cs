using System.Buffers.Binary;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Engine;

/// <summary>
/// The scoring projection in binary: every settable public property of the projected sections, in declaration order,
/// decimals as their four integers, strings as UTF-8 with a length — no property names, no number parsing. Decoding is
/// what an impact run spends most of its time on, and JSON decoding cost several times this.
/// </summary>
/// <remarks>
/// The layout follows the model's properties, so the header carries a hash of that shape: bytes written by a build whose
/// model differed are refused (<see cref="IsCurrent"/>) and callers score the whole form instead, as for rows never
/// projected. A null object or list is left at its default when read, as a JSON property omitted for being null is.
/// </remarks>
internal static class ProjectionCodec
{
    /// <summary>First byte of the binary form (JSON starts with <c>{</c>).</summary>
    public const byte Marker = 0xB1;

    private const int HeaderLength = 9;

    private static readonly IValueCodec<FundingGrid?> FundingCodec = Codecs.For<FundingGrid?>();
    private static readonly IValueCodec<List<IndicatorRow>?> IndicatorsCodec = Codecs.For<List<IndicatorRow>?>();
    private static readonly IValueCodec<List<IndicatorAssessment>?> AssessmentsCodec = Codecs.For<List<IndicatorAssessment>?>();
    private static readonly IValueCodec<List<RubricSelfScore>?> SelfScoresCodec = Codecs.For<List<RubricSelfScore>?>();
    private static readonly IValueCodec<DepartmentSection?> DepartmentCodec = Codecs.For<DepartmentSection?>();

    /// <summary>The hash of the model's shape the bytes were written with.</summary>
    internal static readonly ulong Shape = ShapeHash(FundingCodec, IndicatorsCodec, AssessmentsCodec, SelfScoresCodec, DepartmentCodec);

    /// <summary>Writes the sections of <paramref name="report"/> that <see cref="ScoringInput.Members"/> names.</summary>
    public static byte[] Write(ReportDocument report)
    {
        var w = new Writer(1024);
        w.Byte(Marker);
        w.UInt64(Shape);
        FundingCodec.Write(ref w, report.Funding);
        IndicatorsCodec.Write(ref w, report.Indicators);
        AssessmentsCodec.Write(ref w, report.Assessments);
        SelfScoresCodec.Write(ref w, report.RubricSelfScores);
        DepartmentCodec.Write(ref w, report.Department);
        return w.ToArray();
    }

    /// <summary>Whether <paramref name="data"/> is this codec's output for the current model.</summary>
    public static bool IsCurrent(ReadOnlySpan<byte> data) =>
        data.Length >= HeaderLength && data[0] == Marker && BinaryPrimitives.ReadUInt64LittleEndian(data[1..]) == Shape;

    /// <summary>Reads what <see cref="Write"/> wrote; the other sections stay empty.</summary>
    /// <exception cref="FormatException">The bytes are not a current projection.</exception>
    public static ReportDocument Read(ReadOnlySpan<byte> data)
    {
        if (!IsCurrent(data))
        {
            throw new FormatException("Not a scoring projection of the current model.");
        }

        var r = new Reader(data[HeaderLength..]);
        var report = new ReportDocument();
        if (FundingCodec.Read(ref r) is { } funding)
        {
            report.Funding = funding;
        }

        if (IndicatorsCodec.Read(ref r) is { } indicators)
        {
            report.Indicators = indicators;
        }

        if (AssessmentsCodec.Read(ref r) is { } assessments)
        {
            report.Assessments = assessments;
        }

        if (SelfScoresCodec.Read(ref r) is { } selfScores)
        {
            report.RubricSelfScores = selfScores;
        }

        report.Department = DepartmentCodec.Read(ref r);
        return r.AtEnd ? report : throw new FormatException("Trailing bytes after a scoring projection.");
    }

    private static ulong ShapeHash(params IShaped[] codecs)
    {
        var text = string.Join(";", codecs.Select(c => c.Shape));
        return BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    internal interface IShaped
    {
        string Shape { get; }
    }

    internal interface IValueCodec<T> : IShaped
    {
        void Write(ref Writer w, T value);

        T Read(ref Reader r);
    }

    /// <summary>Codecs by type, built once by reflection over the model (the only reflection: none per report).</summary>
    private static class Codecs
    {
        private static readonly Dictionary<Type, object> Built = [];

        public static IValueCodec<T> For<T>() => (IValueCodec<T>)For(typeof(T));

        private static object For(Type t)
        {
            lock (Built)
            {
                if (Built.TryGetValue(t, out var found))
                {
                    return found;
                }

                var codec = Create(t);
                Built[t] = codec;
                return codec;
            }
        }

        private static object Create(Type t)
        {
            if (t == typeof(string))
            {
                return new StringCodec();
            }

            if (t == typeof(decimal))
            {
                return new DecimalCodec();
            }

            if (t == typeof(int))
            {
                return new IntCodec();
            }

            if (t == typeof(bool))
            {
                return new BoolCodec();
            }

            if (t.IsEnum && Enum.GetUnderlyingType(t) == typeof(int))
            {
                return Activator.CreateInstance(typeof(EnumCodec<>).MakeGenericType(t))!;
            }

            if (Nullable.GetUnderlyingType(t) is { } inner)
            {
                return Activator.CreateInstance(typeof(NullableCodec<>).MakeGenericType(inner), For(inner))!;
            }

            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>))
            {
                var item = t.GetGenericArguments()[0];
                return Activator.CreateInstance(typeof(ListCodec<>).MakeGenericType(item), For(item))!;
            }

            if (t.IsClass && t.GetConstructor(Type.EmptyTypes) is not null && t.Namespace == typeof(ReportDocument).Namespace)
            {
                // Registered before its members so that a type can hold itself.
                var codec = Activator.CreateInstance(typeof(ObjectCodec<>).MakeGenericType(t))!;
                Built[t] = codec;
                var members = t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.GetMethod is { IsPublic: true } && p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
                    .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
                    .OrderBy(p => p.MetadataToken)
                    .Select(p => Activator.CreateInstance(typeof(Member<,>).MakeGenericType(t, p.PropertyType), p, For(p.PropertyType))!)
                    .ToArray();
                ((IObjectCodec)codec).Init(members);
                return codec;
            }

            throw new NotSupportedException($"The scoring projection cannot hold {t}: add it to {nameof(ProjectionCodec)}.");
        }
    }

    private sealed class StringCodec : IValueCodec<string?>
    {
        public string Shape => "s";

        public void Write(ref Writer w, string? value) => w.String(value);

        public string? Read(ref Reader r) => r.String();
    }

    private sealed class DecimalCodec : IValueCodec<decimal>
    {
        public string Shape => "m";

        public void Write(ref Writer w, decimal value) => w.Decimal(value);

        public decimal Read(ref Reader r) => r.Decimal();
    }

    private sealed class IntCodec : IValueCodec<int>
    {
        public string Shape => "i";

        public void Write(ref Writer w, int value) => w.Int32(value);

        public int Read(ref Reader r) => r.Int32();
    }

    private sealed class BoolCodec : IValueCodec<bool>
    {
        public string Shape => "b";

        public void Write(ref Writer w, bool value) => w.Byte(value ? (byte)1 : (byte)0);

        public bool Read(ref Reader r) => r.Byte() != 0;
    }

    private sealed class EnumCodec<TEnum> : IValueCodec<TEnum>
        where TEnum : struct, Enum
    {
        public string Shape => $"e{typeof(TEnum).Name}({string.Join(",", Enum.GetNames<TEnum>())})";

        public void Write(ref Writer w, TEnum value) => w.Int32(System.Runtime.CompilerServices.Unsafe.As<TEnum, int>(ref value));

        public TEnum Read(ref Reader r)
        {
            var v = r.Int32();
            return System.Runtime.CompilerServices.Unsafe.As<int, TEnum>(ref v);
        }
    }

    private sealed class NullableCodec<TValue>(IValueCodec<TValue> value) : IValueCodec<TValue?>
        where TValue : struct
    {
        public string Shape => "?" + value.Shape;

        public void Write(ref Writer w, TValue? v)
        {
            w.Byte(v.HasValue ? (byte)1 : (byte)0);
            if (v.HasValue)
            {
                value.Write(ref w, v.Value);
            }
        }

        public TValue? Read(ref Reader r) => r.Byte() == 0 ? null : value.Read(ref r);
    }

    private sealed class ListCodec<TItem>(IValueCodec<TItem> item) : IValueCodec<List<TItem>?>
    {
        public string Shape => "[" + item.Shape + "]";

        public void Write(ref Writer w, List<TItem>? list)
        {
            w.Int32(list?.Count ?? -1);
            foreach (var x in list ?? [])
            {
                item.Write(ref w, x);
            }
        }

        public List<TItem>? Read(ref Reader r)
        {
            var count = r.Int32();
            if (count < 0)
            {
                return null;
            }

            var list = new List<TItem>(Math.Min(count, r.Remaining));
            for (var n = 0; n < count; n++)
            {
                list.Add(item.Read(ref r));
            }

            return list;
        }
    }

    private interface IObjectCodec
    {
        void Init(object[] members);
    }

    /// <summary>A class of the model: a presence byte, then its members in declaration order.</summary>
    private sealed class ObjectCodec<T> : IValueCodec<T?>, IObjectCodec
        where T : class, new()
    {
        private IMember<T>[] _members = [];
        private bool _describing;

        /// <summary>The type with its members' shapes (a type met again inside itself is only named).</summary>
        public string Shape
        {
            get
            {
                if (_describing)
                {
                    return typeof(T).Name;
                }

                _describing = true;
                try
                {
                    return $"{typeof(T).Name}{{{string.Join(",", _members.Select(m => m.Shape))}}}";
                }
                finally
                {
                    _describing = false;
                }
            }
        }

        public void Init(object[] members) => _members = [.. members.Cast<IMember<T>>()];

        public void Write(ref Writer w, T? value)
        {
            w.Byte(value is null ? (byte)0 : (byte)1);
            if (value is not null)
            {
                foreach (var m in _members)
                {
                    m.Write(ref w, value);
                }
            }
        }

        public T? Read(ref Reader r)
        {
            if (r.Byte() == 0)
            {
                return null;
            }

            var value = new T();
            foreach (var m in _members)
            {
                m.Read(ref r, value);
            }

            return value;
        }
    }

    private interface IMember<in T> : IShaped
    {
        void Write(ref Writer w, T owner);

        void Read(ref Reader r, T owner);
    }

    private sealed class Member<T, TValue>(PropertyInfo property, IValueCodec<TValue> codec) : IMember<T>
    {
        private readonly Func<T, TValue> _get = property.GetMethod!.CreateDelegate<Func<T, TValue>>();
        private readonly Action<T, TValue> _set = property.SetMethod!.CreateDelegate<Action<T, TValue>>();

        public string Shape => $"{property.Name}:{codec.Shape}";

        public void Write(ref Writer w, T owner) => codec.Write(ref w, _get(owner));

        // Null keeps the property's initial value, as a JSON property left out for being null does.
        public void Read(ref Reader r, T owner)
        {
            if (codec.Read(ref r) is { } value)
            {
                _set(owner, value);
            }
        }
    }

    internal ref struct Writer(int capacity)
    {
        private byte[] _buffer = new byte[capacity];
        private int _length;

        public void Byte(byte b) => Take(1)[0] = b;

        public void Int32(int v) => BinaryPrimitives.WriteInt32LittleEndian(Take(4), v);

        public void UInt64(ulong v) => BinaryPrimitives.WriteUInt64LittleEndian(Take(8), v);

        public void Decimal(decimal v) => decimal.GetBits(v, System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(Take(16)));

        public void String(string? s)
        {
            if (s is null)
            {
                Int32(-1);
                return;
            }

            var length = Encoding.UTF8.GetByteCount(s);
            Int32(length);
            Encoding.UTF8.GetBytes(s, Take(length));
        }

        public readonly byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

        private Span<byte> Take(int n)
        {
            if (_length + n > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + n));
            }

            var span = _buffer.AsSpan(_length, n);
            _length += n;
            return span;
        }
    }

    internal ref struct Reader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;

        public readonly bool AtEnd => _position == _data.Length;

        public readonly int Remaining => _data.Length - _position;

        public byte Byte() => Take(1)[0];

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public decimal Decimal() => new(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(Take(16)));

        public string? String()
        {
            var length = Int32();
            return length < 0 ? null : Encoding.UTF8.GetString(Take(length));
        }

        private ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0 || n > _data.Length - _position)
            {
                throw new FormatException("A scoring projection ends too early.");
            }

            var span = _data.Slice(_position, n);
            _position += n;
            return span;
        }
    }
}

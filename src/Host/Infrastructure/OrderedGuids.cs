using System.Buffers.Binary;
using System.Security.Cryptography;

namespace PerfEval.Host.Infrastructure;

/// <summary>
/// Version-7 GUIDs (RFC 9562) that increase in the order they are made: the given time in milliseconds, then a counter
/// from a random start where version 7 keeps random bits. Rows inserted in that order append at the end of the primary-key
/// index instead of splitting pages all over it, as random GUIDs do (PostgreSQL compares uuids byte by byte, as written;
/// <see cref="Guid.CompareTo(Guid)"/> agrees). Not thread-safe: one generator per batch of rows.
/// </summary>
public sealed class OrderedGuids
{
    private const ulong CounterMask = (1UL << 62) - 1;
    private readonly long _unixMilliseconds;
    private readonly ushort _randA;
    private ulong _counter;

    /// <summary>Starts a sequence stamped with <paramref name="time"/> (from the injected clock).</summary>
    /// <param name="time">The time the ids record.</param>
    public OrderedGuids(DateTimeOffset time)
    {
        _unixMilliseconds = time.ToUnixTimeMilliseconds();
        Span<byte> random = stackalloc byte[10];
        RandomNumberGenerator.Fill(random);
        _randA = (ushort)(BinaryPrimitives.ReadUInt16BigEndian(random) & 0x0FFF);
        // A random start in the lower half of the 62-bit field: billions of ids before it could wrap.
        _counter = BinaryPrimitives.ReadUInt64BigEndian(random[2..]) & (CounterMask >> 1);
    }

    /// <summary>The next id, greater than every id this generator made before.</summary>
    public Guid Next()
    {
        var counter = _counter++ & CounterMask;
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes, _unixMilliseconds << 16);
        bytes[6] = (byte)(0x70 | (_randA >> 8));
        bytes[7] = (byte)_randA;
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], counter | 0x8000_0000_0000_0000UL);
        return new Guid(bytes, bigEndian: true);
    }
}

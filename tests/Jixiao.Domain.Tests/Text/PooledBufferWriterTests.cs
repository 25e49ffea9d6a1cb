using System.Text;
using System.Text.Json;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Tests.Text;

/// <summary>The pooled buffer the import writes a document's JSON into: it must grow without losing what was written.</summary>
public class PooledBufferWriterTests
{
    [Fact]
    public void Grows_PastItsFirstArray_KeepingEveryByte()
    {
        using var buffer = new PooledBufferWriter(initialCapacity: 16);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            for (var i = 0; i < 5_000; i++)
            {
                json.WriteStringValue($"指标{i}");
            }

            json.WriteEndArray();
        }

        var items = JsonSerializer.Deserialize<string[]>(buffer.WrittenSpan)!;
        Assert.Equal(5_000, items.Length);
        Assert.Equal("指标0", items[0]);
        Assert.Equal("指标4999", items[^1]);
    }

    [Fact]
    public void Advance_BeyondTheSpanHandedOut_IsRefused()
    {
        using var buffer = new PooledBufferWriter(initialCapacity: 16);
        var span = buffer.GetSpan(4);
        var free = span.Length;
        Encoding.UTF8.GetBytes("绩效", span);
        buffer.Advance(6);
        Assert.Equal("绩效", Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Advance(free - 6 + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Advance(-1));
    }

    [Fact]
    public void AfterDispose_WritingIsRefused_AndDisposeTwiceIsHarmless()
    {
        var buffer = new PooledBufferWriter();
        buffer.Dispose();
        buffer.Dispose();
        Assert.Equal(0, buffer.WrittenSpan.Length);
        Assert.Throws<ObjectDisposedException>(() => buffer.GetSpan());
    }
}

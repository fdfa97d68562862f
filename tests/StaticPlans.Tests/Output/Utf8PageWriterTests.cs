using System.Text;
using StaticPlans.Output;

namespace StaticPlans.Tests.Output;

public class Utf8PageWriterTests
{
    private static byte[] Write(Action<TextWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = Utf8PageWriter.Rent(stream)) write(writer);
        return stream.ToArray();
    }

    [Fact]
    public void A_page_larger_than_the_buffer_is_written_whole_as_utf8_without_a_byte_order_mark()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"第{i}条：学前教育。"));

        var bytes = Write(w => w.Write(text));

        Assert.Equal(Encoding.UTF8.GetBytes(text), bytes);
    }

    [Fact]
    public void A_character_outside_the_basic_plane_split_across_two_buffers_is_kept_intact()
    {
        // 𠀀 (U+20000) is two UTF-16 units; put its first half in the buffer's last slot.
        var before = new string('教', 32 * 1024 - 1);
        var text = before + "𠀀" + "育";

        var bytes = Write(w =>
        {
            w.Write(before);
            foreach (var c in "𠀀育") w.Write(c);
        });

        Assert.Equal(text, Encoding.UTF8.GetString(bytes));
        Assert.Equal(Encoding.UTF8.GetBytes(text), bytes);
    }

    [Fact]
    public void The_next_file_on_the_thread_starts_empty()
    {
        var first = Write(w => w.Write("甲乙丙"));
        var second = Write(w => w.Write(['丁'], 0, 1));

        Assert.Equal("甲乙丙", Encoding.UTF8.GetString(first));
        Assert.Equal("丁", Encoding.UTF8.GetString(second));
    }
}

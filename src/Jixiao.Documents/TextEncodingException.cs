namespace Jixiao.Documents;

/// <summary>A text file whose bytes are no one encoding (invalid bytes after a UTF-8 BOM, UTF-8 and GB18030 lines in one
/// file): read on, it would import garbled text or nothing at all, so it is refused naming the line.</summary>
public sealed class TextEncodingException(string message, int line) : FormatException(message)
{
    /// <summary>The 1-based line of the first byte that does not fit.</summary>
    public int Line { get; } = line;
}

using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Office;

/// <summary>
/// The one gate every Word and Excel file passes before a reader opens it: size limit, a real Office package
/// (not a renamed file or an old binary .doc/.xls), no macros, no zip bomb. The guard unpacks every part with a
/// byte counter instead of trusting the sizes the zip directory claims, so a lying header cannot slip through.
/// Reading then runs inside <see cref="Read"/>, which turns any failure of a damaged package into a problem:
/// a rejected or damaged file is never half-read.
/// </summary>
public static class OfficePackageGuard
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Checks <paramref name="bytes"/> and, when they pass, runs <paramref name="read"/> on them; any
    /// failure comes back as an error in the result.</summary>
    public static ReadResult Read(byte[] bytes, OfficeKind kind, ReadOptions options, Func<Stream, ReadResult> read)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Open(bytes, kind, options.OfficeLimits, read, message => Failed(options, message));
    }

    /// <summary>The same gate for readers with their own result type (payment records, 自评表): a rejection or a
    /// damaged package becomes <paramref name="failed"/>(message), never an exception.</summary>
    public static T Open<T>(byte[] bytes, OfficeKind kind, OfficeLimits limits, Func<Stream, T> read, Func<string, T> failed)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(failed);
        var rejection = Check(bytes, kind, limits);
        if (rejection is not null)
        {
            return failed(rejection);
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return read(stream);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException
            or FormatException or InvalidOperationException or ArgumentException or NotSupportedException
            or KeyNotFoundException or IndexOutOfRangeException or NullReferenceException or InvalidCastException
            or OverflowException)
        {
            return failed(OfficeMessages.Format(OfficeMessages.Damaged, KindName(kind)));
        }
    }

    /// <summary>Null when the file may be opened; otherwise why not, in words the user can act on.</summary>
    public static string? Check(byte[] bytes, OfficeKind kind, OfficeLimits limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        var name = KindName(kind);
        if (bytes.LongLength > limits.MaxFileBytes)
        {
            return OfficeMessages.Format(OfficeMessages.TooLarge, Megabytes(bytes.LongLength), Megabytes(limits.MaxFileBytes));
        }

        if (bytes.AsSpan().StartsWith(OleSignature))
        {
            return OfficeMessages.Format(OfficeMessages.OldBinaryFormat, name, Extension(kind));
        }

        if (!bytes.AsSpan().StartsWith(ZipSignature))
        {
            return OfficeMessages.Format(OfficeMessages.NotOffice, Extension(kind), name);
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return CheckEntries(zip, kind, limits);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return OfficeMessages.Format(OfficeMessages.Damaged, name);
        }
    }

    /// <summary>Same as <see cref="Check(byte[], OfficeKind, OfficeLimits)"/> for a file on disk; refuses an
    /// oversized file before reading it into memory.</summary>
    public static string? CheckSize(string path, OfficeLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var length = new FileInfo(path).Length;
        return length > limits.MaxFileBytes
            ? OfficeMessages.Format(OfficeMessages.TooLarge, Megabytes(length), Megabytes(limits.MaxFileBytes))
            : null;
    }

    private static string? CheckEntries(ZipArchive zip, OfficeKind kind, OfficeLimits limits)
    {
        var name = KindName(kind);
        if (zip.Entries.Count > limits.MaxEntries)
        {
            return OfficeMessages.Format(OfficeMessages.TooManyParts, zip.Entries.Count, limits.MaxEntries);
        }

        ZipArchiveEntry? contentTypes = null;
        long total = 0;
        var buffer = new byte[81920];
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)
                || entry.FullName.EndsWith("vbaData.xml", StringComparison.OrdinalIgnoreCase))
            {
                return OfficeMessages.Format(OfficeMessages.Macros, name, Extension(kind));
            }

            if (entry.FullName == "[Content_Types].xml")
            {
                contentTypes = entry;
            }

            // Count what the part really unpacks to (the sizes in the zip directory can lie) and check its CRC.
            long unpacked = 0;
            uint crc = 0;
            using (var part = entry.Open())
            {
                int read;
                while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
                {
                    crc = Crc32.Update(crc, buffer.AsSpan(0, read));
                    unpacked += read;
                    total += read;
                    if (total > limits.MaxUnpackedBytes)
                    {
                        return OfficeMessages.Format(OfficeMessages.ZipBomb, name, Megabytes(limits.MaxUnpackedBytes));
                    }

                    if (unpacked > 1024 * 1024 && unpacked > Math.Max(entry.CompressedLength, 1) * limits.MaxCompressionRatio)
                    {
                        return OfficeMessages.Format(OfficeMessages.ZipBomb, name, Megabytes(limits.MaxUnpackedBytes));
                    }
                }
            }

            if (crc != entry.Crc32)
            {
                return OfficeMessages.Format(OfficeMessages.Damaged, name);
            }
        }

        return contentTypes is null
            ? OfficeMessages.Format(OfficeMessages.NotOffice, Extension(kind), name)
            : CheckContentTypes(contentTypes, kind);
    }

    /// <summary>The main part's content type says what the package really is: a macro-enabled document, a
    /// workbook renamed to .docx, or the expected kind.</summary>
    private static string? CheckContentTypes(ZipArchiveEntry entry, OfficeKind kind)
    {
        string text;
        using (var reader = new StreamReader(entry.Open()))
        {
            text = reader.ReadToEnd();
        }

        var name = KindName(kind);
        if (text.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || text.Contains("vbaProject", StringComparison.OrdinalIgnoreCase))
        {
            return OfficeMessages.Format(OfficeMessages.Macros, name, Extension(kind));
        }

        var isWord = text.Contains("wordprocessingml.document.main+xml", StringComparison.Ordinal)
            || text.Contains("wordprocessingml.template.main+xml", StringComparison.Ordinal);
        var isExcel = text.Contains("spreadsheetml.sheet.main+xml", StringComparison.Ordinal)
            || text.Contains("spreadsheetml.template.main+xml", StringComparison.Ordinal);
        return (kind, isWord, isExcel) switch
        {
            (OfficeKind.Word, true, _) or (OfficeKind.Excel, _, true) => null,
            (OfficeKind.Word, false, true) => OfficeMessages.Format(OfficeMessages.WrongKind, ".docx", "Excel 工作簿", ".xlsx"),
            (OfficeKind.Excel, true, false) => OfficeMessages.Format(OfficeMessages.WrongKind, ".xlsx", "Word 文档", ".docx"),
            _ => OfficeMessages.Format(OfficeMessages.NotOffice, Extension(kind), name),
        };
    }

    private static string KindName(OfficeKind kind) => kind == OfficeKind.Word ? "Word 文档" : "Excel 工作簿";

    private static string Extension(OfficeKind kind) => kind == OfficeKind.Word ? ".docx" : ".xlsx";

    private static string Megabytes(long bytes) => (bytes / (1024m * 1024m)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static ReadResult Failed(ReadOptions options, string message) =>
        new(new PerformanceDocument(), [new ReadProblem(ProblemSeverity.Error, message) { File = options.FileName }]);
}

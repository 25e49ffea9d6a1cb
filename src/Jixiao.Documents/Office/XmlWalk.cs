using System.Xml;

namespace Jixiao.Documents.Office;

/// <summary>The forward-only walk the streaming readers of Word and Excel parts share: one XmlReader over a part
/// (no DTDs, no external resources, comments dropped) and a loop over an element's children.</summary>
internal static class XmlWalk
{
    public static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Calls <paramref name="onElement"/> on each child element of the current one; it must consume the
    /// element (read it to its end or skip it). Leaves the reader after the current element's end.</summary>
    public static void Children(XmlReader xml, Action onElement)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return;
        }

        var depth = xml.Depth;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                onElement();
            }
            else
            {
                xml.Read();
            }
        }

        xml.Read();
    }
}

namespace Jixiao.Cli;

/// <summary>
/// The parsed command line of one command: positional arguments and "--name value" options. Unknown options
/// are a usage error (exit code 2), never silently ignored.
/// </summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    private Arguments(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    /// <param name="args">The words after the command name.</param>
    /// <param name="flags">Options that take no value (e.g. "--help").</param>
    /// <param name="aliases">Short forms, e.g. "-o" for "--output".</param>
    public static Arguments Parse(IEnumerable<string> args, IReadOnlyCollection<string>? flags = null, IReadOnlyDictionary<string, string>? aliases = null)
    {
        var positional = new List<string>();
        var result = new Arguments(positional);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var word = e.Current;
            if (aliases is not null && aliases.TryGetValue(word, out var full))
            {
                word = full;
            }

            if (!word.StartsWith("--", StringComparison.Ordinal) || word == "--")
            {
                positional.Add(word);
                continue;
            }

            var eq = word.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                result._options[word[..eq]] = word[(eq + 1)..];
            }
            else if (flags?.Contains(word) == true)
            {
                result._options[word] = null;
            }
            else if (e.MoveNext())
            {
                result._options[word] = e.Current;
            }
            else
            {
                throw new UsageException($"选项 {word} 缺少取值。");
            }
        }

        return result;
    }

    public string? Option(string name)
    {
        _used.Add(name);
        return _options.TryGetValue(name, out var value) ? value : null;
    }

    public bool Flag(string name)
    {
        _used.Add(name);
        return _options.ContainsKey(name);
    }

    public int? IntOption(string name)
    {
        var text = Option(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"选项 {name} 的取值“{text}”不是整数。");
    }

    /// <summary>Call after reading every option: an option nobody asked for is a typo.</summary>
    public void RejectUnknown()
    {
        var unknown = _options.Keys.Where(k => !_used.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"不认识的选项：{string.Join(", ", unknown)}");
        }
    }
}

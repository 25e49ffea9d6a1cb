namespace Jixiao.Cli;

/// <summary>Bad usage of the command line: exit code 2 with the message and the usage text.</summary>
public sealed class UsageException(string message) : Exception(message);

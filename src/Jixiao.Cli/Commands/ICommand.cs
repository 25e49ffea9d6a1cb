namespace Jixiao.Cli.Commands;

public interface ICommand
{
    string Name { get; }

    string Usage { get; }

    string Summary { get; }

    /// <summary>The verbs of a command that has them (`db migrate`, `db import` …); each answers `--help` itself.</summary>
    IReadOnlyList<ICommand> SubCommands => [];

    int Run(string[] args, TextWriter stdout, TextWriter stderr);
}

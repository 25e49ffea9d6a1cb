namespace Jixiao.Cli.Commands;

public interface ICommand
{
    string Name { get; }

    string Usage { get; }

    string Summary { get; }

    int Run(string[] args, TextWriter stdout, TextWriter stderr);
}

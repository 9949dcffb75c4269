using Vigil.Reading;

namespace Vigil.Cli.Input;

/// <summary>The one place the command line asks Vigil.Reading for articles.</summary>
public static class ArticleInputs
{
    /// <summary>
    /// Lazily, in the order given. Cancellation is checked between articles by the consumer
    /// (<see cref="Analysis.OrderedParallel"/>), so the reader itself need not know about it.
    /// </summary>
    public static IEnumerable<ReadOutcome> Read(IReadOnlyList<string> paths, ReadOptions options) =>
        new ArticleReader(options).Read(paths);
}

using Vigil.Cli.Tests.Support;

namespace Vigil.Cli.Tests;

/// <summary><c>vigil train-ner</c> as a user runs it, on the smallest corpus so that it takes seconds.</summary>
public sealed class TrainNerTests
{
    [NeedsSharedFact]
    public void Writes_the_same_model_twice_with_a_licence_note_that_names_the_share_alike_data()
    {
        using var temp = new TempFolder();
        var data = Path.Combine(Repo.Shared!, "data", "ner");
        byte[] Train(string name)
        {
            var result = VigilProgram.Run("train-ner", "--data", data, "--corpora", "re3d_wikipedia_ccbysa", "--epochs", "2", "--output", temp.File(name));
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("re3d_wikipedia_ccbysa/all.bio", result.Stderr);
            return File.ReadAllBytes(temp.File(name));
        }

        Assert.Equal(Train("a.bin"), Train("b.bin"));
        var note = File.ReadAllText(temp.File("a.LICENSE.txt"));
        Assert.Contains("CC BY-SA 4.0", note);
        Assert.Contains("re3d_wikipedia_ccbysa", note);
        Assert.Contains("No test split was used", note);
    }

    [Fact]
    public void An_unknown_corpus_is_one_line_naming_it()
    {
        var result = VigilProgram.Run("train-ner", "--corpora", "conll2003", "--output", Path.Combine(Path.GetTempPath(), "never.bin"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("vigil: train-ner: unknown corpus 'conll2003'", result.Stderr);
    }
}

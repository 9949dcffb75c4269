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

    // The bundled model had been trained once, and every gazetteer row and head word added after it
    // changed the features it is read with, so train-ner no longer gave it: whoever changes what the
    // tagger's features read retrains it here, and scores it (docs/quality.md).
    [NeedsSharedFact]
    public void The_bundled_model_is_what_train_ner_gives_on_this_tree()
    {
        using var temp = new TempFolder();
        var result = VigilProgram.Run("train-ner", "--data", Path.Combine(Repo.Shared!, "data", "ner"), "--output", temp.File("model.bin"));
        Assert.True(result.ExitCode == 0, result.ToString());
        var bundled = File.ReadAllBytes(Path.Combine(Repo.Root, "src", "Vigil.Extraction", "Resources", "entity-tagger.bin"));
        Assert.True(bundled.AsSpan().SequenceEqual(File.ReadAllBytes(temp.File("model.bin"))),
            "src/Vigil.Extraction/Resources/entity-tagger.bin is not what `./vigil train-ner` gives on this tree: retrain it and rescore the entity sets");
    }

    [Fact]
    public void An_unknown_corpus_is_one_line_naming_it()
    {
        var result = VigilProgram.Run("train-ner", "--corpora", "conll2003", "--output", Path.Combine(Path.GetTempPath(), "never.bin"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("vigil: train-ner: unknown corpus 'conll2003'", result.Stderr);
    }
}

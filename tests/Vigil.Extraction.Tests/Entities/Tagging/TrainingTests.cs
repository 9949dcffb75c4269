using System.Security.Cryptography;
using Vigil.Extraction.Entities;
using Vigil.Extraction.Entities.Tagging;
using static Vigil.Extraction.Tests.Entities.EntityFixture;

namespace Vigil.Extraction.Tests.Entities.Tagging;

/// <summary>Training on a small slice of a real corpus: fast, deterministic, and good enough to tag a sentence it never saw.</summary>
public sealed class TrainingTests
{
    private static readonly Lazy<List<LabelledDocument>> Slice = new(() =>
    {
        using var reader = new StreamReader(SharedFile("data/ner/wikigold/all.bio"));
        return BioCorpus.Read(reader, labelsMisc: true, "wikigold/all.bio").Take(60).ToList();
    });

    private static readonly TrainingOptions Quick = new() { Epochs = 4, Description = "test" };

    private static byte[] Train(TrainingOptions options)
    {
        var tagger = TaggerTrainer.Train(Slice.Value, Gazetteer.Default, options);
        using var bytes = new MemoryStream();
        tagger.Save(bytes);
        return bytes.ToArray();
    }

    [Fact]
    public void Two_trainings_on_the_same_data_give_the_same_bytes_and_another_seed_does_not()
    {
        var first = Train(Quick);
        var second = Train(Quick);
        Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
        Assert.NotEqual(SHA256.HashData(first), SHA256.HashData(Train(Quick with { Seed = 7 })));
    }

    [Fact]
    public void A_model_trained_on_a_slice_tags_a_held_out_sentence_sensibly_and_survives_saving()
    {
        var saved = Train(Quick);
        var tagger = EntityTagger.Load(new MemoryStream(saved), Gazetteer.Default);
        var sentence = "In 1998 , John Smith joined the Boston office of Microsoft .".Split(' ');
        var names = tagger.Tag(TaggerDocument.FromTokens([sentence]))
            .Select(n => (string.Join(' ', sentence[n.FirstToken..n.EndToken]), n.Class)).ToList();
        Assert.Contains(("John Smith", NameClass.Person), names);
        Assert.Contains(("Boston", NameClass.Location), names);
        Assert.DoesNotContain(names, n => n.Item1.Contains("joined") || n.Item1.Contains("office") || n.Item1 == "In");
        Assert.True(TaggerEvaluation.Score(tagger, Slice.Value.Take(10)).F1 > 0.8, "a model should fit what it was trained on");
    }

    [Fact]
    public void The_corpus_reader_takes_documents_sentences_and_tags_and_rejects_what_it_cannot_read()
    {
        var docs = BioCorpus.Read(new StringReader("-DOCSTART-\n\nKabul\tB-LOC\nfell\tO\n\nHe\tO\nleft\tI-PER\n\n-DOCSTART-\n\nIt\tO\n"), labelsMisc: false, "inline");
        Assert.Equal(2, docs.Count);
        Assert.Equal(["Kabul", "fell"], docs[0].Sentences[0].Tokens.ToArray());
        Assert.Equal([BioTags.Begin(NameClass.Location), BioTags.Outside], docs[0].Sentences[0].Tags.ToArray());
        // an I that follows no name starts one, as conlleval reads it
        Assert.Equal(BioTags.Begin(NameClass.Person), docs[0].Sentences[1].Tags[1]);
        Assert.False(docs[0].LabelsMisc);
        var bad = Assert.Throws<FormatException>(() => BioCorpus.Read(new StringReader("Kabul\tB-CITY\n"), true, "bad.bio"));
        Assert.Contains("bad.bio line 1", bad.Message);
    }

    [Fact]
    public void Decoding_never_gives_an_inside_tag_without_its_beginning()
    {
        // scores that prefer I-PER everywhere: the decoder must still start the name with B-PER
        var emissions = new int[3 * BioTags.Count];
        for (var i = 0; i < 3; i++) emissions[i * BioTags.Count + BioTags.Inside(NameClass.Person)] = 10;
        var tags = new int[3];
        Viterbi.Decode(emissions, new int[(BioTags.Count + 1) * BioTags.Count], default, tags);
        Assert.Equal([BioTags.Begin(NameClass.Person), BioTags.Inside(NameClass.Person), BioTags.Inside(NameClass.Person)], tags);
    }

    [Fact]
    public void A_model_file_that_is_not_one_is_refused()
    {
        var notGzip = new MemoryStream("plain text"u8.ToArray());
        Assert.ThrowsAny<InvalidDataException>(() => EntityTagger.Load(notGzip, Gazetteer.Default));
    }
}

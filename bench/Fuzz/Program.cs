// The coverage-guided fuzz target of issue 7: AFL++ (through SharpFuzz) gives bytes, which go to
// the real reader as standard input would (sniffed: JSON lines, HTML, RSS/Atom, WARC, plain text,
// any of them gzipped), and every article read goes through the default analysis, the quote
// extractor included. A crash is an exception that escapes the reader (which must turn every bad
// input into a ReadFailure) or the pipeline, or an annotation that points outside its text.
//
//   bench/fuzz.sh [SECONDS]     (instruments, builds, seeds, runs afl-fuzz; see bench/README.md)
//   dotnet Fuzz.dll < FILE      (not under afl-fuzz: runs one input once, to replay a find)
using SharpFuzz;
using Vigil.Documents;
using Vigil.Extraction;
using Vigil.Pipeline;
using Vigil.Reading;

// Small limits keep one input's work short; the limits themselves are tested elsewhere.
const long MaxArticleBytes = 256 * 1024;
const long MaxFileBytes = 1024 * 1024;

// Built on the first input, not before: instrumented code that runs before Fuzzer.Run has set up
// AFL's shared memory writes through a null pointer (AccessViolationException).
AnalysisPipeline? pipeline = null;

Fuzzer.OutOfProcess.Run(stream =>
{
    pipeline ??= VigilPipeline.CreateDefault();
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    var bytes = copy.ToArray();
    var reader = new ArticleReader(new ReadOptions
    {
        MaxArticleBytes = MaxArticleBytes,
        MaxFileBytes = MaxFileBytes,
        OpenStandardInput = () => new MemoryStream(bytes, writable: false),
    });
    foreach (var outcome in reader.Read(ArticleReader.StandardInput))
    {
        switch (outcome)
        {
            case ArticleRead read:
                Check(pipeline.Process(read.Document));
                break;
            case ReadFailure failure when string.IsNullOrWhiteSpace(failure.Reason):
                throw new InvalidOperationException($"a failure without a reason for {failure.Source}");
        }
    }
});

static void Check(Document document)
{
    var length = document.Text.Length;
    void Inside(TextSpan span, string what)
    {
        if (span.Start < 0 || span.End > length || span.Start > span.End)
            throw new InvalidOperationException($"{what} [{span.Start}, {span.End}) lies outside the text of {length} characters");
    }
    foreach (var token in document.Tokens) Inside(token.Span, "a token");
    foreach (var sentence in document.Sentences) Inside(sentence.Span, "a sentence");
    foreach (var span in document.Boilerplate) Inside(span.Span, "a boilerplate span");
    foreach (var entity in document.Entities)
        foreach (var mention in entity.Mentions) Inside(mention, "an entity mention");
    foreach (var quote in document.Quotes)
    {
        Inside(quote.Span, "a quote");
        if (quote.Cue is { } cue) Inside(cue, "a quote's cue");
        if (quote.Source is { } source) Inside(source, "a quote's source");
    }
}

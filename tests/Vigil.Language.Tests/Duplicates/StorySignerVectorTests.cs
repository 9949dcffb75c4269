using System.Runtime.Intrinsics.X86;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Documents;
using Vigil.Language.Duplicates;

namespace Vigil.Language.Tests.Duplicates;

/// <summary>
/// The signature's minima computed four at a time (AVX2) are the ones computed one at a time:
/// stored signatures must compare across machines and versions.
/// </summary>
public sealed class StorySignerVectorTests
{
    [Property(MaxTest = 2000)]
    public Property Four_at_a_time_lowers_the_minima_as_one_at_a_time_does() =>
        Prop.ForAll(ArbMap.Default.ArbFor<ulong>(), ArbMap.Default.ArbFor<uint>(), (shingle, ceiling) =>
        {
            if (!Avx2.IsSupported) return true;   // the signer then takes the one-at-a-time path only
            // minima already partly lowered: some positions keep theirs, some take the shingle's
            var start = Enumerable.Range(0, StorySignature.Length).Select(i => i % 3 == 0 ? uint.MaxValue : ceiling ^ (uint)(i * 0x9E3779B9)).ToArray();
            var scalar = (uint[])start.Clone();
            var vector = (uint[])start.Clone();
            StorySigner.LowerMinima(shingle, scalar);
            StorySigner.LowerMinima256(shingle, vector);
            return scalar.SequenceEqual(vector);
        });
}

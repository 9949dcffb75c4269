using Google.Protobuf;
using Onnx;

namespace Vigil.Tracking.Embeddings;

/// <summary>
/// Rewrites an ONNX model so that each matrix product with a constant weight matrix runs on 8-bit
/// integers: the weights quantised once here, symmetrically per output column, and the activations
/// at run time by ONNX's <c>DynamicQuantizeLinear</c>, the scheme of ONNX Runtime's own
/// <c>quantize_dynamic</c>. ONNX Runtime fuses each rewritten product into one integer kernel. For
/// the sentence model this is most of its arithmetic; everything else (embeddings, attention
/// scores, normalisation) stays in single precision.
/// </summary>
public static class Int8Weights
{
    private const float Largest = 127f;

    /// <summary>The model with its constant-weight <c>MatMul</c>s rewritten; how many were is in <paramref name="rewritten"/>.</summary>
    public static byte[] Quantize(ReadOnlySpan<byte> model, out int rewritten) =>
        Quantize(ModelProto.Parser.ParseFrom(model), out rewritten);

    /// <inheritdoc cref="Quantize(ReadOnlySpan{byte}, out int)"/>
    public static byte[] Quantize(Stream model, out int rewritten) =>
        Quantize(ModelProto.Parser.ParseFrom(model), out rewritten);

    private static byte[] Quantize(ModelProto proto, out int rewritten)
    {
        var graph = proto.Graph;
        var weights = graph.Initializer.ToDictionary(i => i.Name);
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        var nodes = new List<NodeProto>(graph.Node.Count);
        rewritten = 0;
        foreach (var node in graph.Node)
        {
            if (node.OpType != "MatMul" || !weights.TryGetValue(node.Input[1], out var weight) || !IsFloatMatrix(weight))
            {
                nodes.Add(node);
                continue;
            }
            var name = weight.Name;
            if (replaced.Add(name))
                graph.Initializer.AddRange(QuantizedColumns(weight));
            nodes.AddRange(IntegerProduct(node.Input[0], name, node.Output[0]));
            rewritten++;
        }
        graph.Node.Clear();
        graph.Node.AddRange(nodes);
        // a weight some other node still reads keeps its single-precision copy
        var stillRead = graph.Node.SelectMany(n => n.Input).ToHashSet(StringComparer.Ordinal);
        var unread = graph.Initializer.Where(i => replaced.Contains(i.Name) && !stillRead.Contains(i.Name)).ToList();
        foreach (var tensor in unread)
            graph.Initializer.Remove(tensor);
        return proto.ToByteArray();
    }

    private static bool IsFloatMatrix(TensorProto tensor) =>
        tensor.DataType == (int)TensorProto.Types.DataType.Float && tensor.Dims.Count == 2;

    /// <summary>
    /// <c>y = (DynamicQuantizeLinear(a) ⊗ w8) × (scale of a × scale of each column)</c>: the integer
    /// product, converted back and scaled, in the pattern ONNX Runtime fuses.
    /// </summary>
    private static IEnumerable<NodeProto> IntegerProduct(string input, string weight, string output)
    {
        yield return Node("DynamicQuantizeLinear", [input], [output + "_a8", output + "_ascale", output + "_azero"]);
        yield return Node("MatMulInteger", [output + "_a8", weight + "_w8", output + "_azero", weight + "_wzero"], [output + "_i32"]);
        var cast = Node("Cast", [output + "_i32"], [output + "_f32"]);
        cast.Attribute.Add(new AttributeProto { Name = "to", Type = AttributeProto.Types.AttributeType.Int, I = (long)TensorProto.Types.DataType.Float });
        yield return cast;
        yield return Node("Mul", [output + "_ascale", weight + "_wscale"], [output + "_scale"]);
        yield return Node("Mul", [output + "_f32", output + "_scale"], [output]);
    }

    /// <summary>The weight matrix (rows × columns) as signed bytes, a scale per column (its largest magnitude over 127), and zero points of 0.</summary>
    private static IEnumerable<TensorProto> QuantizedColumns(TensorProto weight)
    {
        var rows = (int)weight.Dims[0];
        var columns = (int)weight.Dims[1];
        var values = FloatsOf(weight);
        var scales = new float[columns];
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
                scales[c] = MathF.Max(scales[c], MathF.Abs(values[r * columns + c]));
        for (var c = 0; c < columns; c++)
            scales[c] = MathF.Max(scales[c], 1e-8f) / Largest;
        var bytes = new byte[values.Length];
        for (var i = 0; i < values.Length; i++)
            bytes[i] = (byte)(sbyte)Math.Clamp(MathF.Round(values[i] / scales[i % columns]), -Largest, Largest);

        yield return new TensorProto
        {
            Name = weight.Name + "_w8",
            DataType = (int)TensorProto.Types.DataType.Int8,
            Dims = { rows, columns },
            RawData = ByteString.CopyFrom(bytes),
        };
        var scaleTensor = new TensorProto { Name = weight.Name + "_wscale", DataType = (int)TensorProto.Types.DataType.Float, Dims = { columns } };
        scaleTensor.FloatData.AddRange(scales);
        yield return scaleTensor;
        yield return new TensorProto
        {
            Name = weight.Name + "_wzero",
            DataType = (int)TensorProto.Types.DataType.Int8,
            Dims = { columns },
            RawData = ByteString.CopyFrom(new byte[columns]),
        };
    }

    private static float[] FloatsOf(TensorProto tensor)
    {
        if (tensor.FloatData.Count > 0)
            return [.. tensor.FloatData];
        // raw data is little-endian by the ONNX format, as .NET's floats are on every platform it runs here
        return System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(tensor.RawData.Span).ToArray();
    }

    private static NodeProto Node(string op, string[] inputs, string[] outputs)
    {
        var node = new NodeProto { OpType = op, Name = outputs[0] + "_" + op };
        node.Input.AddRange(inputs);
        node.Output.AddRange(outputs);
        return node;
    }
}

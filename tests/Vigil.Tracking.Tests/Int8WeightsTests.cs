using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Onnx;
using Vigil.Tracking.Embeddings;

namespace Vigil.Tracking.Tests;

public sealed class Int8WeightsTests
{
    private const int Rows = 3, Inner = 16, Columns = 5;

    [Fact]
    public void A_product_with_constant_weights_becomes_an_integer_one_that_gives_nearly_the_same_result()
    {
        var random = new Random(7);
        var weights = Enumerable.Range(0, Inner * Columns).Select(_ => (float)(random.NextDouble() * 2 - 1) * (1 + random.Next(4))).ToArray();
        var input = Enumerable.Range(0, Rows * Inner).Select(_ => (float)(random.NextDouble() * 6 - 3)).ToArray();
        var model = OneProduct(weights);

        var quantized = Int8Weights.Quantize(model, out var rewritten);

        Assert.Equal(1, rewritten);
        var graph = ModelProto.Parser.ParseFrom(quantized).Graph;
        Assert.DoesNotContain(graph.Node, n => n.OpType == "MatMul");
        Assert.Contains(graph.Node, n => n.OpType == "MatMulInteger");
        Assert.DoesNotContain(graph.Initializer, i => i.Name == "w"); // no single-precision copy left behind

        var exact = Run(model, input);
        var approximate = Run(quantized, input);
        var largest = exact.Max(MathF.Abs);
        Assert.NotEqual(exact, approximate);
        for (var i = 0; i < exact.Length; i++)
            Assert.InRange(approximate[i] - exact[i], -0.02f * largest, 0.02f * largest);
    }

    [Fact]
    public void A_product_of_two_computed_inputs_is_left_as_it_is()
    {
        var model = new ModelProto { IrVersion = 7, OpsetImport = { new OperatorSetIdProto { Version = 13 } }, Graph = new GraphProto { Name = "g" } };
        model.Graph.Input.Add(Value("x", Rows, Inner));
        model.Graph.Input.Add(Value("y", Inner, Columns));
        model.Graph.Output.Add(Value("z", Rows, Columns));
        model.Graph.Node.Add(new NodeProto { OpType = "MatMul", Input = { "x", "y" }, Output = { "z" } });

        var quantized = Int8Weights.Quantize(model.ToByteArray(), out var rewritten);

        Assert.Equal(0, rewritten);
        Assert.Equal(model.Graph.Node, ModelProto.Parser.ParseFrom(quantized).Graph.Node);
    }

    private static byte[] OneProduct(float[] weights)
    {
        var model = new ModelProto { IrVersion = 7, OpsetImport = { new OperatorSetIdProto { Version = 13 } }, Graph = new GraphProto { Name = "g" } };
        model.Graph.Input.Add(Value("x", Rows, Inner));
        model.Graph.Output.Add(Value("z", Rows, Columns));
        var w = new TensorProto { Name = "w", DataType = (int)TensorProto.Types.DataType.Float, Dims = { Inner, Columns } };
        w.FloatData.AddRange(weights);
        model.Graph.Initializer.Add(w);
        model.Graph.Node.Add(new NodeProto { OpType = "MatMul", Input = { "x", "w" }, Output = { "z" } });
        return model.ToByteArray();
    }

    private static ValueInfoProto Value(string name, params long[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (var d in dims)
            shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = d });
        return new ValueInfoProto { Name = name, Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape } } };
    }

    private static float[] Run(byte[] model, float[] input)
    {
        using var session = new InferenceSession(model);
        using var x = OrtValue.CreateTensorValueFromMemory(input, [Rows, Inner]);
        using var outputs = session.Run(new RunOptions(), new Dictionary<string, OrtValue> { ["x"] = x }, ["z"]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }
}

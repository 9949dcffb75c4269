return await Vigil.Cli.VigilCommandLine.RunAsync(args);

using BenchmarkDotNet.Running;

// `-- --filter *` runs everything; `--job short` for a quick look.
BenchmarkSwitcher.FromAssembly(typeof(ToneCheck.Benchmarks.CheckBenchmarks).Assembly).Run(args);

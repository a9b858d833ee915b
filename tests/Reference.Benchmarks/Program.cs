// Entry point: BenchmarkDotNet's switcher, so that `--filter` and `--job short` work.
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Reference.Benchmarks.ObjectBenchmarks).Assembly).Run(args);

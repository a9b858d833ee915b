// Executed examples: a fenced block marked `run` is executed when the book is built, and its real output
// is printed under it. A fenced block marked `expected` right after it must match the output, or the build
// fails — so the book can never show output the code no longer produces.
//
//   ```console run            the block is a shell command, run from the repository root
//   ```python run mode=ft     the block is a Python program, run by refpy in that mode (chapter 2 on)
using System.Diagnostics;
using System.Linq;
using Markdig.Syntax;

namespace Reference.Book;

/// <summary>Runs the runnable blocks of a chapter and records their output.</summary>
internal sealed class ExecutedExamples(string repoRoot, List<string> errors, string page)
{
    /// <summary>Output of each run block, in document order, for the renderer.</summary>
    public Dictionary<FencedCodeBlock, string> Outputs { get; } = [];

    /// <summary>Expected blocks that were checked and should not be rendered again.</summary>
    public HashSet<FencedCodeBlock> Consumed { get; } = [];

    public void Run(MarkdownDocument document)
    {
        var blocks = document.Descendants<FencedCodeBlock>().ToList();
        for (int i = 0; i < blocks.Count; i++)
        {
            FencedCodeBlock block = blocks[i];
            string[] info = ((block.Info ?? "") + " " + (block.Arguments ?? "")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!info.Contains("run"))
            {
                continue;
            }
            string code = block.Lines.ToString();
            string? output = info[0] switch
            {
                "console" => RunShell(code, block),
                "python" => RunPython(code, info, block),
                _ => Error(block, $"don't know how to run a '{info[0]}' block"),
            };
            if (output is null)
            {
                continue;
            }
            Outputs[block] = output;
            if (i + 1 < blocks.Count && blocks[i + 1].Info == "expected" && blocks[i + 1].Parent == block.Parent
                && block.Parent!.IndexOf(blocks[i + 1]) == block.Parent.IndexOf(block) + 1)
            {
                FencedCodeBlock expected = blocks[i + 1];
                Consumed.Add(expected);
                if (Normalize(expected.Lines.ToString()) != Normalize(output))
                {
                    Error(block, $"output differs from the expected block:\n--- expected\n{expected.Lines}\n--- actual\n{output}");
                }
            }
        }
    }

    private static string Normalize(string text) => string.Join('\n', text.Replace("\r", "", StringComparison.Ordinal).TrimEnd().Split('\n').Select(l => l.TrimEnd()));

    private string? Error(FencedCodeBlock block, string message)
    {
        errors.Add($"{page}:{block.Line + 1}: {message}");
        return null;
    }

    private string? RunShell(string command, FencedCodeBlock block)
    {
        var psi = new ProcessStartInfo("/bin/sh", ["-c", command])
        {
            WorkingDirectory = repoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.Environment["DOTNET_NOLOGO"] = "1";
        return Execute(psi, block);
    }

    private string? RunPython(string program, string[] info, FencedCodeBlock block)
    {
        string refpy = Path.Combine(repoRoot, "src", "02-eval");
        if (!Directory.Exists(refpy))
        {
            return Error(block, "python examples need refpy (src/02-eval), which this checkout does not have");
        }
        string mode = info.FirstOrDefault(a => a.StartsWith("mode=", StringComparison.Ordinal))?["mode=".Length..] ?? "default";
        string file = Path.Combine(Path.GetTempPath(), $"book-{Guid.NewGuid():N}.py");
        File.WriteAllText(file, program);
        try
        {
            var psi = new ProcessStartInfo("dotnet", ["run", "--project", refpy, "--", $"--mode={mode}", file])
            {
                WorkingDirectory = repoRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            return Execute(psi, block);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private string? Execute(ProcessStartInfo psi, FencedCodeBlock block)
    {
        using Process process = Process.Start(psi)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return Error(block, "the example did not finish within 5 minutes");
        }
        string output = stdout.Result + stderr.Result;
        if (process.ExitCode != 0 && !(block.Info ?? "").Contains("fails", StringComparison.Ordinal)
            && !(block.Arguments ?? "").Contains("fails", StringComparison.Ordinal))
        {
            return Error(block, $"the example exited with status {process.ExitCode}:\n{output}");
        }
        return output.TrimEnd();
    }
}

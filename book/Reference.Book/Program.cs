// Builds the book: `dotnet run --project book/Reference.Book [-- --out DIR] [--no-run]`.
// Exits 1, listing every problem, if a region is missing or duplicated, an example fails or a link is broken.
using Reference.Book;

string root = FindRoot();
string outDir = Path.Combine(root, "book", "out");
bool runExamples = true;
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--out" && i + 1 < args.Length)
    {
        outDir = Path.GetFullPath(args[++i]);
    }
    else if (args[i] == "--no-run")
    {
        runExamples = false;
    }
}
var builder = new BookBuilder(root);
IReadOnlyList<string> pages = builder.Build(outDir, runExamples);
foreach (string error in builder.Errors)
{
    Console.Error.WriteLine("book: " + error);
}
Console.WriteLine($"book: {pages.Count} pages in {outDir}{(builder.Errors.Count > 0 ? $", {builder.Errors.Count} problems" : "")}");
return builder.Errors.Count == 0 ? 0 : 1;

static string FindRoot()
{
    string? dir = Directory.GetCurrentDirectory();
    while (dir is not null && !File.Exists(Path.Combine(dir, "Reference.sln")))
    {
        dir = Path.GetDirectoryName(dir);
    }
    return dir ?? throw new DirectoryNotFoundException("run the book builder inside the Reference checkout");
}

namespace Reference.Book.Tests;

/// <summary>The checkout these tests run in: the directory above the test binaries that holds Reference.sln.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir, "Reference.sln")))
        {
            dir = System.IO.Path.GetDirectoryName(dir);
        }
        return dir ?? throw new DirectoryNotFoundException("Reference.sln not found above the test directory");
    }
}

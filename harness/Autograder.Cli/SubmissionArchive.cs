using System.IO.Compression;

namespace Autograder.Cli;

/// <summary>
/// Unpacks a .zip of submissions (a Gradescope or LMS export: a folder per student) so it can be graded
/// like a folder. An archive is untrusted input: entries that would land outside the folder, or that
/// unpack to more than <see cref="MaxBytes"/> in all, stop the unpacking with a message saying so.
/// </summary>
internal static class SubmissionArchive
{
    /// <summary>The most an archive may unpack to.</summary>
    public const long MaxBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>The most entries an archive may hold.</summary>
    public const int MaxEntries = 200_000;

    /// <summary>Unpacks <paramref name="zip"/> into a fresh <paramref name="folder"/> and returns the folder.</summary>
    public static string Extract(string zip, string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(root);
        try
        {
            using var archive = ZipFile.OpenRead(zip);
            if (archive.Entries.Count > MaxEntries)
            {
                throw new UserInputException($"'{zip}' holds {archive.Entries.Count} entries, more than the {MaxEntries} a class's submissions need. Unpack it yourself and pass the folder.");
            }

            long written = 0;
            foreach (var entry in archive.Entries)
            {
                var target = Path.GetFullPath(Path.Combine(root, entry.FullName));
                if (!target.StartsWith(root, StringComparison.Ordinal))
                {
                    throw new UserInputException($"'{zip}' holds the entry '{entry.FullName}', which would unpack outside its folder. Re-create the archive without absolute paths or '..'.");
                }

                if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
                {
                    Directory.CreateDirectory(target);
                    continue;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                using var source = entry.Open();
                using var destination = File.Create(target);
                written += CopyAtMost(source, destination, MaxBytes - written, zip);
            }
        }
        catch (InvalidDataException e)
        {
            throw new UserInputException($"'{zip}' is not a readable .zip archive ({e.Message}). Pass the archive as downloaded, or unpack it and pass the folder.");
        }

        return folder;
    }

    // Counts what is really written: an entry's declared size can lie.
    private static long CopyAtMost(Stream source, Stream destination, long budget, string zip)
    {
        var buffer = new byte[81920];
        long copied = 0;
        int read;
        while ((read = source.Read(buffer)) > 0)
        {
            copied += read;
            if (copied > budget)
            {
                throw new UserInputException($"'{zip}' unpacks to more than {MaxBytes / (1024 * 1024 * 1024)} GiB. Unpack it yourself and pass the folder of submissions.");
            }

            destination.Write(buffer, 0, read);
        }

        return copied;
    }
}

package org.chancery.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.chancery.corpus.Corpus;
import org.chancery.corpus.Inputs;

/**
 * The documents named on the command line, on any Hadoop file system, in the order
 * {@code chancery convert} takes them: arguments in order, each folder walked in path order
 * (hidden names skipped, only what looks like a document), a glob's matches in path order. The
 * order fixes the document ids and the corpus index, so it is settled here, on the driver, once.
 */
final class DocumentList implements Serializable {
    private static final int MAX_DEPTH = 32;

    /** One input: where it is and the id its graph takes. */
    record Entry(String path, String id) implements Serializable {}

    final List<Entry> entries = new ArrayList<>();
    /** Inputs that name nothing readable, one line each. */
    final List<String> problems = new ArrayList<>();

    static DocumentList of(List<String> args, Configuration conf) {
        DocumentList list = new DocumentList();
        List<String> paths = new ArrayList<>();
        for (String a : args) {
            try {
                Path p = new Path(a);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(p);
                if (matches == null || matches.length == 0) {
                    list.problems.add(a + ": no such file or folder");
                    continue;
                }
                List<String> found = new ArrayList<>();
                for (FileStatus s : matches) {
                    if (s.isDirectory()) list.walk(fs, s.getPath(), 0, found);
                    else found.add(s.getPath().toString());
                }
                // A folder's documents (and a glob's matches) in path order, as Inputs walks a folder.
                if (matches.length > 1 || matches[0].isDirectory()) found.sort(null);
                paths.addAll(found);
            } catch (IOException | IllegalArgumentException e) {
                list.problems.add(a + ": cannot read (" + e.getMessage() + ")");
            }
        }
        List<String> ids = Corpus.ids(paths);
        for (int i = 0; i < paths.size(); i++) list.entries.add(new Entry(paths.get(i), ids.get(i)));
        return list;
    }

    private void walk(FileSystem fs, Path dir, int depth, List<String> found) throws IOException {
        FileStatus[] children = fs.listStatus(dir);
        boolean jobOutput = false;
        for (FileStatus c : children) if (c.getPath().getName().equals("_SUCCESS")) jobOutput = true;
        for (FileStatus c : children) {
            String name = c.getPath().getName();
            if (name.startsWith(".") || (jobOutput && name.startsWith("_"))) continue;
            if (c.isDirectory()) {
                if (depth + 1 >= MAX_DEPTH) problems.add(c.getPath() + ": folder nested deeper than " + MAX_DEPTH + " levels, not read");
                else walk(fs, c.getPath(), depth + 1, found);
            } else if (Inputs.isDocument(name)) {
                found.add(c.getPath().toString());
            }
        }
    }
}

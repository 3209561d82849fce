package org.chancery.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder a Spark job wrote is loaded by its part files: its markers and reports are no documents. */
class JobOutputInputsTest {
    @TempDir
    Path tmp;

    @Test
    void aJobFolderGivesItsPartFilesOnly() throws Exception {
        Path job = Files.createDirectories(tmp.resolve("job"));
        Files.writeString(job.resolve("_SUCCESS"), "");
        Files.writeString(job.resolve("_bad-inputs.txt"), "x.txt: no text\n");
        Files.writeString(job.resolve("part-r-00001.nq"), "");
        Files.writeString(job.resolve("part-r-00000.nq"), "");
        Files.writeString(job.resolve(".part-r-00000.nq.crc"), "");
        Inputs in = Inputs.expand(List.of(job.toString()));
        assertEquals(List.of(job.resolve("part-r-00000.nq"), job.resolve("part-r-00001.nq")), in.files);
        assertEquals(List.of(), in.problems);
    }

    @Test
    void elsewhereAnUnderscoreNameIsADocument() throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("_draft.txt"), "A draft.");
        assertEquals(List.of(notes.resolve("_draft.txt")), Inputs.expand(List.of(notes.toString())).files);
    }
}

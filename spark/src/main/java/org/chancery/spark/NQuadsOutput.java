package org.chancery.spark;

import java.io.IOException;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.RecordWriter;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;

/**
 * Part files named {@code part-r-NNNNN.nq}, each record a document's N-Quads as they are (no line
 * added): the extension tells {@code chancery load} and {@code tdb2.xloader} what they hold. The
 * job's commit protocol (a task's file appears whole, then {@code _SUCCESS}) is Hadoop's.
 */
public final class NQuadsOutput extends FileOutputFormat<NullWritable, Text> {
    @Override
    public RecordWriter<NullWritable, Text> getRecordWriter(TaskAttemptContext job) throws IOException {
        Path file = getDefaultWorkFile(job, ".nq");
        FSDataOutputStream out = file.getFileSystem(job.getConfiguration()).create(file, false);
        return new RecordWriter<>() {
            @Override
            public void write(NullWritable key, Text quads) throws IOException {
                out.write(quads.getBytes(), 0, quads.getLength());
            }

            @Override
            public void close(TaskAttemptContext context) throws IOException {
                out.close();
            }
        };
    }
}

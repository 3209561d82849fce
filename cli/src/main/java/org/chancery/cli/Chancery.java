package org.chancery.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code chancery} command: a knowledge-graph builder for diplomatic texts. */
@Command(name = "chancery", mixinStandardHelpOptions = true, version = "chancery 0.1.0",
        description = "Builds a knowledge graph of states, officials, institutions, agreements, resolutions and meetings "
                + "from diplomatic texts in French and English.",
        subcommands = {ConvertCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class,
                QueriesCommand.class, CheckCommand.class, ScoreCommand.class, StatsCommand.class, ValidateCommand.class, ExportCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class Chancery implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 done, 1 some input failed, 2 usage. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Chancery());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("chancery: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: convert, load, serve, query, queries, check, score, stats, validate, export or demo");
    }
}

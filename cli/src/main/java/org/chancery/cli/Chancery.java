package org.chancery.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code chancery} command: a knowledge-graph builder for diplomatic texts. */
@Command(name = "chancery", mixinStandardHelpOptions = true, version = "chancery 0.1.0",
        description = "Builds a knowledge graph of states, officials, institutions, agreements, resolutions and meetings "
                + "from diplomatic texts in French and English.")
public final class Chancery implements Runnable {
    /** The subcommands, in the order help lists them (added by {@link #commandLine}, not by the annotation). */
    static final List<Class<?>> COMMANDS = List.of(ConvertCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class,
            QueriesCommand.class, CheckCommand.class, ScoreCommand.class, StatsCommand.class, ValidateCommand.class, ExportCommand.class, DemoCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 done, 1 some input failed, 2 usage. */
    public static int run(String... args) {
        CommandLine cl = commandLine(args.length > 0 ? args[0] : null);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("chancery: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl.execute(args);
    }

    /**
     * The command line with only the subcommand asked for when it is one, else with all of them (for
     * {@code help}, usage errors, no command). Picocli reflects over a command's options and the classes they
     * name as it builds it: building all eleven took about a third of a cold conversion of five documents.
     */
    static CommandLine commandLine(String asked) {
        CommandLine cl = new CommandLine(new Chancery());
        Class<?> only = null;
        for (Class<?> c : COMMANDS) {
            if (c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(asked)) only = c;
        }
        for (Class<?> c : COMMANDS) if (only == null || c == only) cl.addSubcommand(c);
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: convert, load, serve, query, queries, check, score, stats, validate, export or demo");
    }
}

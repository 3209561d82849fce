package org.chancery.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.store.ShapeCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chancery validate}: the SHACL shapes of ontology/shapes.ttl over a store or documents. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate a store, or documents converted together, against the SHACL shapes of ontology/shapes.ttl. "
                + "Prints each violation with the node's label, the documents it came from and the shape's message; exit 1 on any violation.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store to validate (its union graph).")
    Path store;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Instead of a store: documents (converted together) or RDF files.")
    List<String> inputs = List.of();

    @Option(names = "--warnings", description = "Print the warnings too (they never fail the validation).")
    boolean warnings;

    @Mixin
    ReadOptions read;

    @Override
    public Integer call() {
        if ((store == null) == inputs.isEmpty()) throw new ParameterException(spec.commandLine(), "give either --store DIR or INPUT documents, not both or neither");
        var out = spec.commandLine().getOut();
        Sources sources = new Sources();
        ShapeCheck check = ShapeCheck.standard();
        List<ShapeCheck.Finding> findings = sources.apply(store, inputs, read, spec.commandLine().getErr(), dsg -> check.validate(dsg.getUnionGraph()));
        long violations = findings.stream().filter(ShapeCheck.Finding::violation).count();
        for (ShapeCheck.Finding f : findings) {
            if (!f.violation() && !warnings) continue;
            out.printf("%s \"%s\" <%s>%n", f.violation() ? "VIOLATION" : "WARNING", f.label(), f.focus().isURI() ? f.focus().getURI() : f.focus());
            out.printf("  from: %s%n", f.documents().isEmpty() ? "(no prov:wasDerivedFrom)" : String.join(", ", f.documents()));
            out.printf("  %s%s%s%n", f.path().isEmpty() ? "" : f.path() + ": ", f.message(), f.value() == null ? "" : " (value: " + f.value() + ")");
        }
        long warned = findings.size() - violations;
        out.printf("%d violation(s), %d warning(s)%s%n", violations, warned, warned > 0 && !warnings ? " (--warnings shows them)" : "");
        out.flush();
        return violations > 0 || !sources.problems.isEmpty() ? 1 : 0;
    }
}

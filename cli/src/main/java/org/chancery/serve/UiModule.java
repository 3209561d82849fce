package org.chancery.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.rdf.model.Model;

/**
 * What Fuseki's web UI needs from the server, and no more: the server-status and dataset-listing
 * endpoints it calls (read-only: creating or deleting datasets is refused), and a work area of its
 * own instead of a "run/" folder in the user's current directory.
 */
final class UiModule implements FusekiModule {
    private final Path workArea;

    UiModule(Path workArea) {
        this.workArea = workArea;
    }

    @Override
    public String name() {
        return "Chancery UI support";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        FusekiServerCtl ctl = new FusekiServerCtl(workArea);
        ctl.setup();
        builder.addServletAttribute(Fuseki.attrFusekiServerCtl, ctl)
               .addServlet("/$/server", new ActionServerStatus())
               .addServlet("/$/datasets/*", new ActionDatasets())
               .addFilter("/$/*", readOnly())
               .enablePing(true)
               .enableStats(true);
    }

    @Override
    public void serverStopped(FusekiServer server) {
        deleteWorkArea(workArea);
    }

    /** The work area is scratch: nothing in it outlives the server. */
    static void deleteWorkArea(Path dir) {
        try (var s = java.nio.file.Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException ignored) {
            // already gone
        }
    }

    /** Administration over HTTP is read-only: GET and HEAD pass, anything else is refused. */
    private static Filter readOnly() {
        return (req, resp, chain) -> {
            String method = ((HttpServletRequest) req).getMethod();
            String path = ((HttpServletRequest) req).getRequestURI();
            boolean validation = path.contains("/$/validate/");
            if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || validation) {
                chain.doFilter(req, resp);
            } else {
                ((HttpServletResponse) resp).sendError(405, "Chancery serves this dataset read-only");
            }
        };
    }
}

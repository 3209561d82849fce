package org.chancery.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.InetAddress;
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
 * endpoints it calls (read-only: creating or deleting datasets is refused; administration beyond what
 * the UI reads is for localhost only), and a work area of its own instead of a "run/" folder in the
 * user's current directory.
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
               .addFilter("/$/*", adminGuard())
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

    /** What the web UI reads to draw its pages; the rest of /$/ (statistics, tasks, backups …) is administration. */
    private static final Set<String> UI_READS = Set.of("/$/ping", "/$/server", "/$/datasets");

    /**
     * Administration over HTTP is read-only (GET and HEAD pass, anything else is refused: no dataset
     * is created, deleted, backed up or compacted), and open to localhost only, except the few
     * read-only calls the UI needs to show the dataset to a remote user of a --public server.
     */
    private static Filter adminGuard() {
        return (req, resp, chain) -> {
            HttpServletRequest http = (HttpServletRequest) req;
            String path = http.getRequestURI().substring(http.getContextPath().length());
            String refusal = refusal(http.getMethod(), path, InetAddress.getByName(http.getRemoteAddr()));
            if (refusal == null) {
                chain.doFilter(req, resp);
            } else {
                ((HttpServletResponse) resp).sendError(refusal.startsWith("read-only") ? 405 : 403, "Chancery: " + refusal);
            }
        };
    }

    /** Why a request to /$/… is refused, or null when it may pass. */
    static String refusal(String method, String path, InetAddress client) {
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        if (!read && !path.startsWith("/$/validate/")) return "read-only: administration over HTTP cannot change the server";
        boolean uiRead = UI_READS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
        if (!client.isLoopbackAddress() && !uiRead) return "administration is restricted to localhost";
        return null;
    }
}

package org.chancery.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Which SPARQL {@code SERVICE} endpoints the server may call for a client. A federated query makes the
 * server itself send an HTTP request to wherever the query says, and read the answer back to the
 * client: on a server others can reach, a way into hosts only the server reaches (internal services,
 * cloud metadata addresses). So none by default; {@code serve --allow-service PREFIX} opens the
 * endpoints whose IRI starts with one of the prefixes given.
 */
public record ServiceAccess(List<String> allowedPrefixes) {
    public static final ServiceAccess NONE = new ServiceAccess(List.of());

    public ServiceAccess {
        allowedPrefixes = List.copyOf(allowedPrefixes);
        for (String p : allowedPrefixes) {
            URI u = parse(p);
            if (u == null || u.getHost() == null || u.getRawUserInfo() != null || !u.getScheme().matches("(?i)https?")) {
                throw new IllegalArgumentException("--allow-service: '" + p + "' is not an http(s) URL prefix with a host, such as https://query.wikidata.org/sparql");
            }
        }
    }

    /**
     * Whether a query may call this endpoint: an http(s) IRI on the scheme, host and port of an
     * allowed prefix, whose path (dot-segments resolved) starts with the prefix's path. Compared
     * part by part, not as text: {@code http://good.example.evil.org/} or {@code http://good.example@evil.org/}
     * do not pass for {@code http://good.example}, nor {@code …/allowed/../other} for {@code …/allowed/}.
     */
    public boolean allows(Node service) {
        if (!service.isURI()) return false;
        URI u = parse(service.getURI());
        if (u == null || u.getHost() == null || u.getRawUserInfo() != null) return false;
        for (String prefix : allowedPrefixes) {
            URI p = parse(prefix);
            if (p.getScheme().equalsIgnoreCase(u.getScheme()) && p.getHost().equalsIgnoreCase(u.getHost())
                    && port(p) == port(u) && path(u) != null && path(p) != null && path(u).startsWith(path(p))) {
                return true;
            }
        }
        return false;
    }

    private static URI parse(String iri) {
        try {
            URI u = new URI(iri).normalize();
            return u.isAbsolute() && !u.isOpaque() ? u : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int port(URI u) {
        return u.getPort() >= 0 ? u.getPort() : u.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static String path(URI u) {
        String p = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return p.startsWith("/../") || p.equals("/..") ? null : p; // a path climbing above the root matches nothing
    }

    /** Why a call to this endpoint is refused, or null when it is allowed. */
    public String refusal(Node service) {
        if (allows(service)) return null;
        String which = service.isURI() ? "<" + service.getURI() + ">" : service.toString();
        return "SERVICE " + which + " refused: this server makes no request to "
                + (allowedPrefixes.isEmpty() ? "other endpoints (federated queries are off; `chancery serve --allow-service PREFIX` opens them)"
                        : "endpoints outside " + allowedPrefixes + " (`chancery serve --allow-service PREFIX`)");
    }

    /**
     * Why a query is refused, or null: the first SERVICE it names, anywhere (sub-queries, EXISTS),
     * that is not allowed. A SERVICE whose endpoint is a variable is refused too: it cannot be
     * checked before it runs.
     */
    public String refusal(Query query) {
        List<String> found = new ArrayList<>();
        OpVisitorBase services = new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                String why = refusal(op.getService());
                if (why != null) found.add(why);
            }
        };
        Walker.walk(Algebra.compile(query), services, new ExprVisitorBase(), null, null);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Makes every SERVICE call of the queries and updates run with this context pass this check
     * first, once its endpoint is known; a refused one fails, before any request is sent.
     */
    public void guard(Context context) {
        if (allowedPrefixes.isEmpty()) context.set(ARQ.httpServiceAllowed, false);
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addSingleLink((opExecute, original, binding, execCxt, chain) -> {
            String why = refusal(opExecute.getService());
            if (why != null) throw new QueryExecException(why);
            return chain.createExecution(opExecute, original, binding, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }
}

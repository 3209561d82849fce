package org.chancery.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * The individuals' IRIs dereferenced: {@code GET /id/{kind}/{slug}} answers a browser (text/html)
 * with a 303 to the explorer's page, and RDF clients with the individual's description — its
 * statements in every document's graph and the labels of what they link to — in Turtle, JSON-LD or
 * N-Triples. A deployment maps {@code https://w3id.org/chancery/id/} here (see README).
 */
final class EntityServlet extends HttpServlet {
    private static final MediaType TURTLE = MediaType.create("text/turtle");
    private static final MediaType JSONLD = MediaType.create("application/ld+json");
    private static final MediaType NTRIPLES = MediaType.create("application/n-triples");
    private static final MediaType HTML = MediaType.create("text/html");
    private static final MediaType XHTML = MediaType.create("application/xhtml+xml");
    // Order is preference when the client accepts anything: data for curl, pages for browsers (which name text/html).
    private static final AcceptList OFFERS = AcceptList.create(TURTLE, JSONLD, NTRIPLES, HTML, XHTML);
    private static final Query DESCRIBE = QueryFactory.create("""
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            CONSTRUCT { ?entity ?p ?o . ?o rdfs:label ?l }
            WHERE { ?entity ?p ?o OPTIONAL { ?o rdfs:label ?l FILTER(isIRI(?o)) } }
            """);

    private final ExplorerServlet.Dataset dataset;

    EntityServlet(ExplorerServlet.Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String rest = req.getPathInfo();
        if (rest == null || !rest.matches("/[a-z]+/[^/]+")) {
            ExplorerServlet.send(resp, 404, "text/plain; charset=utf-8", "an individual's IRI is /id/{kind}/{slug}\n");
            return;
        }
        String header = req.getHeader("Accept");
        MediaType type = AcceptList.match(new AcceptList(header == null || header.isBlank() ? "*/*" : header), OFFERS);
        if (type == null) {
            ExplorerServlet.send(resp, 406, "text/plain; charset=utf-8",
                    "an individual is described as text/turtle, application/ld+json or application/n-triples, or shown as text/html; not " + header + "\n");
            return;
        }
        Node iri = NodeFactory.createURI(Page.ID + rest.substring(1));
        var dsg = dataset.get(getServletContext());
        Model description = Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.newBuilder().dataset(dsg).query(DESCRIBE).substitution(Var.alloc("entity"), iri).build()) {
                return ModelFactory.createModelForGraph(exec.construct());
            }
        });
        if (description.isEmpty()) {
            ExplorerServlet.send(resp, 404, "text/plain; charset=utf-8", "no individual " + iri.getURI() + " in this store\n");
            return;
        }
        String ct = type.getContentTypeStr();
        if (ct.equals("text/html") || ct.equals("application/xhtml+xml")) {
            resp.setStatus(303);
            resp.setHeader("Location", Page.explorePath(iri));
            resp.setContentLength(0);
            return;
        }
        description.setNsPrefix("dip", "https://w3id.org/chancery/ontology#");
        description.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        description.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        description.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        description.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        description.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        description.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        Lang lang = switch (ct) {
            case "application/ld+json" -> Lang.JSONLD;
            case "application/n-triples" -> Lang.NTRIPLES;
            default -> Lang.TURTLE;
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, description, lang);
        resp.setStatus(200);
        resp.setContentType(ct + "; charset=utf-8");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setContentLength(out.size());
        out.writeTo(resp.getOutputStream());
    }
}

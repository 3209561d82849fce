package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuseki's web UI (a Vue app) in headless Chromium, as a person uses it: open the dataset's query
 * page, run a full-text search with the run button, and see the rows in the results table. The
 * screenshot is kept as cli/target/ui-query.png. Needs Debian's chromium and chromium-driver
 * (.ci/run installs them); without them the test says so and is skipped.
 */
class BrowserUiTest {
    static final Path SCREENSHOT = Path.of("target", "ui-query.png");

    @Test
    void theQueryPageRunsAQueryAndShowsItsRows(@TempDir Path profile) throws Exception {
        assumeTrue(WebDriverSession.available(), "no " + WebDriverSession.CHROMIUM + " and " + WebDriverSession.CHROMEDRIVER
                + " (apt-get install chromium chromium-driver): the browser test of the web UI is skipped");
        ExampleServer served = ExampleServer.get();
        String query = """
                PREFIX text: <http://jena.apache.org/text#>
                SELECT ?entity ?name WHERE { (?entity ?score ?name) text:query '"droits de l\\'homme"' }""";
        String page = served.base() + "/#/dataset/chancery/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        try (WebDriverSession browser = new WebDriverSession(profile)) {
            browser.open(page);
            // The editor is drawn once the app has read the server's description of the dataset.
            String editor = browser.waitFor("""
                    const q = document.querySelector('.yasqe .CodeMirror');
                    return q && q.CodeMirror && q.CodeMirror.getValue().includes('text:query') ? 'ready' : '';""", Duration.ofSeconds(60));
            assertFalse(editor.isEmpty(), "the query editor never showed the query; page text: " + browser.text("return document.body.innerText"));
            browser.script("document.querySelector('.yasqe_queryButton').click(); return null;");
            String table = browser.waitFor("""
                    const rows = document.querySelectorAll('.yasr table tbody tr');
                    return rows.length > 0 && !rows[0].innerText.includes('No data') ? document.querySelector('.yasr table').innerText : '';""",
                    Duration.ofSeconds(60));
            browser.script("document.querySelector('.yasr').scrollIntoView(); return null;");
            browser.screenshot(SCREENSHOT);
            assertTrue(table.contains("Conseil des droits de l'homme des Nations unies"), "the results table: " + table);
            assertTrue(table.contains("institution/unhrc") || table.contains("unhrc"), table);
        }
        assertTrue(Files.size(SCREENSHOT) > 10_000, "a screenshot of the page");
    }
}

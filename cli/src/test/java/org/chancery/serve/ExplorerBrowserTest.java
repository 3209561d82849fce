package org.chancery.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer in headless Chromium, as a person uses it: a state's page, a click on a fact's
 * sentence that opens its document with the sentence highlighted, a search by the first letters of
 * a name, the network, a hostile document's pages (none of its markup runs), and the state's page
 * at a phone's width. Each page kind leaves a screenshot under cli/target/explorer/. Skipped, saying
 * why, without Debian's chromium and chromium-driver (as {@link BrowserUiTest}).
 */
class ExplorerBrowserTest {
    static final Path SHOTS = Path.of("target", "explorer");
    static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aPersonFollowsAStateToTheSentenceOfAFact(@TempDir Path profile) throws Exception {
        assumeTrue(WebDriverSession.available(), "no " + WebDriverSession.CHROMIUM + " and " + WebDriverSession.CHROMEDRIVER
                + " (apt-get install chromium chromium-driver): the browser test of the explorer is skipped");
        String base = ExplorerServer.get().base();
        try (WebDriverSession browser = new WebDriverSession(profile)) {
            browser.open(base + "/explore/state/IN");
            assertEquals("India", browser.waitFor("return document.querySelector('h1') ? document.querySelector('h1').innerText : ''", WAIT));
            String body = browser.text("return document.body.innerText");
            assertTrue(body.contains("Jaishankar") && body.contains("Officials"), "the state's officials: " + body);
            assertTrue(browser.text("return String(document.querySelectorAll('svg.timeline rect').length)").matches("[1-9]\\d*"), "bars in the timeline");
            noErrors(browser, "state page");
            browser.screenshot(SHOTS.resolve("state.png"));

            // A fact's sentence opens the document, scrolled to the sentence, highlighted.
            String href = browser.text("""
                    const a = document.querySelector('table.evidence a[href*="/explore/document/"][href*="#at-"]');
                    if (!a) return ''; a.click(); return a.getAttribute('href');""");
            assertFalse(href.isEmpty(), "a sentence to click on the state's page");
            String target = browser.waitFor("""
                    const t = document.querySelector('.sentence:target');
                    return location.pathname.startsWith('/explore/document/') && t ? getComputedStyle(t).backgroundColor : '';""", WAIT);
            assertFalse(target.isEmpty(), "the document opened at the sentence");
            assertFalse(target.equals("rgba(0, 0, 0, 0)"), "the sentence is highlighted: " + target);
            noErrors(browser, "document page");
            browser.screenshot(SHOTS.resolve("document.png"));

            // The search finds a name from its first letters.
            browser.open(base + "/explore");
            browser.script("document.querySelector('form.search input').value = 'jaishan'; document.querySelector('form.search').submit(); return null;");
            String results = browser.waitFor("const r = document.querySelector('ul.results'); return r ? r.innerText : ''", WAIT);
            assertTrue(results.contains("Jaishankar"), "search results: " + results);
            noErrors(browser, "home page");
            browser.screenshot(SHOTS.resolve("home.png"));

            // Every other page kind opens without a console error.
            for (String[] page : new String[][] {{"/explore/network", "network"}, {"/explore/official/hostile", "official"},
                    {"/explore/document/hostile-hand-ttl", "hostile-document"}, {"/explore/document/hostile-markup-txt", "converted-hostile-document"}}) {
                browser.open(base + page[0]);
                browser.waitFor("return document.readyState === 'complete' ? 'done' : ''", WAIT);
                // Had the markup of the data run, an alert would be open and this would fail.
                assertEquals("0 0", browser.text("return document.scripts.length + ' ' + document.images.length"), page[0]);
                noErrors(browser, page[0]);
                browser.screenshot(SHOTS.resolve(page[1] + ".png"));
            }

            // A phone's width: the page fits, nothing scrolls sideways but the wide tables in their boxes.
            browser.resize(390, 844);
            browser.open(base + "/explore/state/IN");
            browser.waitFor("return document.querySelector('h1') ? 'ok' : ''", WAIT);
            String overflow = browser.text("return String(document.documentElement.scrollWidth - window.innerWidth)");
            assertTrue(Integer.parseInt(overflow) <= 1, "the page is wider than the phone by " + overflow + " px");
            browser.screenshot(SHOTS.resolve("state-phone.png"));
        }
        assertTrue(Files.size(SHOTS.resolve("state.png")) > 10_000, "a screenshot of the state's page");
    }

    private static void noErrors(WebDriverSession browser, String what) throws Exception {
        List<String> errors = browser.consoleErrors().stream().filter(e -> !e.contains("favicon.ico")).toList();
        assertEquals(List.of(), errors, what + ": console errors");
    }
}

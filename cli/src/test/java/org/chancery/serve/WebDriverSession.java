package org.chancery.serve;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Headless Chromium driven by chromedriver over the W3C WebDriver protocol (plain JSON over HTTP),
 * so a test can open a page, click, read what is shown and take a screenshot without pulling
 * Selenium's client in. Only the handful of commands the tests use.
 */
final class WebDriverSession implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final Process driver;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String session;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    WebDriverSession(Path profile) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        base = "http://127.0.0.1:" + port;
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            try {
                JsonObject status = call("GET", "/status", null);
                if (status.getObj("value").getBoolean("ready")) break;
            } catch (IOException notYet) {
                // chromedriver is still starting
            }
            if (System.currentTimeMillis() > deadline) {
                driver.destroyForcibly();
                throw new IOException("chromedriver did not start on port " + port);
            }
            Thread.sleep(200);
        }
        // Headless, no sandbox (CI runs as root), its own throw-away profile.
        JsonArray args = new JsonArray();
        for (String a : new String[] {"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1100", "--user-data-dir=" + profile.toAbsolutePath()}) {
            args.add(a);
        }
        JsonObject chrome = new JsonObject();
        chrome.put("binary", CHROMIUM.toString());
        chrome.put("args", args);
        JsonObject always = new JsonObject();
        always.put("browserName", "chrome");
        always.put("goog:chromeOptions", chrome);
        // The page's console, read back by consoleErrors().
        JsonObject logging = new JsonObject();
        logging.put("browser", "ALL");
        always.put("goog:loggingPrefs", logging);
        JsonObject caps = new JsonObject();
        caps.put("alwaysMatch", always);
        JsonObject body = new JsonObject();
        body.put("capabilities", caps);
        session = call("POST", "/session", body).getObj("value").getString("sessionId");
    }

    void open(String url) throws IOException, InterruptedException {
        JsonObject body = new JsonObject();
        body.put("url", url);
        call("POST", "/session/" + session + "/url", body);
    }

    /** Runs a script in the page and returns its result (a string, number, boolean or null). */
    JsonValue script(String script) throws IOException, InterruptedException {
        JsonObject body = new JsonObject();
        body.put("script", script);
        body.put("args", new JsonArray());
        return call("POST", "/session/" + session + "/execute/sync", body).get("value");
    }

    String text(String script) throws IOException, InterruptedException {
        JsonValue v = script(script);
        return v instanceof JsonString s ? s.value() : v == null || v.isNull() ? "" : v.toString();
    }

    /** Polls a script until it returns a non-empty string; returns it, or "" when time runs out. */
    String waitFor(String script, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String t = text(script);
            if (!t.isEmpty()) return t;
            Thread.sleep(250);
        }
        return "";
    }

    /** The console's errors since the last call (CSP violations, failed loads, script errors), one a line. */
    java.util.List<String> consoleErrors() throws IOException, InterruptedException {
        JsonObject body = new JsonObject();
        body.put("type", "browser");
        java.util.List<String> errors = new java.util.ArrayList<>();
        JsonArray entries = call("POST", "/session/" + session + "/se/log", body).get("value").getAsArray();
        for (int i = 0; i < entries.size(); i++) {
            JsonObject entry = entries.get(i).getAsObject();
            if ("SEVERE".equals(entry.getString("level"))) errors.add(entry.getString("message"));
        }
        return errors;
    }

    /** The window's size, e.g. a phone's width. */
    void resize(int width, int height) throws IOException, InterruptedException {
        JsonObject body = new JsonObject();
        body.put("width", width);
        body.put("height", height);
        call("POST", "/session/" + session + "/window/rect", body);
    }

    void screenshot(Path png) throws IOException, InterruptedException {
        String data = call("GET", "/session/" + session + "/screenshot", null).getString("value");
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(data));
    }

    private JsonObject call(String method, String path, JsonObject body) throws IOException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        req.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.toStringFlat(body)));
        HttpResponse<String> resp = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
        JsonObject json = JSON.parse(resp.body());
        if (resp.statusCode() != 200) throw new IOException("WebDriver " + method + " " + path + ": " + resp.statusCode() + " " + resp.body());
        return json;
    }

    @Override
    public void close() {
        try {
            call("DELETE", "/session/" + session, null);
        } catch (IOException | InterruptedException ignored) {
            // the browser goes with the driver below
        }
        driver.destroy();
        try {
            if (!driver.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) driver.destroyForcibly();
        } catch (InterruptedException e) {
            driver.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
